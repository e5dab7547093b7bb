import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { z } from 'zod';
import { PIN_ISSUE_MUTATION, UNPIN_ISSUE_MUTATION } from '../../lib/github/graphql.ts';
import type { ResolvedChannel } from '../../lib/notify/channels.ts';
import { mirrorComment, mirrorIssue } from '../../lib/notify/formats/github-issue.ts';
import type { ChannelRef } from '../../lib/notify/ledger.ts';
import type { Message } from '../../lib/notify/message.ts';
import type { GithubIssueChannel } from '../../lib/schema/notify.ts';
import { redact } from './http.ts';
import type { Delivery, DeliveryContext } from './deliver.ts';

type MirrorConfig = z.infer<typeof GithubIssueChannel>;

/** Events after which the item is over: its mirror issue is closed and unpinned. */
const ENDING = new Set<Message['event']>(['resolved', 'completed', 'withdrawn']);

/** Whether the item is itself an issue of the mirror's repository: then it needs no mirror. */
function isOwnIssue(ctx: DeliveryContext, repo: string): boolean {
  const source = ctx.news?.incident?.source;
  if (source?.type !== 'github') return false;
  const path = new URL(source.url).pathname.split('/').slice(1, 3).join('/');
  return path.toLowerCase() === repo.toLowerCase();
}

/** Octokit's core with the parts the mirror uses: REST methods, retries and rate limits, as the 'octokit' package composes them. */
const MirrorOctokit = Octokit.plugin(restEndpointMethods, retry, throttling);

/** An Octokit for the mirror with the run's bounded waits; GitHub's rate limits are waited out only when short. */
function mirrorClient(channel: ResolvedChannel, ctx: DeliveryContext): InstanceType<typeof MirrorOctokit> {
  const { limits } = ctx;
  const wait = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount === 0 && retryAfter <= limits.maxRetryAfterS;
  return new MirrorOctokit({
    auth: channel.secret,
    baseUrl: ctx.github.apiUrl,
    userAgent: 'sitrep',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { fetch: (url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(limits.timeoutMs) }) },
    retry: { retries: limits.retries, retryAfterBaseValue: limits.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: wait, onSecondaryRateLimit: wait },
  });
}

/**
 * Mirrors an item to an issue of another repository, as a runbook's "pinned issue about the
 * current outage": opened (and pinned with `pin: true`) when the item starts, a comment per
 * update, closed and unpinned when it ends. Each step is remembered in the ref as soon as it is
 * done, so a retry continues where the last try stopped and never opens a second issue.
 * Scheduled maintenance waits until it starts; an item that is an issue of that repository is left alone.
 */
export async function mirrorToIssue(channel: ResolvedChannel, config: MirrorConfig, message: Message, ctx: DeliveryContext): Promise<Delivery> {
  const ref: ChannelRef = { ...ctx.ref };
  const done = (): Delivery => ({ ok: true, value: null, ref });
  if (message.event === 'scheduled' || message.event === 'reminder' || isOwnIssue(ctx, config.repo)) return done();
  const [owner, repo] = config.repo.split('/') as [string, string];
  const octokit = mirrorClient(channel, ctx);
  const graphql = octokit.graphql.defaults({ url: ctx.github.graphqlUrl });
  try {
    if (message.event === 'test') {
      const created = await octokit.rest.issues.create({ owner, repo, ...mirrorIssue(message) });
      await octokit.rest.issues.update({ owner, repo, issue_number: created.data.number, state: 'closed', state_reason: 'completed' });
      return done();
    }
    const ending = ENDING.has(message.event);
    if (ref.issue === undefined) {
      // Nothing was opened for it, and it is gone: there is nothing to close.
      if (message.event === 'withdrawn') return done();
      const created = await octokit.rest.issues.create({ owner, repo, ...mirrorIssue(message) });
      Object.assign(ref, { issue: created.data.number, node: created.data.node_id, commented: message.key });
    } else if (ref.commented !== message.key) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: Number(ref.issue), body: mirrorComment(message) });
      ref.commented = message.key;
    }
    if (!ending && ref.closed === 1) {
      // Reopened (or posted again after a withdrawal): so is its issue.
      await octokit.rest.issues.update({ owner, repo, issue_number: Number(ref.issue), state: 'open' });
      ref.closed = 0;
    }
    if (config.pin && !ending && ref.pinned !== 1) {
      await graphql(PIN_ISSUE_MUTATION, { issueId: String(ref.node) });
      ref.pinned = 1;
    }
    if (ending) {
      if (ref.pinned === 1) {
        await graphql(UNPIN_ISSUE_MUTATION, { issueId: String(ref.node) });
        ref.pinned = 0;
      }
      await octokit.rest.issues.update({
        owner, repo, issue_number: Number(ref.issue), state: 'closed', state_reason: message.event === 'withdrawn' ? 'not_planned' : 'completed',
      });
      ref.closed = 1;
    }
    return done();
  } catch (error) {
    const { status, name } = error as { status?: number; name?: string };
    // A GraphQL error (no permission to pin, three issues pinned already) will not pass by retrying either.
    const refused = name === 'GraphqlResponseError' || (status !== undefined && status >= 400 && status < 500 && status !== 429);
    const reason = redact(status ? `GitHub answered HTTP ${status}` : (error as Error).message, [channel.secret]);
    return { ok: false, refused, reason, ref };
  }
}
