import { z } from 'zod';
import type { SiteSettings } from '../schema/site.ts';
import type { AuthorAssociation } from './issue-data.ts';

/** Where and how to read GitHub, from `github:` in site.yaml and the variables GitHub Actions sets. */
export interface GithubSource {
  owner: string;
  name: string;
  /** `owner/name`. */
  repo: string;
  label: string;
  trusted: readonly AuthorAssociation[];
  token: string;
  apiUrl: string;
  graphqlUrl: string;
}

export type ResolvedGithubSource =
  | { state: 'off' }
  | { state: 'skipped'; message: string }
  | { state: 'invalid'; message: string }
  | { state: 'on'; source: GithubSource };

/**
 * Resolves the GitHub source: off without `github:`, skipped without a token (so a local build
 * of the Markdown site needs nothing), else the repository (`GITHUB_REPOSITORY` overrides
 * `github.repo`) and the API endpoints (`GITHUB_API_URL`, `GITHUB_GRAPHQL_URL`; github.com's by default).
 */
export function resolveGithubSource(settings: SiteSettings['github'], env: Readonly<Record<string, string | undefined>>): ResolvedGithubSource {
  if (!settings) return { state: 'off' };
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    return { state: 'skipped', message: 'GitHub issues skipped: set GITHUB_TOKEN (or GH_TOKEN) to read them; building from Markdown only.' };
  }
  const repo = env.GITHUB_REPOSITORY || settings.repo;
  const [owner, name, ...extra] = (repo ?? '').split('/');
  if (!owner || !name || extra.length) {
    return {
      state: 'invalid',
      message: repo
        ? `GITHUB_REPOSITORY="${repo}" is not owner/name`
        : 'content/site.yaml github.repo is not set and GITHUB_REPOSITORY is empty: say which repository holds the issues (owner/name)',
    };
  }
  return { state: 'on', source: { owner, name, repo: `${owner}/${name}`, label: settings.label, trusted: settings.trusted, token, ...githubEndpoints(env) } };
}

/**
 * GitHub's REST and GraphQL endpoints: `GITHUB_API_URL` and `GITHUB_GRAPHQL_URL` as GitHub Actions
 * sets them (a GitHub Enterprise Server's `/api/v3` gives its `/api/graphql`), github.com's by default.
 * @example githubEndpoints({}) // → { apiUrl: 'https://api.github.com', graphqlUrl: 'https://api.github.com/graphql' }
 */
export function githubEndpoints(env: Readonly<Record<string, string | undefined>>): { apiUrl: string; graphqlUrl: string } {
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const graphqlUrl = env.GITHUB_GRAPHQL_URL || (/\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`);
  return { apiUrl, graphqlUrl };
}

/** What the pages need to know about the GitHub data: whether it is live, or a snapshot and from when. */
export const GithubFreshness = z.object({
  state: z.enum(['off', 'skipped', 'live', 'snapshot']),
  /** When the data shown was fetched; null when there is none. */
  asOf: z.date().nullable(),
});
export type GithubFreshness = z.infer<typeof GithubFreshness>;

/**
 * A message with the token blanked out, in case an error from the network layer quotes it.
 * @example redactToken('bad token ghp_x', 'ghp_x') // → 'bad token ***'
 */
export function redactToken(message: string, token: string): string {
  return token ? message.split(token).join('***') : message;
}
