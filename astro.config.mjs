// @ts-check
import { defineConfig } from 'astro/config';
import { cacheDir, publicUrl } from './src/io/build-settings.mjs';

export default defineConfig({
  ...publicUrl(),
  ...cacheDir(),
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One request for the home page: its CSS travels inside the HTML.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
