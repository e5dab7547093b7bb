// @ts-check
// JavaScript, not TypeScript: Astro loads astro.config.mjs, and so this file, with plain Node
// before any TypeScript tooling, and loading Node's type stripper just for this costs a small
// build about a tenth of a second of start-up (measured with `npm run bench`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { SITE_FILE } from '../lib/content/locations.mjs';
import { contentRoot } from './content-root.mjs';

/**
 * Astro's `site` and `base`, from `url` in content/site.yaml, so a maintainer sets the public URL
 * in one place (a page at https://octo.github.io/status gets base "/status"). The file is fully
 * validated by the content loader; here only the URL is needed, with a fallback when it is
 * unusable so that the loader, not the config, reports the problem with its file and field.
 * @returns {{ site: string, base: string }}
 */
export function publicUrl() {
  try {
    // js-yaml with the core schema, as the loader reads the file (src/lib/yaml-source.ts).
    const settings = /** @type {{ url?: unknown } | null} */ (jsYaml.load(readFileSync(path.join(contentRoot(), SITE_FILE), 'utf8'), { schema: jsYaml.CORE_SCHEMA }));
    const url = new URL(String(settings?.url));
    return { site: url.origin, base: url.pathname.replace(/\/+$/, '') || '/' };
  } catch {
    return { site: 'http://localhost', base: '/' };
  }
}

/**
 * The folder Astro caches in, as an absolute path: `SITREP_CACHE_DIR` (relative to the project)
 * when set, so that several sites build side by side (tests, benchmarks); else Astro's default.
 * @param {URL} root the project's folder
 */
export function cacheFolder(root) {
  return path.resolve(fileURLToPath(root), process.env.SITREP_CACHE_DIR || 'node_modules/.astro');
}

/** `true` where the cache folder is kept for the next build (the deploy workflow sets it), `false` where it is not. */
export const CACHE_KEPT_VARIABLE = 'SITREP_CACHE_KEPT';

/**
 * Whether the cache folder will still be there for the next build, so that writing caches into
 * it pays: as `SITREP_CACHE_KEPT` says (`true` or `false`); without it, only outside CI, where
 * the folder (node_modules/.astro) stays on the machine. A CI machine throws it away unless its
 * workflow keeps it, as Sitrep's deploy workflow does, which sets the variable. Astro decides
 * its own compile cache the same way.
 * @param {Record<string, string | undefined>} [env]
 */
export function cacheKept(env = process.env) {
  const said = env[CACHE_KEPT_VARIABLE];
  if (said === 'true' || said === 'false') return said === 'true';
  return !env.CI;
}
