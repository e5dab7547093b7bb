// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { contentRoot } from './src/io/content-root.ts';
import { SITE_FILE } from './src/lib/content/site-content.ts';

/**
 * `site` and `base` come from `url` in content/site.yaml, so a maintainer sets the public URL in
 * one place (a page at https://octo.github.io/status gets base "/status"). The file is fully
 * validated by the content loader; here we only need the URL, and fall back when it is unusable
 * so that the loader, not this file, reports the problem with its file and field.
 */
function publicUrl() {
  try {
    const url = new URL(parse(readFileSync(path.join(contentRoot(), SITE_FILE), 'utf8'))?.url);
    return { site: url.origin, base: url.pathname.replace(/\/+$/, '') || '/' };
  } catch {
    return { site: 'http://localhost', base: '/' };
  }
}

export default defineConfig({
  ...publicUrl(),
  // Separate caches let several sites build side by side (tests, benchmarks).
  ...(process.env.SITREP_CACHE_DIR ? { cacheDir: process.env.SITREP_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One request for the home page: its CSS travels inside the HTML.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
