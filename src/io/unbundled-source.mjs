// @ts-check
// JavaScript, not TypeScript, for the same reason as build-settings.mjs: astro.config.mjs loads it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The folders of `src/` whose modules the prerender imports from their source files, loaded by
 * Node (through oxc, see typescript-with-oxc.mjs), instead of bundling them: the pure core and
 * its input and output, which use nothing of Vite's. The content loaders have loaded most of
 * them into this process already, and the pages load only the site's own catalogues
 * (`loadSiteLanguages`), not all 34. The bundle went from 380 modules (1.28 MB) to 295 (0.59 MB;
 * a bare Astro site's has 225), which made small builds faster (README, Performance).
 *
 * Astro's incremental build hashes only bundled code into a page's dependency hash, so each page
 * key counts these folders' files itself (`unbundledCodeDigest` in code-fingerprint.ts).
 */
export const UNBUNDLED_DIRS = ['lib', 'io'];

/**
 * The Vite plugin that keeps the modules of `UNBUNDLED_DIRS` under `srcDir` out of the prerender's
 * bundle (and only that one: a browser could not load them from there). They are imported by
 * file URL: the bundle's chunks are written inside or outside the project, depending on `outDir`.
 * @param {string} srcDir
 */
export function unbundledSource(srcDir) {
  const src = path.resolve(srcDir) + path.sep;
  const folders = UNBUNDLED_DIRS.map((dir) => path.join(src, dir) + path.sep);
  return {
    name: 'sitrep-unbundled-source',
    // Before Vite's own resolver, which would otherwise settle every import first.
    enforce: 'pre',
    /** @param {{ name: string }} environment */
    applyToEnvironment: (environment) => environment.name === 'prerender',
    /**
     * Our own relative imports only, which name their files in full (Node needs that to load
     * them), so the path is the import's: no resolver needed.
     * @param {string} source
     * @param {string | undefined} importer
     */
    resolveId(source, importer) {
      if (importer === undefined || !source.startsWith('.')) return null;
      // Vite's ids use forward slashes and may carry a query; path.resolve gives this system's form.
      const from = path.resolve(importer.replace(/\?.*$/, ''));
      if (!from.startsWith(src)) return null;
      const file = path.resolve(path.dirname(from), source);
      return folders.some((folder) => file.startsWith(folder)) ? { id: pathToFileURL(file).href, external: true } : null;
    },
  };
}
