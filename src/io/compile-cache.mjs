// @ts-check
// JavaScript, not TypeScript, for the same reason as build-settings.mjs: astro.config.mjs loads it.
import module from 'node:module';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { cacheKept } from './build-settings.mjs';

/**
 * Past this size the compile cache is emptied before a build. Node never removes an entry, and
 * every change to the site's code gives the prerender's chunks new names; one build's code takes
 * about 2.5 MB. (A change to content alone renames nothing: the content store is not bundled, see
 * content-store-at-render.mjs.)
 */
export const COMPILE_CACHE_LIMIT_BYTES = 64 * 2 ** 20;

/**
 * Turns on Node's module compile cache in `dir`, a folder of Astro's cache, where that folder is
 * kept for the next build (`cacheKept`, which the deploy workflow's `SITREP_CACHE_KEPT=true`
 * sets). The next build then reuses the compiled code of every module loaded from here on
 * (`src/lib` and `src/io` included, as typescript-with-oxc.mjs hands them to Node), which made a
 * build of 100 incidents about 0.45 s faster. Only there: writing that code out as the build
 * exits costs about as much (0.41–0.45 s at 100 incidents), which a build whose cache nobody
 * keeps (a one-off build in CI) would pay for nothing (README, Performance). Outside CI, Astro
 * turns on a compile cache of its own, in the system's temporary folder; where Astro's is on,
 * or `NODE_COMPILE_CACHE` set one, or `NODE_DISABLE_COMPILE_CACHE` is set, Node keeps that
 * choice and this does nothing.
 * @param {string} dir
 * @param {Record<string, string | undefined>} [env]
 * @param {number} [limitBytes]
 * @returns {string | undefined} the folder Node caches compiled code in (a folder of Node's version in
 *   `dir`, or in the folder chosen before), if any
 */
export function keepCompileCache(dir, env = process.env, limitBytes = COMPILE_CACHE_LIMIT_BYTES) {
  if (cacheKept(env) && !module.getCompileCacheDir?.()) {
    try {
      if (folderBytes(dir) > limitBytes) rmSync(dir, { recursive: true, force: true });
      module.enableCompileCache?.(dir);
    } catch {
      // A cache must never fail a build: one that cannot be emptied or turned on is left alone.
    }
  }
  return module.getCompileCacheDir?.();
}

/**
 * The bytes of the files under `dir`; 0 when there is no such folder.
 * @param {string} dir
 */
function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}
