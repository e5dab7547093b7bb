import path from 'node:path';
import type { Content } from '../lib/content/site-content.ts';
import { formatProblems, type Problem } from '../lib/problems.ts';
import type { Upstream } from '../lib/schema/upstreams.ts';
import type { Answers } from '../lib/upstreams/adapter.ts';
import type { UpstreamReading } from '../lib/upstreams/model.ts';
import { dependencyNames, readAnswers, upstreamEndpoints, type ReadAnswers } from '../lib/upstreams/report.ts';
import {
  parseUpstreamSnapshot, serializeUpstreamSnapshot, upstreamSnapshotFile, type UpstreamSnapshot,
} from '../lib/upstreams/snapshot.ts';
import { fetchText, FetchFailure, type FetchLimits } from './bounded-fetch.ts';
import type { BuildLog } from './build-log.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';
import { buildTime } from './clock.ts';
import { contentRoot } from './content-root.mjs';
import { waitFromEnv } from './env-wait.ts';

export interface UpstreamLimits extends FetchLimits {
  /** For all upstreams together, retries included: the most an upstream can add to a build. */
  totalTimeoutMs: number;
}

/** 10 s per request, 30 s for everything, answers up to 2 MB. */
export const DEFAULT_UPSTREAM_LIMITS: UpstreamLimits = {
  requestTimeoutMs: 10_000, totalTimeoutMs: 30_000, retries: 2, retryBaseMs: 500, maxBytes: 2 * 1024 * 1024,
};

/** Test and tuning knobs: `SITREP_UPSTREAM_TIMEOUT_MS` (per request), `SITREP_UPSTREAM_TOTAL_TIMEOUT_MS`, `SITREP_UPSTREAM_RETRY_BASE_MS`. */
function limitsFromEnv(env: NodeJS.ProcessEnv): UpstreamLimits {
  return {
    ...DEFAULT_UPSTREAM_LIMITS,
    requestTimeoutMs: waitFromEnv(env, 'SITREP_UPSTREAM_TIMEOUT_MS', DEFAULT_UPSTREAM_LIMITS.requestTimeoutMs),
    totalTimeoutMs: waitFromEnv(env, 'SITREP_UPSTREAM_TOTAL_TIMEOUT_MS', DEFAULT_UPSTREAM_LIMITS.totalTimeoutMs),
    retryBaseMs: waitFromEnv(env, 'SITREP_UPSTREAM_RETRY_BASE_MS', DEFAULT_UPSTREAM_LIMITS.retryBaseMs),
  };
}

/** One upstream's outcome: the reading the page shows, and what the build log says about it. */
interface Outcome {
  reading: UpstreamReading;
  /** Why it could not be read now, when it could not. */
  failure?: string;
  /** Why its last good answer could not be used either, when there was a file. */
  snapshotProblem?: string;
  /** Parts of the answer left out, and optional documents not read. */
  warnings: Problem[];
  notes: string[];
}

/**
 * Every configured upstream, read in parallel within the overall bound: live (and saved as its
 * last good snapshot), or from that snapshot, or unknown. Never throws: an upstream never fails
 * the build. Logs once which upstreams could not be read.
 */
export async function readUpstreams(
  content: Pick<Content, 'upstreams' | 'components'>,
  logger: BuildLog,
  options: { env?: NodeJS.ProcessEnv; root?: string; now?: Date } = {},
): Promise<UpstreamReading[]> {
  if (content.upstreams.length === 0) return [];
  const { env = process.env, root = contentRoot(), now = buildTime } = options;
  const limits = limitsFromEnv(env);
  const overall = AbortSignal.timeout(limits.totalTimeoutMs);
  // The signal ends every request; this also ends a wait that would not heed it.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), limits.totalTimeoutMs + 1_000); });
  try {
    const outcomes = await Promise.all(content.upstreams.map(async (upstream) => {
      const fetched = await Promise.race([fetchAnswers(upstream, limits, overall), deadline]);
      return settle(upstream, fetched === 'late' ? { failure: 'the time allowed for reading upstreams ran out' } : fetched,
        dependencyNames(upstream.id, content.components), root, now);
    }));
    logOutcomes(outcomes, logger);
    return outcomes.map((o) => o.reading);
  } finally {
    clearTimeout(timer);
  }
}

/** What one upstream answered: every document that came, and why a required one did not. */
type Fetched = { answers: Answers; failure?: undefined; notes: string[] } | { failure: string };

