import { defineCollection } from 'astro:content';
import { componentsLoader, incidentFilesLoader, siteSettingsLoader } from './loaders/markdown-content.ts';

export const collections = {
  site: defineCollection({ loader: siteSettingsLoader() }),
  components: defineCollection({ loader: componentsLoader() }),
  incidents: defineCollection({ loader: incidentFilesLoader() }),
};
