/** Readers for values other tools' users write in many ways; each says when it could not tell. */

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);

/**
 * Reads a boolean written as YAML 1.1/1.2, a quoted string or a number.
 * @example parseLooseBoolean('Yes') // → true
 * @example parseLooseBoolean('"false"') // → false
 * @example parseLooseBoolean('maybe') // → undefined
 */
export function parseLooseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/**
 * A text field as other tools' files hold it: a string, trimmed, or a number as written; anything
 * else (absent, a list, a map) is empty.
 * @example looseText(' API ') // → 'API'
 * @example looseText(42)      // → '42'
 * @example looseText(null)    // → ''
 */
export function looseText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** Edit distance between two strings (insertions, deletions, substitutions, adjacent swaps). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate a misspelt word most likely meant: the nearest within a small edit distance (one
 * edit per four letters, at least one; none for words under four letters, where one edit makes
 * another word). Undefined when none is that close, or two are equally near.
 * @example closestWord('disrupterd', ['down', 'disrupted', 'notice']) // → 'disrupted'
 */
export function closestWord<T extends string>(word: string, candidates: readonly T[]): T | undefined {
  const limit = word.length < 4 ? 0 : Math.max(1, Math.floor(word.length / 4));
  const scored = candidates.map((c) => ({ c, d: editDistance(word, c) })).filter(({ d }) => d <= limit);
  const best = Math.min(...scored.map(({ d }) => d));
  const nearest = scored.filter(({ d }) => d === best);
  return nearest.length === 1 ? nearest[0]!.c : undefined;
}