async function fetchAnswers(upstream: Upstream, limits: UpstreamLimits, signal: AbortSignal): Promise<Fetched> {
  const reserved = reservedName(upstream.url);
  if (reserved) return { failure: `${reserved} is a name reserved for examples, which never resolves; not looked up` };
  const endpoints = upstreamEndpoints(upstream);
  const results = await Promise.all(endpoints.map(async (endpoint) => {
    try {
      return { endpoint, text: await fetchText(endpoint.url, { accept: endpoint.accept, limits, signal }) };
    } catch (error) {
      return { endpoint, error: error instanceof FetchFailure ? error.message : String(error) };
    }
  }));
  const required = results.find((r) => r.endpoint.required && r.error !== undefined);
  if (required) return { failure: `${required.endpoint.url}: ${required.error}` };
  const answers: Answers = {};
  const notes: string[] = [];
  for (const r of results) {
    if (r.text !== undefined) answers[r.endpoint.key] = r.text;
    else notes.push(`${r.endpoint.url} not read (${r.error}); shown without it`);
  }
  return { answers, notes };
}

/**
 * RFC 2606 keeps `.example` and `.invalid` out of the DNS: the example content's upstreams live
 * there, so a build of it never sends a request anywhere and is as fast offline as online.
 */
function reservedName(url: string): string | undefined {
  const host = new URL(url).hostname;
  return /\.(example|invalid)\.?$/i.test(host) ? host : undefined;
}

/** The reading for what was fetched: live when it reads, else the last good snapshot, else none. */
async function settle(upstream: Upstream, fetched: Fetched, keep: string[], root: string, now: Date): Promise<Outcome> {
  const file = path.join(root, upstreamSnapshotFile(upstream.id));
  let failure = fetched.failure;
  if (fetched.failure === undefined) {
    const read = readAnswers(upstream, fetched.answers, keep);
    if (read.ok) {
      const notes = [...fetched.notes];
      const snapshot: UpstreamSnapshot = { format: 1, kind: upstream.kind, url: upstream.url, fetchedAt: now, answers: fetched.answers };
      try {
        await writeCacheFile(file, serializeUpstreamSnapshot(snapshot));
      } catch (error) {
        notes.push(`its answer could not be kept for later builds (${(error as Error).message})`);
      }
      return { reading: { upstream, source: 'live', asOf: now, report: read.report }, warnings: read.warnings, notes };
    }
    failure = `its answer could not be used:\n${formatProblems(read.problems)}`;
  }
  const saved = await readSavedAnswers(file, upstream, keep);
  if (saved.read?.ok) {
    return { reading: { upstream, source: 'snapshot', asOf: saved.fetchedAt!, report: saved.read.report }, failure, warnings: [], notes: [] };
  }
  return { reading: { upstream, source: 'none', asOf: null, report: null }, failure, snapshotProblem: saved.problem, warnings: [], notes: [] };
}

async function readSavedAnswers(file: string, upstream: Upstream, keep: string[]): Promise<{ read?: ReadAnswers; fetchedAt?: Date; problem?: string }> {
  const text = await readCacheFile(file);
  if (text === undefined) return {};
  const { snapshot, reason } = parseUpstreamSnapshot(text, upstream);
  if (!snapshot) return { problem: reason };
  const read = readAnswers(upstream, snapshot.answers, keep);
  return read.ok ? { read, fetchedAt: snapshot.fetchedAt } : { problem: 'its answers no longer read' };
}

/**
 * One warning naming every upstream that could not be read, and what the page shows instead;
 * then, apart, what was left out of answers that did read.
 */
function logOutcomes(outcomes: readonly Outcome[], logger: BuildLog): void {
  const failed = outcomes.filter((o) => o.failure !== undefined);
  if (failed.length) {
    const parts = failed.map(({ reading, failure, snapshotProblem }) => {
      const shown = reading.source === 'snapshot'
        ? `showing its last good answer, as of ${reading.asOf!.toISOString()}`
        : `status unknown${snapshotProblem ? `; its last good answer is unusable: ${snapshotProblem}` : ''}`;
      return `${reading.upstream.id} (${oneLine(failure!)}; ${shown})`;
    });
    logger.warn(`Upstream services could not be read: ${parts.join(', ')}.`);
  }
  const read = outcomes.filter((o) => o.reading.source === 'live').map((o) => o.reading.upstream.id);
  if (read.length) logger.info(`Upstream services read: ${read.join(', ')}.`);
  for (const { reading, warnings, notes } of outcomes) {
    if (warnings.length) logger.warn(`Upstream ${reading.upstream.id}: shown without what its answer got wrong:\n${formatProblems(warnings)}`);
    for (const note of notes) logger.info(`Upstream ${reading.upstream.id}: ${note}.`);
  }
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, '; ');
