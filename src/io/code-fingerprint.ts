import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UNBUNDLED_DIRS } from './unbundled-source.mjs';

/**
 * npm's record of the packages it installed, then the lockfile they were installed from: the
 * first that exists stands for the versions of every package the build imports.
 */
const PACKAGE_RECORDS = ['node_modules/.package-lock.json', 'package-lock.json'];

/**
 * A digest of the code a build runs: every file under `srcDir`, the installed packages' versions
 * and Node's. Undefined when no package record exists (another package manager), since a package
 * upgraded underneath could then go unnoticed.
 */
export function codeFingerprint(root: string, srcDir: string): string | undefined {
  const record = firstPresent(PACKAGE_RECORDS.map((file) => path.join(root, file)));
  if (record === undefined) return undefined;
  const hash = createHash('sha256').update(`${process.version}\0`).update(record);
  addFiles(hash, srcDir, '');
  return hash.digest('base64url');
}

/**
 * A digest of every file under `srcDir`'s `UNBUNDLED_DIRS`: the code that the prerender imports
 * from source, which Astro's page dependency hash does not see (unbundled-source.mjs).
 */
export function unbundledCodeDigest(srcDir = path.resolve(import.meta.dirname, '..')): string {
  const hash = createHash('sha256');
  for (const dir of UNBUNDLED_DIRS) addFiles(hash, path.join(srcDir, dir), dir);
  return hash.digest('base64url');
}

/** Adds each file under `dir`, by its bytes and its path as `name/…`, in a stable order. */
function addFiles(hash: Hash, dir: string, name: string): void {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file));
    hash.update(`\0${path.join(name, file)}\0${bytes.length}\0`).update(bytes);
  }
}

/** The bytes of the first of `files` that exists; the others are not read. */
function firstPresent(files: readonly string[]): Buffer | undefined {
  for (const file of files) {
    try {
      return readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}
