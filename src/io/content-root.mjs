// @ts-check
// JavaScript, like src/lib/content/locations.mjs, because astro.config.mjs reads it through Node.
import path from 'node:path';

/**
 * The folder that holds content/ and incidents/: `SITREP_CONTENT_DIR`, else the current one. The
 * one rule for the build (astro.config.mjs and the loaders) and every script, so the benchmark and
 * the tests build other content with the same code.
 * @returns {string}
 */
export function contentRoot() {
  return path.resolve(process.env.SITREP_CONTENT_DIR ?? '.');
}
