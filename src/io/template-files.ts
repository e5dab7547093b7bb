import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblems } from '../lib/problems.ts';
import { OWNERSHIP_FILE, parseOwnership, type Ownership } from '../lib/template/ownership.ts';

/** The root of the Sitrep repository this code belongs to (where its ownership declaration is). */
export const sitrepRoot = path.resolve(import.meta.dirname, '../..');

/** The ownership declaration at `root`; throws with every problem in it when it is unusable. */
export async function readOwnership(root = sitrepRoot): Promise<Ownership> {
  const parsed = parseOwnership(await readFile(path.join(root, OWNERSHIP_FILE), 'utf8'));
  if (!parsed.value) throw new Error(`${OWNERSHIP_FILE} is not usable:\n${formatProblems(parsed.problems)}`);
  return parsed.value;
}

/** Every file under `dir` (none when it is missing), by `/`-separated path relative to it, with its text. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return files;
    throw error;
  }
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, abs).split(path.sep).join('/'), await readFile(abs, 'utf8'));
  }
  return files;
}
