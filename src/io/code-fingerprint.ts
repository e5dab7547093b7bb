import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(srcDir, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(path.join(srcDir, file));
    hash.update(`\0${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('base64url');
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
