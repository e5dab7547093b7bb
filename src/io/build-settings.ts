import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SITE_FILE } from '../lib/content/site-content.ts';
import { contentRoot } from './content-root.ts';

/**
 * Astro's `site` and `base`, from `url` in content/site.yaml, so a maintainer sets the public URL
 * in one place (a page at https://octo.github.io/status gets base "/status"). The file is fully
 * validated by the content loader; here only the URL is needed, with a fallback when it is
 * unusable so that the loader, not the config, reports the problem with its file and field.
 */
export function publicUrl(): { site: string; base: string } {
  try {
    const url = new URL(parse(readFileSync(path.join(contentRoot(), SITE_FILE), 'utf8'))?.url);
    return { site: url.origin, base: url.pathname.replace(/\/+$/, '') || '/' };
  } catch {
    return { site: 'http://localhost', base: '/' };
  }
}

/** Astro's cache folder when `SITREP_CACHE_DIR` sets one: separate caches let several sites build side by side (tests, benchmarks). */
export function cacheDir(): { cacheDir?: string } {
  return process.env.SITREP_CACHE_DIR ? { cacheDir: process.env.SITREP_CACHE_DIR } : {};
}
