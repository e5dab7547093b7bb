import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { validate } from '../validate.ts';
import { parseYamlSource } from '../yaml-source.ts';

/** The file, at a copy's root, that says which files are the user's and which are Sitrep's. */
export const OWNERSHIP_FILE = 'sitrep-files.yaml';
export const PACKAGE_FILE = 'package.json';
export const LOCK_FILE = 'package-lock.json';

/** A repository path relative to its root, `/`-separated; a trailing `/` names a folder. */
const Entry = z.string().regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$)).+$/, 'must be a path relative to the repository root, without "." or ".." parts');

export const Ownership = z.strictObject({
  yours: z.array(Entry),
  sitrep: z.array(Entry),
  /** Files that are both, merged by rules the update knows: no others are allowed. */
  merged: z.array(z.enum([PACKAGE_FILE, LOCK_FILE])),
  /** The folder holding the example site that a fresh copy ships in content/ and incidents/. */
  example: Entry.refine((p) => p.endsWith('/'), 'must be a folder, ending in "/"'),
});
export type Ownership = z.infer<typeof Ownership>;

/** Who a path belongs to. */
export type Owner = 'yours' | 'sitrep' | 'merged';

/** Parses the ownership declaration, or says what is wrong with it. */
export function parseOwnership(text: string, file = OWNERSHIP_FILE): { value?: Ownership; problems: Problem[] } {
  const source = parseYamlSource(text);
  if (source.errors.length) return { problems: source.errors.map((e) => ({ file, line: e.line, message: `YAML syntax: ${e.message}` })) };
  const result = validate(Ownership, source.data ?? {}, { file, lineOf: source.lineOf });
  return result.ok ? { value: result.value, problems: [] } : { problems: result.problems };
}

/**
 * Whether `entry` (a path, or a folder ending in `/`) is `path` or holds it.
 * @example covers('src/', 'src/lib/slug.ts') // → true
 */
export function covers(entry: string, path: string): boolean {
  return entry.endsWith('/') ? path.startsWith(entry) : path === entry;
}

/**
 * Whose `path` is: the user's when an entry of `yours` covers it or no entry of `sitrep` does
 * (so everything a user adds is theirs), Sitrep's otherwise.
 * @example ownerOf('src/lib/slug.ts', ownership) // → 'sitrep'
 * @example ownerOf('.github/ISSUE_TEMPLATE/outage.yml', ownership) // → 'yours'
 */
export function ownerOf(path: string, ownership: Ownership): Owner {
  if (ownership.merged.includes(path as Ownership['merged'][number])) return 'merged';
  if (ownership.yours.some((entry) => covers(entry, path))) return 'yours';
  return ownership.sitrep.some((entry) => covers(entry, path)) ? 'sitrep' : 'yours';
}
