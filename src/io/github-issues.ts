// Reading a repository's status issues: fetched live and saved as the last good snapshot, or
// read back from that snapshot, and mapped to incidents. Loaded by ./github-incidents.ts only when
// a build reads GitHub.
import path from 'node:path';
import { BuildError } from '../lib/build-error.ts';
import type { Content } from '../lib/content/site-content.ts';
import { siteFormHeadings } from '../lib/github/issue-forms.ts';
import { issuesToIncidents, type GithubIncidents } from '../lib/github/issue-incident.ts';
import { parseSnapshot, serializeSnapshot, SNAPSHOT_FILE, type GithubSnapshot } from '../lib/github/snapshot.ts';
import { redactToken, type GithubSource } from '../lib/github/source.ts';
import { formatProblems, type Problem } from '../lib/problems.ts';
import type { Incident } from '../lib/schema/incident.ts';
import type { BuildLog } from './build-log.ts';
import type { GithubData } from './github-incidents.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';
import { buildTime } from './clock.ts';
import { contentRoot } from './content-root.mjs';
import { waitFromEnv } from './env-wait.ts';
import { DEFAULT_LIMITS, fetchStatusIssues, type FetchLimits, type FetchResult } from './github-client.ts';

/** The incidents of the issues read now, or of the last good snapshot when GitHub fails (see `currentSnapshot`). */
export async function readLiveIncidents(
  content: Content, source: GithubSource, logger: BuildLog, env: NodeJS.ProcessEnv,
): Promise<GithubData> {
  const snapshot = await currentSnapshot(source, limitsFromEnv(env), logger);
  const mapped = snapshotIncidents(content, source, snapshot.data);
  logSummary(logger, source, snapshot.data, mapped);
  return { freshness: { state: snapshot.live ? 'live' : 'snapshot', asOf: snapshot.data.fetchedAt }, incidents: mapped.incidents };
}

/** The incidents of the snapshot the last build left under `root`; a BuildError when there is none. */
export async function readSavedIncidents(content: Content, source: GithubSource, root: string): Promise<Incident[]> {
  const saved = await readSnapshot(path.join(root, SNAPSHOT_FILE), source);
  if (!saved.snapshot) {
    throw new BuildError(`There is no GitHub data from the build to tell (${SNAPSHOT_FILE}: ${saved.reason}).`, 'Run npm run build first, with the same GITHUB_TOKEN and content.');
  }
  return snapshotIncidents(content, source, saved.snapshot).incidents;
}

/** Test and tuning knobs: `SITREP_GITHUB_TIMEOUT_MS` (per request), `SITREP_GITHUB_RETRY_BASE_MS`. */
function limitsFromEnv(env: NodeJS.ProcessEnv): FetchLimits {
  return {
    ...DEFAULT_LIMITS,
    requestTimeoutMs: waitFromEnv(env, 'SITREP_GITHUB_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    retryBaseMs: waitFromEnv(env, 'SITREP_GITHUB_RETRY_BASE_MS', DEFAULT_LIMITS.retryBaseMs),
  };
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
