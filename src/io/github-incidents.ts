import { siteFormHeadings } from '../lib/github/issue-forms.ts';
import path from 'node:path';
import { BuildError } from '../lib/build-error.ts';
import type { Content } from '../lib/content/site-content.ts';
import { issuesToIncidents, type GithubIncidents } from '../lib/github/issue-incident.ts';
import { parseSnapshot, serializeSnapshot, SNAPSHOT_FILE, type GithubSnapshot } from '../lib/github/snapshot.ts';
import {
  GithubFreshness, redactToken, resolveGithubSource, type GithubSource,
} from '../lib/github/source.ts';
import { formatProblems, type Problem } from '../lib/problems.ts';
import type { Incident } from '../lib/schema/incident.ts';
import type { BuildLog } from './build-log.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';
import { buildTime } from './clock.ts';
import { contentRoot } from './content-root.mjs';
import { waitFromEnv } from './env-wait.ts';
import { DEFAULT_LIMITS, fetchStatusIssues, type FetchLimits, type FetchResult } from './github-client.ts';

/** The GitHub incidents a build shows, and whether they are live or from the last good snapshot. */
export interface GithubData {
  freshness: GithubFreshness;
  incidents: Incident[];
}

/** Test and tuning knobs: `SITREP_GITHUB_TIMEOUT_MS` (per request), `SITREP_GITHUB_RETRY_BASE_MS`. */
function limitsFromEnv(env: NodeJS.ProcessEnv): FetchLimits {
  return {
    ...DEFAULT_LIMITS,
    requestTimeoutMs: waitFromEnv(env, 'SITREP_GITHUB_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    retryBaseMs: waitFromEnv(env, 'SITREP_GITHUB_RETRY_BASE_MS', DEFAULT_LIMITS.retryBaseMs),
  };
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
  const { source } = resolved;
  const snapshot = await currentSnapshot(source, limitsFromEnv(env), logger);
  const mapped = snapshotIncidents(content, source, snapshot.data);
  logSummary(logger, source, snapshot.data, mapped);
  return { freshness: { state: snapshot.live ? 'live' : 'snapshot', asOf: snapshot.data.fetchedAt }, incidents: mapped.incidents };
}

/** The incidents of a snapshot's issues, as the build shows them; a Markdown file that takes an issue's id is a BuildError. */
function snapshotIncidents(content: Content, source: GithubSource, snapshot: GithubSnapshot): GithubIncidents {
  const mapped = issuesToIncidents(snapshot.issues, {
    repo: source.repo, label: source.label, trusted: source.trusted, components: content.components,
    headings: siteFormHeadings(content.site),
  });
  const collisions = idCollisions(content.incidents, mapped.incidents);
  if (collisions.length) {
    throw new BuildError(`Incident ids collide:\n${formatProblems(collisions)}`, 'Rename the Markdown file: issue-<number> is kept for GitHub issues.');
  }
  return mapped;
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
  const saved = await readSnapshot(path.join(root, SNAPSHOT_FILE), resolved.source);
  if (!saved.snapshot) {
    throw new BuildError(`There is no GitHub data from the build to tell (${SNAPSHOT_FILE}: ${saved.reason}).`, 'Run npm run build first, with the same GITHUB_TOKEN and content.');
  }
  return { read: true, incidents: snapshotIncidents(content, resolved.source, saved.snapshot).incidents };
}

/**
 * Fresh data, saved as the new last-good snapshot; or, when GitHub fails, the last-good snapshot;
 * or, with none, a failed build, so that the previous deployment stays up rather than a page
 * that silently lost its GitHub incidents.
 */
async function currentSnapshot(source: GithubSource, limits: FetchLimits, logger: BuildLog): Promise<{ data: GithubSnapshot; live: boolean }> {
  const file = path.join(contentRoot(), SNAPSHOT_FILE);
  let fetched: FetchResult;
  try {
    fetched = await fetchStatusIssues(source, limits, { warn: (m) => logger.warn(redactToken(m, source.token)) });
  } catch (error) {
    const cause = redactToken(error instanceof Error ? error.message : String(error), source.token);
    const saved = await readSnapshot(file, source);
    if (saved.snapshot) {
      logger.warn(`GitHub could not be read (${cause}); using the last good data, fetched ${saved.snapshot.fetchedAt.toISOString()}. The page says so.`);
      return { data: saved.snapshot, live: false };
    }
    throw new BuildError(
      `GitHub could not be read (${cause}), and there is no last good snapshot to fall back on (${SNAPSHOT_FILE}: ${saved.reason}).`,
      'The build fails so that the previous deployment stays up; build again when GitHub answers.',
    );
  }
  logger.info(`GitHub: read ${fetched.issues.length} issue(s) from ${source.repo} in ${fetched.requests} request(s).`);
  const data: GithubSnapshot = { format: 1, repo: source.repo, label: source.label, fetchedAt: buildTime, issues: fetched.issues };
  try {
    await writeCacheFile(file, serializeSnapshot(data));
  } catch (error) {
    logger.warn(`The last good GitHub data could not be saved to ${SNAPSHOT_FILE} (${(error as Error).message}); a later build during a GitHub outage will fail instead.`);
  }
  return { data, live: true };
}

async function readSnapshot(file: string, source: GithubSource): Promise<{ snapshot?: GithubSnapshot; reason?: string }> {
  const text = await readCacheFile(file);
  if (text === undefined) return { reason: 'none saved yet' };
  return parseSnapshot(text, source.repo, source.label);
}

function idCollisions(files: readonly Incident[], issues: readonly Incident[]): Problem[] {
  const fromIssues = new Map(issues.map((i) => [i.id, i]));
  return files.flatMap((file) => {
    const issue = fromIssues.get(file.id);
    if (!issue || file.source.type !== 'file' || issue.source.type !== 'github') return [];
    return [{ file: file.source.path, message: `has the id "${file.id}", which GitHub issue #${issue.source.number} also has` }];
  });
}

function logSummary(logger: BuildLog, source: GithubSource, data: GithubSnapshot, mapped: GithubIncidents) {
  if (mapped.warnings.length) {
    logger.warn(`GitHub issues shown without the fields they got wrong:\n${formatProblems(mapped.warnings)}`);
  }
  const left = [
    mapped.untrusted.issues && `${mapped.untrusted.issues} issue(s)`,
    mapped.untrusted.comments && `${mapped.untrusted.comments} comment(s)`,
  ].filter(Boolean);
  logger.info(
    `GitHub: ${mapped.incidents.length} incident(s) from ${data.issues.length} issue(s) in ${source.repo}` +
      `${mapped.withdrawn ? `, ${mapped.withdrawn} withdrawn` : ''}` +
      `${left.length ? `; left out as untrusted (author not in github.trusted): ${left.join(' and ')}` : '; nothing untrusted'}.`,
  );
}
