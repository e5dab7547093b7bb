// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';

/**
 * `site` and `base` come from `url` in content/site.yaml, so a maintainer sets the public URL in
 * one place (a page at https://octo.github.io/status gets base "/status"). The file is fully
 * validated by the content loader; here we only need the URL, and fall back when it is unusable
 * so that the loader, not this file, reports the problem with its file and field.
 */
function publicUrl() {
  try {
    const url = new URL(parse(readFileSync('content/site.yaml', 'utf8'))?.url);
    return { site: url.origin, base: url.pathname.replace(/\/+$/, '') || '/' };
  } catch {
    return { site: 'http://localhost', base: '/' };
  }
}

export default defineConfig({
  ...publicUrl(),
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One request for the home page: its CSS travels inside the HTML (DESIGN §7).
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
