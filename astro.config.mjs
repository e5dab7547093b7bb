// @ts-check
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cacheFolder, cacheKept, publicUrl } from './src/io/build-settings.mjs';
import { keepCompileCache } from './src/io/compile-cache.mjs';
import { contentStoreAtRender } from './src/io/content-store-at-render.mjs';
import { loadTypeScriptWithOxc } from './src/io/typescript-with-oxc.mjs';
import { unbundledSource } from './src/io/unbundled-source.mjs';

// Before the content loaders load: Node loads them and the pure core through oxc, not its own
// (slower to start) type stripping.
loadTypeScriptWithOxc(fileURLToPath(new URL('./src/', import.meta.url)));

const cacheDir = cacheFolder(new URL('./', import.meta.url));
// Where Astro's cache folder is kept between builds (cacheKept: outside CI, and in the deploy
// workflow), the compiled code of what the build loads from here on is kept with it.
keepCompileCache(path.join(cacheDir, 'node-compile-cache'));

// A plain object, typed, rather than `defineConfig` from 'astro/config': that module also loads
// Astro's SVG optimiser, svgo, and the CSS minifier it uses (228 modules), which this site never
// needs, at the start of every build (README, Performance).
/** @type {import('astro').AstroUserConfig} */
export default {
  ...publicUrl(),
  cacheDir,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One request for the home page: its CSS travels inside the HTML.
    inlineStylesheets: 'always',
    // Renders the next pages while earlier ones are still being written (and copied to the
    // incremental cache): page writes, not rendering, are most of a big build's wait. 4 measured
    // faster than 1 and no slower than 8 (npm run bench).
    concurrency: 4,
  },
  // The pure core is imported from its source files and the content store read from its file,
  // neither bundled: see src/io/unbundled-source.mjs and src/io/content-store-at-render.mjs.
  vite: { plugins: [unbundledSource(fileURLToPath(new URL('./src/', import.meta.url))), contentStoreAtRender(cacheDir)] },
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose getStaticPaths() gives a cacheKey (an incident's page) are copied from the
    // previous build, kept in the cache folder, when the key and the page's code are unchanged.
    // Only where that folder is kept: writing every such page a second time, into the cache,
    // made a cold build of 1,000 incidents about 1 s slower, for nothing where no build follows.
    // The pages make their keys under the same condition (frameKeys in src/data.ts).
    incrementalBuild: cacheKept(),
  },
};
