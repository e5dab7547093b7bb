import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { z } from 'zod';
import { readContent } from '../io/content-files.ts';
import { contentRoot } from '../io/content-root.mjs';
import type { Content } from '../lib/content/site-content.ts';
import { formatProblems } from '../lib/problems.ts';
import { languageWarnings } from '../lib/i18n/language-settings.ts';
import { sharedPerSync } from './shared-per-sync.ts';
import { incidentEntries, storeEntries } from './store-entries.ts';
import { Component } from '../lib/schema/components.ts';
import { Incident } from '../lib/schema/incident.ts';
import { SiteSettings } from '../lib/schema/site.ts';

/**
 * The content's collections, the GitHub source and the upstreams share one read of the content, so
 * that whichever loader runs first fails the build with every problem in every file, not just its own file's.
 */
export const sharedContent = sharedPerSync(['site', 'components', 'incidents', 'incidentCount', 'github', 'upstreams'], async (): Promise<Content> => {
  const { content, problems } = await readContent(contentRoot());
  if (!content) {
    throw new AstroError(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
      'Fix them and build again; `npm run check` lists them without building.',
    );
  }
  return content;
});

export function siteSettingsLoader(): Loader {
  return {
    name: 'sitrep-site-settings',
    schema: SiteSettings,
    async load(context) {
      const { site, incidents } = await sharedContent('site');
      for (const warning of languageWarnings(site, incidents)) context.logger.warn(warning);
      storeEntries(context, [{ id: 'site', data: site }]);
    },
  } satisfies Loader;
}

export function componentsLoader(): Loader {
  return {
    name: 'sitrep-components',
    schema: Component,
    async load(context) {
      const { components } = await sharedContent('components');
      storeEntries(context, components.map((component) => ({ id: component.id, data: component })));
    },
  } satisfies Loader;
}

export function incidentFilesLoader(): Loader {
  return {
    name: 'sitrep-incident-files',
    schema: Incident,
    async load(context) {
      const { incidents } = await sharedContent('incidents');
      storeEntries(context, incidentEntries(incidents));
    },
  } satisfies Loader;
}

/**
 * How many incidents the files hold, so that pages ask for the incidents collection only when
 * there are some: Astro warns that an empty collection "does not exist", as on a new site.
 */
export function incidentCountLoader(): Loader {
  return {
    name: 'sitrep-incident-count',
    schema: z.object({ count: z.number().int() }),
    async load(context) {
      const { incidents } = await sharedContent('incidentCount');
      storeEntries(context, [{ id: 'files', data: { count: incidents.length } }]);
    },
  } satisfies Loader;
}
