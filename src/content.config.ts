import { defineCollection } from 'astro:content';
import { githubFreshnessLoader, githubIncidentsLoader } from './loaders/github-loaders.ts';
import { componentsLoader, incidentCountLoader, incidentFilesLoader, siteSettingsLoader } from './loaders/content-loaders.ts';

export const collections = {
  site: defineCollection({ loader: siteSettingsLoader() }),
  components: defineCollection({ loader: componentsLoader() }),
  incidents: defineCollection({ loader: incidentFilesLoader() }),
  incidentCount: defineCollection({ loader: incidentCountLoader() }),
  githubIncidents: defineCollection({ loader: githubIncidentsLoader() }),
  githubFreshness: defineCollection({ loader: githubFreshnessLoader() }),
};
