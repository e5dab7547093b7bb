// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';

/**
 * Where content/ and incidents/ live: the project itself unless SITREP_CONTENT_DIR points
 * elsewhere (the benchmark and integration tests build other content with the same code).
 */
const contentDir = path.resolve(process.env.SITREP_CONTENT_DIR ?? '.');

/**
 * `site` and `base` come from `url` in content/site.yaml, so a maintainer sets the public URL in
 * one place (a page at https://octo.github.io/status gets base "/status"). The file is fully
 * validated by the content loader; here we only need the URL, and fall back when it is unusable
 * so that the loader, not this file, reports the problem with its file and field.
 */
function publicUrl() {
  try {
    const url = new URL(parse(readFileSync(path.join(contentDir, 'content/site.yaml'), 'utf8'))?.url);
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
    // One request for the home page: its CSS travels inside the HTML (DESIGN §7).
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
