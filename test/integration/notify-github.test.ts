import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { startFakeGithub, type FakeGithub } from '../support/fake-github.ts';
import { startReceiver, type FakeReceiver } from '../support/fake-receivers.ts';
import { runScript } from '../support/run-script.ts';

let dir: string;
let github: FakeGithub;
let slack: FakeReceiver;
let env: Record<string, string>;

/** The snapshot a build leaves in .sitrep-cache, holding these open issues of example/status. */
async function snapshot(issues: { number: number; title: string; createdAt: string; state?: 'OPEN' | 'CLOSED'; stateReason?: string | null }[]) {
  await mkdir(path.join(dir, '.sitrep-cache'), { recursive: true });
  await writeFile(path.join(dir, '.sitrep-cache/github-snapshot.json'), JSON.stringify({
    format: 1, repo: 'example/status', label: 'incident', fetchedAt: '2026-11-20T15:00:00.000Z',
    issues: issues.map((i) => ({
      number: i.number, title: i.title, body: 'Writes fail.', url: `https://github.com/example/status/issues/${i.number}`,
      state: i.state ?? 'OPEN', stateReason: i.stateReason ?? null, createdAt: i.createdAt, closedAt: i.state === 'CLOSED' ? '2026-11-20T15:30:00Z' : null,
      authorAssociation: 'MEMBER', author: { login: 'maintainer' }, pinned: false, labels: ['incident'], comments: [],
    })),
  }));
}

const notify = (now: string, extra: Record<string, string> = {}) => runScript('notify.ts', [], { ...env, SITREP_NOW: now, ...extra });
const reads = () => github.requests.filter((r) => r.query?.includes('pinnedIssues')).length;

beforeAll(async () => {
  github = await startFakeGithub({ owner: 'example', name: 'status', issues: [] });
  slack = await startReceiver(() => ({ status: 200, body: 'ok' }));
  await mkdir(path.join(projectRoot, '.tmp'), { recursive: true });
  dir = await mkdtemp(path.join(projectRoot, '.tmp', 'notify-github-'));
  await mkdir(path.join(dir, 'content'), { recursive: true });
  await mkdir(path.join(dir, 'incidents'));
  await writeFile(path.join(dir, 'content/components.yaml'), '- id: api\n  name: Public API\n');
  await writeFile(path.join(dir, 'content/site.yaml'), `name: Test Cloud
url: https://status.test.example
github:
  repo: example/status
notify:
  channels:
    - { type: slack, env: T_SLACK }
    - { type: github-issue, name: own-repo, repo: example/status, env: T_MIRROR }
    - { type: github-issue, name: product, repo: example/product, env: T_MIRROR }
`);
  env = {
    SITREP_CONTENT_DIR: dir, GITHUB_TOKEN: 'READ-TOKEN', GITHUB_REPOSITORY: 'example/status', GITHUB_API_URL: github.apiUrl, GITHUB_GRAPHQL_URL: github.graphqlUrl,
    T_SLACK: `${slack.url}/hook`, T_MIRROR: 'MIRROR-TOKEN', SITREP_NOTIFY_RETRY_BASE_MS: '10',
  };
});

afterAll(async () => {
  await Promise.all([github.close(), slack.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('notify with GitHub issues as a source', () => {
  it('refuses to guess without the snapshot the build left, and sends nothing', async () => {
    const { code, out } = await notify('2026-11-20T15:00:00Z');
    expect(code).toBe(1);
    expect(out).toContain('There is no GitHub data from the build to tell');
    expect(slack.delivered).toEqual([]);
  });

  it('tells what the build\'s snapshot says, without asking GitHub; the mirror leaves alone the issues of its own repository', async () => {
    await snapshot([{ number: 7, title: 'Old news', createdAt: '2026-11-20T14:00:00Z' }]);
    expect((await notify('2026-11-20T15:00:00Z')).out).toContain('first run');
    await snapshot([{ number: 7, title: 'Old news', createdAt: '2026-11-20T14:00:00Z' }, { number: 8, title: 'Login fails', createdAt: '2026-11-20T15:02:00Z' }]);
    const { code } = await notify('2026-11-20T15:05:00Z');
    expect(code).toBe(0);
    expect(slack.delivered.map((r) => (r.body as { text: string }).text)).toEqual([expect.stringContaining('Login fails')]);
    expect(github.mirrored.map((i) => [i.repo, i.title])).toEqual([['example/product', 'Incident: Login fails']]);
    expect(reads()).toBe(0);
  });

  it('does not take GitHub items for withdrawn when GitHub was not read (no token), and does when an issue is closed as not planned', async () => {
    const { code } = await notify('2026-11-20T15:10:00Z', { GITHUB_TOKEN: '' });
    expect(code).toBe(0);
    expect(slack.delivered).toHaveLength(1);
    await snapshot([{ number: 7, title: 'Old news', createdAt: '2026-11-20T14:00:00Z' }, { number: 8, title: 'Login fails', createdAt: '2026-11-20T15:02:00Z', state: 'CLOSED', stateReason: 'NOT_PLANNED' }]);
    await notify('2026-11-20T15:40:00Z');
    expect(slack.delivered.map((r) => (r.body as { text: string }).text).at(-1)).toMatch(/^\*Withdrawn: Login fails\*/);
    expect(github.mirrored[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    expect(reads()).toBe(0);
  });
});

describe('a ledger that cannot be read', () => {
  it('is started afresh: nothing is sent again, and the run says why', async () => {
    const before = slack.delivered.length;
    await writeFile(path.join(dir, '.sitrep-cache/notify-ledger.json'), JSON.stringify({ format: 1, channels: { slack: { since: 'yesterday', incidents: {} } } }));
    const { code, out } = await notify('2026-11-20T15:45:00Z');
    expect(code).toBe(0);
    expect(out).toContain('The ledger cannot be read, so it is started afresh, so nothing is sent and the present is recorded as told:');
    expect(out).toContain('.sitrep-cache/notify-ledger.json  channels.slack.since: Invalid ISO datetime');
    expect(slack.delivered.length).toBe(before);
    await writeFile(path.join(dir, '.sitrep-cache/notify-ledger.json'), '{ "format": 1, "chan');
    expect((await notify('2026-11-20T15:46:00Z')).out).toContain('is not valid JSON: it is started afresh');
    expect(slack.delivered.length).toBe(before);
  });
});
