import { createHash } from 'node:crypto';
import { covers, ownerOf, type Ownership } from './ownership.ts';

/** A file in a git tree: its blob id and mode (`100644`, or `100755` for an executable). */
export interface TreeFile {
  blob: string;
  mode: string;
}
/** A commit's files by path. */
export type Tree = ReadonlyMap<string, TreeFile>;

/**
 * The id git gives a file's content, so that a file on disk compares with a tree's entry.
 * @example gitBlobId(Buffer.from('')) // → 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
 */
export function gitBlobId(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.byteLength}\0`).update(content).digest('hex');
}

/**
 * The Sitrep version a copy was made or last updated from: of `candidates` (commits newest
 * first), the one whose Sitrep files match most of the copy's (`local`: blob id by path). On a tie
 * the oldest: commits that differ only in files the user changed tie, and taking the newer would
 * skip Sitrep's change to those files instead of merging it.
 * Undefined when none matches a single file.
 */
export function findBase<C extends { tree: Tree }>(candidates: readonly C[], local: ReadonlyMap<string, string>, ownership: Ownership): C | undefined {
  let best: { candidate: C; matches: number } | undefined;
  for (const candidate of candidates) {
    let matches = 0;
    for (const [path, file] of candidate.tree) {
      if (ownerOf(path, ownership) === 'sitrep' && local.get(path) === file.blob) matches++;
    }
    if (matches && matches >= (best?.matches ?? 0)) best = { candidate, matches };
  }
  return best?.candidate;
}

/** What the update does to one of Sitrep's files. */
export type FileAction =
  | { path: string; kind: 'add' | 'update'; file: TreeFile }
  | { path: string; kind: 'delete' }
  /** Both the copy and Sitrep changed it: a three-way merge of the texts, done where files are. */
  | { path: string; kind: 'merge'; base: TreeFile; file: TreeFile }
  /** Both changed it and no merge is possible: the copy's file stays as it is. */
  | { path: string; kind: 'conflict'; reason: string }
  /** Sitrep changed it, and the caller asked to skip it. */
  | { path: string; kind: 'skipped' }
  /** The copy changed it and Sitrep did not: it stays as the copy has it. */
  | { path: string; kind: 'yours' };

/**
 * What updating a copy from `base` (its Sitrep version, undefined when unknown) to `next` does
 * to each of Sitrep's files, given the copy's files (`local`: blob id by path). Files that are the
 * user's are never in the plan; nor are those already as `next` has them. Paths under a `skip`
 * entry are only reported.
 */
export function planUpdate(input: {
  base?: Tree;
  next: Tree;
  local: ReadonlyMap<string, string>;
  ownership: Ownership;
  skip?: readonly string[];
}): FileAction[] {
  const { base = new Map(), next, local, ownership, skip = [] } = input;
  const paths = [...new Set([...base.keys(), ...next.keys()])].filter((p) => ownerOf(p, ownership) === 'sitrep').sort();
  const actions: FileAction[] = [];
  for (const path of paths) {
    const [b, n, l] = [base.get(path), next.get(path), local.get(path)];
    if (l === n?.blob) continue;
    if (skip.some((entry) => covers(entry, path))) actions.push({ path, kind: 'skipped' });
    else if (l === b?.blob) actions.push(n ? { path, kind: l === undefined ? 'add' : 'update', file: n } : { path, kind: 'delete' });
    else if (n?.blob === b?.blob) actions.push({ path, kind: 'yours' });
    else if (b && n && l !== undefined) actions.push({ path, kind: 'merge', base: b, file: n });
    else {
      const reason = !n ? 'Sitrep removed it, and you had changed it: your file is kept'
        : l === undefined ? 'you removed it, and Sitrep changed it: it stays removed'
        : 'you and Sitrep both added it: your file is kept';
      actions.push({ path, kind: 'conflict', reason });
    }
  }
  return actions;
}
