import { defineCollection } from 'astro:content';
import { githubFreshnessLoader, githubIncidentsLoader } from './loaders/github-issues.ts';
import { componentsLoader, incidentFilesLoader, siteSettingsLoader } from './loaders/markdown-content.ts';

export const collections = {
  site: defineCollection({ loader: siteSettingsLoader() }),
  components: defineCollection({ loader: componentsLoader() }),
  incidents: defineCollection({ loader: incidentFilesLoader() }),
  githubIncidents: defineCollection({ loader: githubIncidentsLoader() }),
  githubFreshness: defineCollection({ loader: githubFreshnessLoader() }),
};
