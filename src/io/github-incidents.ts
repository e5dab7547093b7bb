import { BuildError } from '../lib/build-error.ts';
import type { Content } from '../lib/content/site-content.ts';
import { resolveGithubSource, type GithubFreshness } from '../lib/github/source.ts';
import type { Incident } from '../lib/schema/incident.ts';
import type { BuildLog } from './build-log.ts';

// What reads the issues (the client, the snapshot, the issue parser with every language's form
// headings) is loaded only by a build that reads them: a site without GitHub, or a local build
// without a token, never needs it, and loading it costs every such build's content sync.
const issueReader = () => import('./github-issues.ts');

/** The GitHub incidents a build shows, and whether they are live or from the last good snapshot. */
export interface GithubData {
  freshness: GithubFreshness;
  incidents: Incident[];
}

/**
 * The GitHub incidents for `content`: fetched live (and saved as the last good snapshot), or the
 * last good snapshot when GitHub fails, or none when the source is off or has no token. Throws a
 * BuildError when a failure must stop the build.
 */
export async function readGithubIncidents(content: Content, logger: BuildLog, env: NodeJS.ProcessEnv = process.env): Promise<GithubData> {
  const resolved = resolveGithubSource(content.site.github, env);
  if (resolved.state === 'off') return { freshness: { state: 'off', asOf: null }, incidents: [] };
  if (resolved.state === 'skipped') {
    logger.info(resolved.message);
    return { freshness: { state: 'skipped', asOf: null }, incidents: [] };
  }
  if (resolved.state === 'invalid') throw new BuildError(`GitHub issues: ${resolved.message}.`);
  return (await issueReader()).readLiveIncidents(content, resolved.source, logger, env);
}

/**
 * The GitHub incidents the last build showed, from the snapshot it left, never fetched afresh: what
 * `npm run notify` tells must be what the page says. `read` is false when the build read no GitHub
 * data (the source is off, or skipped without a token). Throws a BuildError when the source is on
 * but there is no usable snapshot.
 */
export async function readBuiltGithubIncidents(
  content: Content, env: NodeJS.ProcessEnv, root: string,
): Promise<{ read: boolean; incidents: Incident[]; message?: string }> {
  const resolved = resolveGithubSource(content.site.github, env);
  if (resolved.state === 'off') return { read: false, incidents: [] };
  if (resolved.state === 'skipped') return { read: false, incidents: [], message: resolved.message };
  if (resolved.state === 'invalid') throw new BuildError(`GitHub issues: ${resolved.message}.`);
  return { read: true, incidents: await (await issueReader()).readSavedIncidents(content, resolved.source, root) };
}
