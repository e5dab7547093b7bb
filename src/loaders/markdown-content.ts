import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { readContent, type Content } from '../lib/content/read.ts';
import { formatProblems } from '../lib/problems.ts';
import { Component } from '../lib/schema/components.ts';
import { Incident } from '../lib/schema/incident.ts';
import { SiteSettings } from '../lib/schema/site.ts';

/**
 * The three collections share one read of the content, so that whichever loader runs first
 * fails the build with every problem in every file, not just those of its own file.
 */
let shared: Promise<Content> | undefined;
export function sharedContent(root: string): Promise<Content> {
  if (!shared) {
    shared = readContent(root).then(({ content, problems }) => {
      if (!content) {
        throw new AstroError(
          `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
          'Fix them and build again; `npm run check` lists them without building.',
        );
      }
      return content;
    });
    // Forget it once this sync is over, so that a dev server picks up edits.
    shared.finally(() => setTimeout(() => { shared = undefined; }, 1000)).catch(() => {});
  }
  return shared;
}

/** The folder holding content/ and incidents/ (see astro.config.mjs). */
export const root = () => process.env.SITREP_CONTENT_DIR ?? process.cwd();

export function siteSettingsLoader(): Loader {
  return {
    name: 'sitrep-site-settings',
    schema: SiteSettings,
    async load({ store }) {
      const { site } = await sharedContent(root());
      store.clear();
      store.set({ id: 'site', data: site });
    },
  } satisfies Loader;
}

export function componentsLoader(): Loader {
  return {
    name: 'sitrep-components',
    schema: Component,
    async load({ store }) {
      const { components } = await sharedContent(root());
      store.clear();
      for (const component of components) store.set({ id: component.id, data: component });
    },
  } satisfies Loader;
}

export function incidentFilesLoader(): Loader {
  return {
    name: 'sitrep-incident-files',
    schema: Incident,
    async load({ store, generateDigest }) {
      const { incidents } = await sharedContent(root());
      store.clear();
      for (const incident of incidents) {
        store.set({ id: incident.id, data: incident, digest: generateDigest(incident as unknown as Record<string, unknown>) });
      }
    },
  } satisfies Loader;
}
