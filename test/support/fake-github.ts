import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as githubSchema } from '@octokit/graphql-schema';
import { buildClientSchema, graphql, type IntrospectionQuery } from 'graphql';

/** An issue as a test writes it; everything but the number, title and body has a default. */
export interface FakeIssue {
  number: number;
  title: string;
  body?: string;
  state?: 'OPEN' | 'CLOSED';
  stateReason?: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED' | null;
  createdAt?: string;
  closedAt?: string | null;
  authorAssociation?: string;
  author?: string;
  labels?: string[];
  pinned?: boolean;
  comments?: FakeComment[];
}

export interface FakeComment {
  body: string;
  createdAt: string;
  authorAssociation?: string;
  author?: string;
  isMinimized?: boolean;
}

/** Ways the fake fails, as GitHub and the networks in front of it do. */
export type Fault =
  | 'server-error' // 500 with GitHub's JSON error
  | 'bad-gateway-html' // 502 with an HTML page, as a proxy sends
  | 'hang' // never answers
  | 'primary-rate-limit' // 403, x-ratelimit-remaining: 0, reset after `rateLimitResetS`
  | 'secondary-rate-limit' // 403 "secondary rate limit", retry-after `rateLimitResetS`
  | 'graphql-rate-limited' // 200 with a RATE_LIMITED GraphQL error, as GitHub answers GraphQL
  | 'malformed-json' // 200, application/json, cut off
  | 'graphql-errors' // 200 with errors and no data
  | 'forbidden'; // 403 as for a token without the permission the request needs

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  query?: string;
  variables?: Record<string, unknown>;
}

/** An issue the issue mirror opened through the REST API, as the fake keeps it. */
export interface MirroredIssue {
  repo: string;
  number: number;
  nodeId: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  comments: string[];
  pinned: boolean;
}

/** A workflow's state as GitHub's Actions API reports it. */
export type WorkflowState = 'active' | 'disabled_inactivity' | 'disabled_manually' | 'disabled_fork';

export interface FakeGithub {
  /** The repository's workflows by file name, as the Actions API endpoints left them. */
  workflows: Record<string, WorkflowState>;
  /** Each `workflow_dispatch` the Actions API was asked for. */
  dispatches: { workflow: string; ref: string }[];
  /** For GITHUB_API_URL. */
  apiUrl: string;
  /** Issues opened through the REST API (by the issue mirror), in order. */
  mirrored: MirroredIssue[];
  /** For GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  requests: RecordedRequest[];
  /** The next `times` requests fail with `fault` (every request when `times` is omitted). */
  fail(fault: Fault, options?: { times?: number; rateLimitResetS?: number }): void;
  /** Answers normally again. */
  heal(): void;
  close(): Promise<void>;
}

/**
 * The environment a build needs to read issues from `fake` with `token`, as GitHub Actions sets it
 * (`GITHUB_REPOSITORY` empty: the repository comes from site.yaml), with short waits for tests.
 */
export function fakeGithubEnv(fake: FakeGithub, token: string): Record<string, string> {
  return {
    GITHUB_TOKEN: token, GITHUB_API_URL: fake.apiUrl, GITHUB_GRAPHQL_URL: fake.graphqlUrl, GITHUB_REPOSITORY: '',
    SITREP_GITHUB_TIMEOUT_MS: '5000', SITREP_GITHUB_RETRY_BASE_MS: '10',
  };
}

// Built once per test file: GitHub's published schema, so the fake rejects what GitHub rejects.
const schema = buildClientSchema(githubSchema.json as unknown as IntrospectionQuery);

/**
 * A GitHub GraphQL API on 127.0.0.1 that executes real queries against GitHub's published
 * schema over fixture issues, with the Actions API's workflow endpoints (get, enable, dispatch)
 * over `workflows`, and fails on demand.
 */
