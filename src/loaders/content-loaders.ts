import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { readContent } from '../io/content-files.ts';
import { codeFingerprint } from '../io/code-fingerprint.ts';
import type { StoredParses } from '../lib/content/stored-parses.ts';
import { contentRoot } from '../io/content-root.mjs';
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
export const sharedContent = sharedPerSync(['site', 'components', 'incidents', 'incidentCount', 'github', 'upstreams'], async () => {
  const { content, problems, incidentDigests } = await readContent(contentRoot(), { stored: () => storedIncidents });
  if (!content) {
    throw new AstroError(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
      'Fix them and build again; `npm run check` lists them without building.',
    );
  }
  return { ...content, incidentDigests };
});

/**
 * What the incidents collection held when its loader started, for the shared read to reuse.
 * Astro starts every loader of a sync within milliseconds, long before the incident files are
 * listed and read; were the incidents loader to start later, the files would only be parsed anew.
 */
let storedIncidents: StoredParses | undefined;

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
      const code = codeFingerprint(fileURLToPath(context.config.root), fileURLToPath(context.config.srcDir));
      storedIncidents = code === undefined ? undefined : { code, entry: (id) => context.store.get(id) };
      const { incidents, incidentDigests } = await sharedContent('incidents');
      const unchanged = incidents.filter((incident) => context.store.get(incident.id)?.digest === incidentDigests.get(incident.id)).length;
      if (incidentDigests.size && unchanged) context.logger.info(`${unchanged} of ${incidents.length} incident files unchanged since the last build: not parsed again`);
      storeEntries(context, incidentEntries(incidents, incidentDigests));
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
