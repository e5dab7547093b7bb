import type { Loader } from 'astro/loaders';
import { readGithubIncidents } from '../io/github-incidents.ts';
import { GithubFreshness } from '../lib/github/source.ts';
import { Incident } from '../lib/schema/incident.ts';
import { sharedContent } from './content-loaders.ts';
import { asAstroError } from './astro-error.ts';
import { sharedPerSync } from './shared-per-sync.ts';
import { incidentEntries, storeEntries } from './store-entries.ts';

/** Both collections share one fetch per sync (see `sharedPerSync`). */
const sharedGithubData = sharedPerSync(['incidents', 'freshness'], async (logger: Parameters<typeof readGithubIncidents>[1]) =>
  asAstroError(async () => readGithubIncidents(await sharedContent('github'), logger)));

/** Incidents from GitHub issues (pinned, and labelled with `github.label`). */
export function githubIncidentsLoader(): Loader {
  return {
    name: 'sitrep-github-incidents',
    schema: Incident,
    async load(context) {
      const { incidents } = await sharedGithubData('incidents', context.logger);
      storeEntries(context, incidentEntries(incidents));
    },
  } satisfies Loader;
}

/** One entry, `github`: whether the GitHub data is live or a snapshot, and from when. */
export function githubFreshnessLoader(): Loader {
  return {
    name: 'sitrep-github-freshness',
    schema: GithubFreshness,
    async load(context) {
      const { freshness } = await sharedGithubData('freshness', context.logger);
      storeEntries(context, [{ id: 'github', data: freshness }]);
    },
  } satisfies Loader;
}