export async function startFakeGithub(
  repo: { owner: string; name: string; issues: FakeIssue[]; workflows?: Record<string, WorkflowState> },
): Promise<FakeGithub> {
  const requests: RecordedRequest[] = [];
  const mirrored: MirroredIssue[] = [];
  const workflows = { ...repo.workflows };
  const dispatches: { workflow: string; ref: string }[] = [];
  let fault: { kind: Fault; times: number; resetS: number } | null = null;

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const parsed = safeJson(body) as { query?: string; variables?: Record<string, unknown> } | undefined;
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, query: parsed?.query, variables: parsed?.variables });
    if (fault && fault.times > 0) {
      fault.times--;
      return sendFault(res, fault.kind, fault.resetS);
    }
    if (!req.headers.authorization) return send(res, 401, { message: 'Requires authentication' });
    const workflow = req.url?.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)(\/enable|\/dispatches)?$/);
    if (workflow && workflow[1] === repo.owner && workflow[2] === repo.name && workflows[workflow[3]!]) {
      const [, , , file, action] = workflow as unknown as [string, string, string, string, string | undefined];
      if (req.method === 'GET' && !action) return send(res, 200, { name: file, path: `.github/workflows/${file}`, state: workflows[file] });
      if (req.method === 'PUT' && action === '/enable') {
        workflows[file] = 'active';
        return void res.writeHead(204).end();
      }
      const ref = (parsed as { ref?: unknown } | undefined)?.ref;
      if (req.method === 'POST' && action === '/dispatches' && typeof ref === 'string') {
        dispatches.push({ workflow: file, ref });
        return void res.writeHead(204).end();
      }
      return send(res, 422, { message: 'Invalid request.' });
    }
    if (req.url?.startsWith('/repos/')) return restIssues(req.method ?? '', req.url, parsed as Record<string, unknown> | undefined, mirrored, res);
    if (req.method !== 'POST' || !req.url?.endsWith('/graphql')) return send(res, 404, { message: 'Not Found' });
    const pin = (pinned: boolean) => ({ input }: { input: { issueId: string } }) => {
      const issue = mirrored.find((i) => i.nodeId === input.issueId);
      if (!issue) throw new Error(`Could not resolve to a node with the global id of '${input.issueId}'`);
      issue.pinned = pinned;
      return { issue: { number: issue.number, isPinned: pinned } };
    };
    const result = await graphql({
      schema,
      source: parsed?.query ?? '',
      variableValues: parsed?.variables,
      rootValue: {
        repository: (args: { owner: string; name: string }) => (args.owner === repo.owner && args.name === repo.name ? repository(repo.issues) : null),
        pinIssue: pin(true),
        unpinIssue: pin(false),
      },
    });
    send(res, 200, result);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}`;
  return {
    workflows,
    dispatches,
    apiUrl,
    graphqlUrl: `${apiUrl}/graphql`,
    requests,
    mirrored,
    fail(kind, options = {}) {
      fault = { kind, times: options.times ?? Infinity, resetS: options.rateLimitResetS ?? 3600 };
    },
    heal() {
      fault = null;
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** GitHub's REST issue endpoints the issue mirror uses: open, comment, close or reopen. */
function restIssues(method: string, url: string, body: Record<string, unknown> | undefined, issues: MirroredIssue[], res: ServerResponse) {
  const match = /^\/repos\/([^/]+\/[^/]+)\/issues(?:\/(\d+))?(\/comments)?$/.exec(url.split('?')[0]!);
  if (!match) return send(res, 404, { message: 'Not Found' });
  const [, repo, number, comments] = match;
  if (method === 'POST' && !number) {
    if (typeof body?.title !== 'string' || !body.title) return send(res, 422, { message: 'Validation Failed' });
    const issue: MirroredIssue = {
      repo: repo!, number: issues.length + 1, nodeId: `I_kw${issues.length + 1}`, title: body.title, body: String(body.body ?? ''),
      state: 'open', stateReason: null, comments: [], pinned: false,
    };
    issues.push(issue);
    return send(res, 201, { number: issue.number, node_id: issue.nodeId, html_url: `https://github.com/${repo}/issues/${issue.number}`, state: 'open' });
  }
  const issue = issues.find((i) => i.repo === repo && i.number === Number(number));
  if (!issue) return send(res, 404, { message: 'Not Found' });
  if (method === 'POST' && comments) {
    issue.comments.push(String(body?.body ?? ''));
    return send(res, 201, { id: issue.comments.length, body: body?.body });
  }
  if (method === 'PATCH' && !comments) {
    if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
    issue.stateReason = typeof body?.state_reason === 'string' ? body.state_reason : null;
    return send(res, 200, { number: issue.number, node_id: issue.nodeId, state: issue.state, state_reason: issue.stateReason });
  }
  return send(res, 404, { message: 'Not Found' });
}

