import { readFile, mkdir, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { buildTime } from '../build-time.ts';
import { issuesToIncidents, type GithubIncidents } from '../lib/github/issue-incident.ts';
import { parseSnapshot, serializeSnapshot, SNAPSHOT_FILE, type GithubSnapshot } from '../lib/github/snapshot.ts';
import {
  GithubFreshness, redactToken, resolveGithubSource, type GithubSource,
} from '../lib/github/source.ts';
import { formatProblems, type Problem } from '../lib/problems.ts';
import { Incident } from '../lib/schema/incident.ts';
import { DEFAULT_LIMITS, fetchStatusIssues, type FetchLimits, type FetchResult } from './github-client.ts';
import { root, sharedContent } from './markdown-content.ts';
import { sharedPerSync } from './shared-per-sync.ts';
import { storeIncidents } from './store-incidents.ts';

interface GithubData {
  freshness: GithubFreshness;
  incidents: Incident[];
}

/** Both collections share one fetch per sync (see `sharedPerSync`). */
const sharedGithubData = sharedPerSync(['incidents', 'freshness'], loadGithubData);

/** Test and tuning knobs: `SITREP_GITHUB_TIMEOUT_MS` (per request), `SITREP_GITHUB_RETRY_BASE_MS`. */
function limitsFromEnv(): FetchLimits {
  const fromEnv = (name: string, fallback: number) => {
    const value = Number(process.env[name]);
    return process.env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    ...DEFAULT_LIMITS,
    requestTimeoutMs: fromEnv('SITREP_GITHUB_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    retryBaseMs: fromEnv('SITREP_GITHUB_RETRY_BASE_MS', DEFAULT_LIMITS.retryBaseMs),
  };
}

async function loadGithubData(logger: LoaderContext['logger']): Promise<GithubData> {
  const content = await sharedContent('github');
  const resolved = resolveGithubSource(content.site.github, process.env);
  if (resolved.state === 'off') return { freshness: { state: 'off', asOf: null }, incidents: [] };
  if (resolved.state === 'skipped') {
    logger.info(resolved.message);
    return { freshness: { state: 'skipped', asOf: null }, incidents: [] };
  }
  if (resolved.state === 'invalid') throw new AstroError(`GitHub issues: ${resolved.message}.`);
  const { source } = resolved;
  const snapshot = await currentSnapshot(source, logger);

  const mapped = issuesToIncidents(snapshot.data.issues, {
    repo: source.repo, label: source.label, trusted: source.trusted, components: content.components,
  });
  const collisions = idCollisions(content.incidents, mapped.incidents);
  if (collisions.length) {
    throw new AstroError(`Incident ids collide:\n${formatProblems(collisions)}`, 'Rename the Markdown file: issue-<number> is kept for GitHub issues.');
  }
  logSummary(logger, source, snapshot.data, mapped);
  return { freshness: { state: snapshot.live ? 'live' : 'snapshot', asOf: snapshot.data.fetchedAt }, incidents: mapped.incidents };
}

/**
 * Fresh data, saved as the new last-good snapshot; or, when GitHub fails, the last-good snapshot;
 * or, with none, a failed build, so that the previous deployment stays up rather than a page
 * that silently lost its GitHub incidents.
 */
async function currentSnapshot(source: GithubSource, logger: LoaderContext['logger']): Promise<{ data: GithubSnapshot; live: boolean }> {
  const file = path.join(root(), SNAPSHOT_FILE);
  let fetched: FetchResult;
  try {
    fetched = await fetchStatusIssues(source, limitsFromEnv(), { warn: (m) => logger.warn(redactToken(m, source.token)) });
  } catch (error) {
    const cause = redactToken(error instanceof Error ? error.message : String(error), source.token);
    const saved = await readSnapshot(file, source);
    if (saved.snapshot) {
      logger.warn(`GitHub could not be read (${cause}); using the last good data, fetched ${saved.snapshot.fetchedAt.toISOString()}. The page says so.`);
      return { data: saved.snapshot, live: false };
    }
    throw new AstroError(
      `GitHub could not be read (${cause}), and there is no last good snapshot to fall back on (${SNAPSHOT_FILE}: ${saved.reason}).`,
      'The build fails so that the previous deployment stays up; build again when GitHub answers.',
    );
  }
  logger.info(`GitHub: read ${fetched.issues.length} issue(s) from ${source.repo} in ${fetched.requests} request(s).`);
  const data: GithubSnapshot = { format: 1, repo: source.repo, label: source.label, fetchedAt: buildTime, issues: fetched.issues };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(`${file}.tmp`, serializeSnapshot(data));
    await rename(`${file}.tmp`, file);
  } catch (error) {
    logger.warn(`The last good GitHub data could not be saved to ${SNAPSHOT_FILE} (${(error as Error).message}); a later build during a GitHub outage will fail instead.`);
  }
  return { data, live: true };
}

async function readSnapshot(file: string, source: GithubSource): Promise<{ snapshot?: GithubSnapshot; reason?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { reason: 'none saved yet' };
  }
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

function logSummary(logger: LoaderContext['logger'], source: GithubSource, data: GithubSnapshot, mapped: GithubIncidents) {
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

/** Incidents from GitHub issues (pinned, and labelled with `github.label`). */
export function githubIncidentsLoader(): Loader {
  return {
    name: 'sitrep-github-incidents',
    schema: Incident,
    async load(context) {
      const { incidents } = await sharedGithubData('incidents', context.logger);
      storeIncidents(context, incidents);
    },
  } satisfies Loader;
}

/** One entry, `github`: whether the GitHub data is live or a snapshot, and from when. */
export function githubFreshnessLoader(): Loader {
  return {
    name: 'sitrep-github-freshness',
    schema: GithubFreshness,
    async load({ store, logger }) {
      const { freshness } = await sharedGithubData('freshness', logger);
      store.clear();
      store.set({ id: 'github', data: freshness });
    },
  } satisfies Loader;
}
