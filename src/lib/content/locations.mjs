// @ts-check
// Plain JavaScript, not TypeScript: astro.config.mjs reads these through Node before any
// TypeScript tooling is loaded, and loading Node's type stripper costs a small build about a
// tenth of a second of start-up (measured with `npm run bench`).

/** Where each part of a site's content lives, relative to the content root. */
export const SITE_FILE = 'content/site.yaml';
export const COMPONENTS_FILE = 'content/components.yaml';
export const UPSTREAMS_FILE = 'content/upstreams.yaml';
export const INCIDENTS_DIR = 'incidents';
