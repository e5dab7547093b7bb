import { defineCollection } from 'astro:content';
import { githubFreshnessLoader, githubIncidentsLoader } from './loaders/github-loaders.ts';
import { componentsLoader, incidentFilesLoader, siteSettingsLoader } from './loaders/content-loaders.ts';
import { upstreamsLoader } from './loaders/upstream-loaders.ts';

export const collections = {
  site: defineCollection({ loader: siteSettingsLoader() }),
  components: defineCollection({ loader: componentsLoader() }),
  incidents: defineCollection({ loader: incidentFilesLoader() }),
  githubIncidents: defineCollection({ loader: githubIncidentsLoader() }),
  githubFreshness: defineCollection({ loader: githubFreshnessLoader() }),
  upstreams: defineCollection({ loader: upstreamsLoader() }),
};
