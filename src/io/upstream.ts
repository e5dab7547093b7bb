import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Tree, TreeFile } from '../lib/template/update-plan.ts';
import { git } from './git.ts';

const run = promisify(execFile);

/** A fetched upstream: a temporary bare repository holding `next` and its history. */
export interface Upstream {
  gitDir: string;
  /** The fetched commit. */
  next: string;
  /** Removes the temporary repository. */
  close(): Promise<void>;
}

/** Fetches `ref` (a branch or tag; the default branch when absent) of the git repository at `from`, a URL or a path. */
export async function fetchUpstream(from: string, ref?: string): Promise<Upstream> {
  const gitDir = await mkdtemp(path.join(tmpdir(), 'sitrep-upstream-'));
  const close = () => rm(gitDir, { recursive: true, force: true });
  try {
    await git(['init', '--bare', '--quiet'], gitDir);
    // A relative path is relative to where the command was run, not to the temporary repository.
    const source = existsSync(from) ? path.resolve(from) : from;
    await git(['fetch', '--quiet', '--no-tags', source, ref ?? 'HEAD'], gitDir);
    const next = (await git(['rev-parse', 'FETCH_HEAD^{commit}'], gitDir)).trim();
    return { gitDir, next, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Every commit reachable from `commit`, newest first. */
export async function commitsOf(gitDir: string, commit: string): Promise<string[]> {
  return (await git(['rev-list', commit], gitDir)).split('\n').filter(Boolean);
}

/** `commit`'s files. */
export async function treeOf(gitDir: string, commit: string): Promise<Tree> {
  const tree = new Map<string, TreeFile>();
  for (const entry of (await git(['ls-tree', '-r', '-z', commit], gitDir)).split('\0')) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (match) tree.set(match[3]!, { mode: match[1]!, blob: match[2]! });
  }
  return tree;
}

/** A blob's bytes. */
export async function readBlob(gitDir: string, blob: string): Promise<Buffer> {
  const { stdout } = await run('git', ['cat-file', 'blob', blob], { cwd: gitDir, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Subjects of the commits in `base..next` (all of `next`'s history without a base), newest first, at most `limit`; and their number. */
export async function commitLog(gitDir: string, next: string, base: string | undefined, limit: number): Promise<{ commits: { hash: string; subject: string }[]; count: number }> {
  const range = base ? `${base}..${next}` : next;
  const count = Number((await git(['rev-list', '--count', range], gitDir)).trim());
  const log = await git(['log', `--max-count=${limit}`, '--format=%H%x09%s', range], gitDir);
  const commits = log.split('\n').filter(Boolean).map((line) => {
    const [hash, ...subject] = line.split('\t');
    return { hash: hash!, subject: subject.join('\t') };
  });
  return { commits, count };
}

/**
 * Three-way merge of texts with git's merge: `clean` when the changes do not overlap, else the
 * text with conflict markers; undefined when git cannot merge them (binary files).
 */
export async function mergeTexts(yours: Buffer, base: Buffer, next: Buffer, labels: [string, string, string]): Promise<{ text: Buffer; clean: boolean } | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-merge-'));
  try {
    const files = ['yours', 'base', 'next'].map((name) => path.join(dir, name));
    await Promise.all([yours, base, next].map((content, i) => writeFile(files[i]!, content)));
    const args = ['merge-file', '-p', '-L', labels[0], '-L', labels[1], '-L', labels[2], ...files];
    try {
      const { stdout } = await run('git', args, { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
      return { text: stdout, clean: true };
    } catch (error) {
      // The exit status is the number of conflicts; git's own errors are negative (255).
      const e = error as { code?: number; stdout?: Buffer };
      if (typeof e.code === 'number' && e.code > 0 && e.code < 128 && e.stdout) return { text: e.stdout, clean: false };
      return undefined;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
