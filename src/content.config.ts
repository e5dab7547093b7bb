import { createRequire } from 'node:module';

// The loaders and the 50-odd modules they import are loaded by Node itself, not one by one
// through Vite's module runner as the content config is: Astro's content sync of 100 incidents
// took 1.06-1.11 s so, against 1.53-1.97 s. Node loads them through oxc (astro.config.mjs turns
// that on: src/io/typescript-with-oxc.mjs), or else with its own type stripping, so they use
// only TypeScript that Node can strip (`erasableSyntaxOnly` in tsconfig.json); `astro dev`
// picks up a change to them on restart.
const require = createRequire(import.meta.url);
// `defineCollection` from Astro's own package, loaded by Node, rather than from `astro:content`:
// that virtual module has Vite's module runner transform and run 75 modules of Astro's page
// runtime for this one function, about 0.4 s of a 100-incident build (README, Performance).
const { defineCollection } = require('astro/content/config') as typeof import('astro/content/config');
const { componentsLoader, incidentCountLoader, incidentFilesLoader, siteSettingsLoader } = require('./loaders/content-loaders.ts') as typeof import('./loaders/content-loaders.ts');
const { githubFreshnessLoader, githubIncidentsLoader } = require('./loaders/github-loaders.ts') as typeof import('./loaders/github-loaders.ts');
const { upstreamsLoader } = require('./loaders/upstream-loaders.ts') as typeof import('./loaders/upstream-loaders.ts');

export const collections = {
  site: defineCollection({ loader: siteSettingsLoader() }),
  components: defineCollection({ loader: componentsLoader() }),
  incidents: defineCollection({ loader: incidentFilesLoader() }),
  incidentCount: defineCollection({ loader: incidentCountLoader() }),
  githubIncidents: defineCollection({ loader: githubIncidentsLoader() }),
  githubFreshness: defineCollection({ loader: githubFreshnessLoader() }),
  upstreams: defineCollection({ loader: upstreamsLoader() }),
};
