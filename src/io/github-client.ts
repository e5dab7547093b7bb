import type { z } from 'zod';
import { moreCommentsQuery, STATUS_ISSUES_QUERY } from '../lib/github/graphql.ts';
import {
  MoreCommentsPage, StatusIssuesPage, toStatusIssue, type GraphqlIssue, type StatusIssue,
} from '../lib/github/issue-data.ts';
import type { GithubSource } from '../lib/github/source.ts';
import { formatProblems } from '../lib/problems.ts';
import { validate } from '../lib/validate.ts';

/** How long to wait for GitHub; every wait is bounded so a build never hangs. */
export interface FetchLimits {
  /** Per request, including reading the body. */
  requestTimeoutMs: number;
  /** For the whole fetch, retries and rate-limit waits included. */
  totalTimeoutMs: number;
  /** Retries of a 5xx answer, a network error or a timeout; waits grow as 1, 4, 9 … × `retryBaseMs`. */
  retries: number;
  retryBaseMs: number;
  /** A rate limit that resets later than this is not waited for: the fetch fails instead. */
  maxRateLimitWaitS: number;
}

/**
 * GitHub itself gives up on a GraphQL query after 10 s, so 15 s per request is generous; the
 * whole fetch is bounded at a minute, so a build during an outage soon falls back or fails.
 */
export const DEFAULT_LIMITS: FetchLimits = {
  requestTimeoutMs: 15_000, totalTimeoutMs: 60_000, retries: 2, retryBaseMs: 1_000, maxRateLimitWaitS: 30,
};

/** Long threads continued per request; 20 × 100 comments stays far under GitHub's node limit. */
const THREADS_PER_REQUEST = 20;

export interface FetchResult {
  /** Pinned and labelled issues, each once, with every comment, newest issue first. */
  issues: StatusIssue[];
  /** HTTP requests made, retries included. */
  requests: number;
}

/** Sends one GraphQL document and checks the answer's shape. */
type Query = <T extends z.ZodType>(schema: T, document: string, variables: Record<string, unknown>) => Promise<z.infer<T>>;

/**
 * Fetches the pinned issues and every issue with the label, with all their comments, in
 * ⌈N/50⌉ requests plus one per extra 100 comments of the longest thread. Throws on any failure;
 * the caller decides what a failure means (the last good snapshot, or a failed build).
 */
export async function fetchStatusIssues(
  source: GithubSource,
  limits: FetchLimits = DEFAULT_LIMITS,
  log: { warn(message: string): void } = console,
): Promise<FetchResult> {
  const client = await githubClient(source, limits, log);
  const threads = await fetchIssuePages(client.query, source);
  await fetchLongThreads(client.query, source, threads);
  return { issues: threads.map((t) => t.issue).sort((a, b) => b.number - a.number), requests: client.requests() };
}

/**
 * Octokit with bounded waits: a timeout per request and overall, retries, and rate limits waited
 * out only when short. Loaded here, not at the top: a build without a token never needs it, and
 * loading it costs a noticeable part of a small build's start-up.
 */
async function githubClient(source: GithubSource, limits: FetchLimits, log: { warn(message: string): void }) {
  const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/core'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling'),
  ]);
  let requests = 0;
  const deadline = AbortSignal.timeout(limits.totalTimeoutMs);
  const rateLimited = (kind: string) => (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
    if (retryCount === 0 && retryAfter <= limits.maxRateLimitWaitS) {
      log.warn(`GitHub ${kind} rate limit hit; retrying in ${retryAfter} s`);
      return true;
    }
    log.warn(`GitHub ${kind} rate limit hit; it resets in ${retryAfter} s, longer than the ${limits.maxRateLimitWaitS} s we wait`);
    return false;
  };
  const octokit = new (Octokit.plugin(retry, throttling))({
    auth: source.token,
    baseUrl: source.apiUrl,
    userAgent: 'sitrep',
    // Octokit's own notices would repeat what we log; our errors carry the cause.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: {
      fetch: (url: string, init: RequestInit) => {
        requests++;
        const signals = [AbortSignal.timeout(limits.requestTimeoutMs), deadline, ...(init.signal ? [init.signal] : [])];
        return fetch(url, { ...init, signal: AbortSignal.any(signals) });
      },
    },
    retry: {
      retries: limits.retries,
      retryAfterBaseValue: limits.retryBaseMs,
      // 429 is the throttling plugin's to handle, with the wait GitHub asks for.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: { onRateLimit: rateLimited('primary'), onSecondaryRateLimit: rateLimited('secondary') },
  });
  const graphql = octokit.graphql.defaults({ url: source.graphqlUrl });
  const query: Query = async (schema, document, variables) => {
    const answer = validate(schema, await graphql(document, variables), { file: `${source.repo} (GitHub's answer)` });
    if (!answer.ok) throw new Error(`GitHub answered with data in an unexpected shape:\n${formatProblems(answer.problems.slice(0, 3))}`);
    return answer.value;
  };
  return { query, requests: () => requests };
}

/** An issue, and where its comments continue when there are more than one page. */
interface Thread {
  issue: StatusIssue;
  cursor: string | null;
}

const thread = (issue: GraphqlIssue, pinned: boolean): Thread => ({
  issue: toStatusIssue(issue, pinned),
  cursor: issue.comments.pageInfo.hasNextPage ? issue.comments.pageInfo.endCursor : null,
});

/** Every page of labelled issues, and the pinned issues from the first; each issue once. */
async function fetchIssuePages(query: Query, source: GithubSource): Promise<Thread[]> {
  const issues = new Map<number, Thread>();
  const cursors = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: z.infer<typeof StatusIssuesPage> = await query(StatusIssuesPage, STATUS_ISSUES_QUERY, {
      owner: source.owner, name: source.name, label: source.label, cursor,
    });
    const { pinnedIssues, issues: labelled } = page.repository;
    if (cursor === null) for (const { issue } of pinnedIssues.nodes) issues.set(issue.number, thread(issue, true));
    for (const issue of labelled.nodes) if (!issues.has(issue.number)) issues.set(issue.number, thread(issue, false));
    cursor = labelled.pageInfo.hasNextPage ? labelled.pageInfo.endCursor : null;
    if (cursor !== null && cursors.has(cursor)) throw new Error('GitHub returned the same page of issues twice');
    if (cursor !== null) cursors.add(cursor);
  } while (cursor !== null);
  return [...issues.values()];
}

/** Appends the comments beyond the first page, for up to 20 threads per request. */
async function fetchLongThreads(query: Query, source: GithubSource, threads: readonly Thread[]): Promise<void> {
  let pending = threads.filter((t) => t.cursor !== null);
  while (pending.length) {
    const batch = pending.slice(0, THREADS_PER_REQUEST);
    const variables = Object.fromEntries(batch.flatMap((t, i) => [[`n${i}`, t.issue.number], [`c${i}`, t.cursor]]));
    const page = await query(MoreCommentsPage, moreCommentsQuery(batch.length), { owner: source.owner, name: source.name, ...variables });
    const next = batch.flatMap(({ issue, cursor }, i): Thread[] => {
      const comments = page.repository[`i${i}`]?.comments;
      if (!comments) throw new Error(`GitHub did not return the comments of issue #${issue.number}`);
      issue.comments.push(...comments.nodes);
      const more = comments.pageInfo.hasNextPage && comments.pageInfo.endCursor !== cursor;
      return more ? [{ issue, cursor: comments.pageInfo.endCursor }] : [];
    });
    pending = [...pending.slice(THREADS_PER_REQUEST), ...next];
  }
}
