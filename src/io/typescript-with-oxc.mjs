// @ts-check
// JavaScript, not TypeScript, for the same reason as build-settings.mjs: astro.config.mjs loads it.
import { readFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {(filename: string, sourceText: string, options: object) => { code: string, errors: unknown[], map?: object | null }} TransformSync */

/** Set on `globalThis` once the hook is on: `astro dev` loads its config again after a change. */
const HOOKED = Symbol.for('sitrep.typescript-with-oxc');

/**
 * Makes Node load the TypeScript modules under `srcDir` through oxc, the native transformer Vite
 * itself runs TypeScript through (rolldown's `transformSync`, taken from the Vite that Astro
 * uses), instead of through Node's built-in type stripping. A build loads about 80 of them
 * outside Vite: the content loaders and the modules the prerender imports from source (see
 * unbundled-source.mjs). Node's stripper is WebAssembly that took about 0.11 s to start in every
 * build, and 40-60 ms more for these files; oxc takes 20-30 ms for all of them, and a cold build
 * of 100 incidents about 0.3 s less (README, Performance).
 *
 * oxc writes the code again rather than blanking the types out, so its lines are not the
 * source's: each module carries an inline source map, and Node's source maps are turned on, so
 * a stack trace names the source's lines. The modules stay within what Node can strip
 * (`erasableSyntaxOnly` in tsconfig.json): scripts and tests load them without this hook, and
 * where Astro's Vite brings no such transformer, or a file does not transform, Node's own
 * stripping loads it, and reports its errors, as before.
 * @param {string} srcDir
 * @returns {boolean} whether the hook is on
 */
export function loadTypeScriptWithOxc(srcDir) {
  const scope = /** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis));
  if (scope[HOOKED]) return true;
  const transformSync = viteTransformSync();
  if (!transformSync) return false;
  const folder = path.resolve(srcDir) + path.sep;
  module.registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
      const file = fileURLToPath(url);
      if (!file.startsWith(folder)) return nextLoad(url, context);
      const source = transformed(transformSync, file);
      return source === undefined ? nextLoad(url, context) : { format: 'module', source, shortCircuit: true };
    },
  });
  // Only for modules outside node_modules, whose maps (and the files they point to) Node would
  // otherwise read at every load. Where they are on already (`--enable-source-maps`), that stays.
  if (!module.getSourceMapsSupport().enabled) module.setSourceMapsSupport(true, { nodeModules: false, generatedCode: false });
  scope[HOOKED] = true;
  return true;
}

/**
 * `file`'s code with its types removed and its source map inline, or undefined when oxc reports
 * an error (Node's stripping then says what is wrong, in its words).
 * @param {TransformSync} transformSync
 * @param {string} file
 * @returns {string | undefined}
 */
export function transformed(transformSync, file) {
  const result = transformSync(file, readFileSync(file, 'utf8'), { lang: 'ts', sourceType: 'module', target: 'esnext', sourcemap: true });
  if (result.errors.length > 0) return undefined;
  // The map points at the source file; a copy of its text would only make every module longer.
  const map = result.map ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify({ ...result.map, sourcesContent: undefined })).toString('base64')}` : '';
  return result.code + map;
}

/**
 * rolldown's `transformSync` from the Vite that Astro loads, or undefined where there is none:
 * the same copy Vite has loaded already, so it adds no dependency and almost no start-up.
 * @returns {TransformSync | undefined}
 */
export function viteTransformSync() {
  try {
    const vite = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('vite');
    const { transformSync } = createRequire(vite)('rolldown/experimental');
    return typeof transformSync === 'function' ? transformSync : undefined;
  } catch {
    return undefined;
  }
}
