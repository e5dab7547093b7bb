/** A file that `npm run init` would overwrite or delete although it is not the example's. */
export interface Loss {
  path: string;
  reason: 'changed since the example' | 'not part of the example';
}

/** Line endings aside (a checkout may turn LF into CRLF), the same text. */
const sameText = (a: string, b: string) => a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');

/**
 * What replacing `current` (the site's files `npm run init` replaces or deletes, by path) would
 * lose: every file that is not the example's file of the same path, unchanged.
 * @example exampleLosses(new Map([['incidents/a.md', 'x']]), new Map()) // → [{ path: 'incidents/a.md', reason: 'not part of the example' }]
 */
export function exampleLosses(current: ReadonlyMap<string, string>, example: ReadonlyMap<string, string>): Loss[] {
  const losses: Loss[] = [];
  for (const [path, text] of [...current].sort(([a], [b]) => a.localeCompare(b))) {
    const original = example.get(path);
    if (original === undefined) losses.push({ path, reason: 'not part of the example' });
    else if (!sameText(text, original)) losses.push({ path, reason: 'changed since the example' });
  }
  return losses;
}