function sendFault(res: ServerResponse, kind: Fault, resetS: number) {
  const reset = String(Math.floor(Date.now() / 1000) + resetS);
  switch (kind) {
    case 'server-error':
      return send(res, 500, { message: 'Server Error' });
    case 'bad-gateway-html':
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    case 'hang':
      return; // the socket stays open until the client gives up or the server closes
    case 'primary-rate-limit':
      return send(res, 403, { message: 'API rate limit exceeded for installation.' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset });
    case 'secondary-rate-limit':
      return send(res, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': String(resetS) });
    case 'graphql-rate-limited':
      return send(res, 200, { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation.' }] }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset });
    case 'malformed-json':
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end('{"data":{"repository":{"pinnedIss');
      return;
    case 'graphql-errors':
      return send(res, 200, { data: null, errors: [{ type: 'INTERNAL', message: 'Something unexpected happened' }] });
    case 'forbidden':
      return send(res, 403, { message: 'Resource not accessible by integration' });
  }
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(json));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => resolve(text));
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A connection over `items` with GitHub's `first`/`after` paging; cursors are offsets. */
function connection<T>(items: T[], args: { first?: number; after?: string | null }) {
  const start = args.after ? Number(args.after) : 0;
  const nodes = items.slice(start, start + (args.first ?? 100));
  const end = start + nodes.length;
  return {
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: String(start + i + 1) })),
    totalCount: items.length,
    pageInfo: { hasNextPage: end < items.length, endCursor: nodes.length ? String(end) : null, hasPreviousPage: start > 0, startCursor: String(start) },
  };
}

function repository(issues: FakeIssue[]) {
  const objects = issues.map(issueObject);
  return {
    pinnedIssues: (args: { first?: number }) => connection(
      objects.filter((_, i) => issues[i]!.pinned).map((issue) => ({ issue })),
      args,
    ),
    issues: (args: { first?: number; after?: string; labels?: string[]; states?: string[] }) => connection(
      objects
        .filter((_, i) => (!args.labels || issues[i]!.labels?.some((l) => args.labels!.includes(l))) && (!args.states || args.states.includes(issues[i]!.state ?? 'OPEN')))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      args,
    ),
    issue: (args: { number: number }) => objects.find((o) => o.number === args.number) ?? null,
  };
}

const actor = (login = 'someone') => ({ __typename: 'User', login });

function issueObject(issue: FakeIssue) {
  const comments = (issue.comments ?? []).map((c, i) => ({
    url: `https://github.com/o/r/issues/${issue.number}#issuecomment-${i + 1}`,
    body: c.body,
    createdAt: c.createdAt,
    authorAssociation: c.authorAssociation ?? 'MEMBER',
    isMinimized: c.isMinimized ?? false,
    author: actor(c.author),
  }));
  const state = issue.state ?? 'OPEN';
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    url: `https://github.com/o/r/issues/${issue.number}`,
    state,
    stateReason: issue.stateReason ?? (state === 'CLOSED' ? 'COMPLETED' : null),
    createdAt: issue.createdAt ?? '2026-11-20T14:00:00Z',
    closedAt: issue.closedAt ?? null,
    authorAssociation: issue.authorAssociation ?? 'MEMBER',
    author: actor(issue.author),
    labels: (args: { first?: number }) => connection((issue.labels ?? []).map((name) => ({ name })), args),
    comments: (args: { first?: number; after?: string }) => connection(comments, args),
  };
}
