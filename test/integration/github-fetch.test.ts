import { afterEach, describe, expect, it } from 'vitest';
import type { GithubSource } from '../../src/lib/github/source.ts';
import { DEFAULT_LIMITS, fetchStatusIssues, type FetchLimits } from '../../src/io/github-client.ts';
import { startFakeGithub, type FakeGithub, type FakeIssue } from '../support/fake-github.ts';

const TOKEN = 'ghs_faketoken1234567890';
/** Bounded and short, so that every fault below settles in seconds (generous enough for a busy machine). */
const FAST: FetchLimits = { requestTimeoutMs: 5_000, totalTimeoutMs: 20_000, retries: 2, retryBaseMs: 5, maxRateLimitWaitS: 2 };
/** For requests that never answer. */
const HANG_TIMEOUT_MS = 1_000;
const limitsFor = (fault: string): FetchLimits => (fault === 'hang' ? { ...FAST, requestTimeoutMs: HANG_TIMEOUT_MS } : FAST);

let github: FakeGithub | undefined;
afterEach(() => github?.close());

const source = (fake: FakeGithub): GithubSource => ({
  owner: 'octo', name: 'status', repo: 'octo/status', label: 'incident', trusted: ['OWNER', 'MEMBER', 'COLLABORATOR'],
  token: TOKEN, apiUrl: fake.apiUrl, graphqlUrl: fake.graphqlUrl,
});

const labelled = (n: number, extra: Partial<FakeIssue> = {}): FakeIssue => ({
  number: n, title: `Issue ${n}`, labels: ['incident'], createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(), ...extra,
});

const comments = (count: number) => Array.from({ length: count }, (_, i) => ({
  body: `update ${i + 1}`, createdAt: new Date(Date.UTC(2026, 0, 2) + i * 1000).toISOString(),
}));

async function start(issues: FakeIssue[]) {
  github = await startFakeGithub({ owner: 'octo', name: 'status', issues });
  return github;
}

describe('fetching status issues from GitHub', () => {
  it('reads 120 labelled issues and the pinned ones in ⌈120/50⌉ = 3 requests, each issue once', async () => {
    const fake = await start([
      ...Array.from({ length: 120 }, (_, i) => labelled(i + 1)),
      { number: 500, title: 'Pinned notice', pinned: true },
      labelled(501, { pinned: true }),
    ]);
    const { issues, requests } = await fetchStatusIssues(source(fake), FAST);
    expect(requests).toBe(3);
    expect(fake.requests).toHaveLength(3);
    expect(issues).toHaveLength(122);
    expect(issues.filter((i) => i.pinned).map((i) => i.number).sort()).toEqual([500, 501]);
  });

  it('sends the token only in the authorization header', async () => {
    const fake = await start([labelled(1)]);
    await fetchStatusIssues(source(fake), FAST);
    expect(fake.requests[0]!.authorization).toBe(`token ${TOKEN}`);
    expect(JSON.stringify(fake.requests[0]!.variables)).not.toContain(TOKEN);
  });

  it('fetches long comment threads 100 at a time, several threads per request', async () => {
    const fake = await start([labelled(1, { comments: comments(250) }), labelled(2, { comments: comments(180) }), labelled(3, { comments: comments(5) })]);
    const { issues, requests } = await fetchStatusIssues(source(fake), FAST);
    // One page of issues; then threads 1 and 2 together; then thread 1 alone.
    expect(requests).toBe(3);
    const byNumber = new Map(issues.map((i) => [i.number, i]));
    expect(byNumber.get(1)!.comments).toHaveLength(250);
    expect(byNumber.get(1)!.comments.map((c) => c.body).slice(98, 102)).toEqual(['update 99', 'update 100', 'update 101', 'update 102']);
    expect(byNumber.get(2)!.comments).toHaveLength(180);
    expect(byNumber.get(3)!.comments).toHaveLength(5);
  });

  it.each([
    ['a 500', 'server-error'],
    ['a 502 with an HTML body', 'bad-gateway-html'],
    ['a request that never answers', 'hang'],
  ] as const)('retries after %s and succeeds when GitHub recovers', async (_, fault) => {
    const fake = await start([labelled(1)]);
    fake.fail(fault, { times: 2 });
    const { issues, requests } = await fetchStatusIssues(source(fake), limitsFor(fault));
    expect(issues).toHaveLength(1);
    expect(requests).toBe(3);
  });

  it.each([
    ['keeps answering 500', 'server-error', /Server Error/],
    ['keeps answering 502 with HTML', 'bad-gateway-html', /502 Bad Gateway/],
    ['never answers', 'hang', /timeout|abort/i],
    ['answers malformed JSON', 'malformed-json', /unexpected shape/],
    ['answers with GraphQL errors', 'graphql-errors', /Something unexpected happened/],
  ] as const)('gives up with the cause when GitHub %s', async (_, fault, message) => {
    const fake = await start([labelled(1)]);
    fake.fail(fault);
    await expect(fetchStatusIssues(source(fake), limitsFor(fault))).rejects.toThrow(message);
    expect(fake.requests.length).toBeLessThanOrEqual(1 + FAST.retries);
  });

  it.each(['primary-rate-limit', 'secondary-rate-limit', 'graphql-rate-limited'] as const)(
    'waits out a %s that resets soon, once',
    async (fault) => {
      const fake = await start([labelled(1)]);
      fake.fail(fault, { times: 1, rateLimitResetS: 1 });
      const warnings: string[] = [];
      const { issues } = await fetchStatusIssues(source(fake), FAST, { warn: (m) => warnings.push(m) });
      expect(issues).toHaveLength(1);
      expect(warnings.join('\n')).toMatch(/rate limit hit; retrying/);
    },
  );

  it.each(['primary-rate-limit', 'secondary-rate-limit', 'graphql-rate-limited'] as const)(
    'fails at once on a %s that resets in an hour instead of waiting',
    async (fault) => {
      const fake = await start([labelled(1)]);
      fake.fail(fault, { rateLimitResetS: 3600 });
      const warnings: string[] = [];
      await expect(fetchStatusIssues(source(fake), DEFAULT_LIMITS, { warn: (m) => warnings.push(m) })).rejects.toThrow();
      expect(fake.requests).toHaveLength(1);
      expect(warnings.join('\n')).toMatch(/longer than the 30 s we wait/);
    },
  );

  it('stops at the overall deadline however many retries remain', async () => {
    const fake = await start([labelled(1)]);
    fake.fail('hang');
    const started = Date.now();
    await expect(fetchStatusIssues(source(fake), { ...FAST, requestTimeoutMs: 10_000, retries: 10, totalTimeoutMs: 500 })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
