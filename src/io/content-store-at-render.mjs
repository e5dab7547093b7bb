// @ts-check
// JavaScript, not TypeScript, for the same reason as build-settings.mjs: astro.config.mjs loads it.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The module through which Astro's runtime reads its content store (`DataStore.fromModule`). */
export const CONTENT_STORE_MODULE = 'astro:data-layer-content';

/** The file Astro's content sync writes the store to, in its cache folder, before a build bundles anything. */
export const CONTENT_STORE_FILE = 'data-store.json';

const RESOLVED_ID = '\0sitrep:content-store';

/**
 * The Vite plugin that has the prerender read Astro's content store from its file when it runs,
 * instead of bundling it. Astro serves the store as one module holding all of it as a string
 * literal: about 10 MB at 10,000 incidents, which Vite parsed and wrote again on every build, in a
 * chunk renamed by every edit (so Node's compile cache never kept it), and which raised the
 * build's peak memory (by 60–150 MiB at 10,000 incidents: README, Performance). The prerender runs in the same build process, after the
 * sync wrote the file, so what it reads is what would have been bundled.
 *
 * Astro's runtime turns a store it cannot read into an empty one; `getSiteData` fails the build
 * then (no site settings), so a page never shows an empty status.
 * @param {string} cacheDir Astro's `cacheDir`, as an absolute path
 */
export function contentStoreAtRender(cacheDir) {
  const file = path.join(cacheDir, CONTENT_STORE_FILE);
  return {
    name: 'sitrep-content-store-at-render',
    enforce: /** @type {const} */ ('pre'),
    /** @param {{ name: string }} environment */
    applyToEnvironment: (environment) => environment.name === 'prerender',
    // Before Astro's own plugin, which serves the same module.
    resolveId: {
      order: /** @type {const} */ ('pre'),
      /** @param {string} source */
      handler: (source) => (source === CONTENT_STORE_MODULE ? RESOLVED_ID : null),
    },
    /** @param {string} id */
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // As Astro does: a site without content collections has no store file.
      if (!existsSync(file)) return 'export default new Map();';
      return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
    },
  };
}
