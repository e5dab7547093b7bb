import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, withBuiltSite, type BuiltSite } from '../support/build-site.ts';
import { serveFixtureProviders, startFakeUpstreams, type FakeUpstreams } from '../support/fake-upstreams.ts';

const NOW = '2026-11-20T15:00:00Z';
const env = { SITREP_UPSTREAM_RETRY_BASE_MS: '10' };

/** A status page's summary.json written to hurt: markup, script links, other hosts, a 10,000-character name. */
const hostileSummary = {
  status: { indicator: 'critical', description: '<script>alert("xss-status")</script>' },
  components: [
    { id: 'h1', name: `<img src=x onerror="alert('xss-component')">${'A'.repeat(10_000)}`, status: 'major_outage' },
    { id: 'h2', name: 'Fine', status: 'operational' },
    { id: 7, name: ['not', 'a', 'name'], status: 'major_outage' },
  ],
  incidents: [
    { id: 'evil1', name: '<iframe src="https://evil.example/frame"></iframe>Outage', status: 'investigating', impact: 'critical', shortlink: 'javascript:alert("xss-link")' },
    { id: 'not a path', name: 'Off-site', status: 'investigating', impact: 'major', shortlink: 'data:text/html,<script>alert(1)</script>' },
  ],
};

const files = (origin: string) => ({
  'content/site.yaml': 'name: Fixture Cloud\nurl: https://status.fixture.example\n',
  'content/components.yaml': [
    '- id: api', '  name: Public API', '  depends_on: [github/Actions]',
    '- id: web', '  name: Web app', '  depends_on: [railbird]',
    '- id: docs', '  name: Docs', '  depends_on: [github/Git Operations, broken]',
  ].join('\n'),
  'content/upstreams.yaml': [
    '- id: github', '  name: GitHub', `  url: ${origin}/github`, '  components: [Actions, Git Operations, API Requests]',
    '- id: railbird', '  name: Railbird', `  url: ${origin}/railbird`, '  kind: instatus',
    '- id: aws', '  name: AWS us-east-1', `  url: ${origin}/aws/ec2.rss`, '  kind: feed',
    '- id: hostile', '  name: Hostile Host', `  url: ${origin}/hostile`,
    '- id: broken', '  name: Broken Provider', `  url: ${origin}/broken`,
  ].join('\n'),
  'incidents/docs-down.md': [
    '---', 'title: Docs build stuck behind GitHub', 'components: [docs]', 'started: 2026-11-20T09:15:00Z', 'resolved: 2026-11-20T10:10:00Z',
    'upstream:', '  - name: GitHub webhooks incident', `    url: ${origin}/github/incidents/q9w8lz3tyb0c`,
    '  - name: GitHub Actions incident', `    url: ${origin}/github/incidents/x7k2mcnqv1zd/`,
    '  - name: Someone else', '    url: https://status.other.example/incidents/x7k2mcnqv1zd', '---', '',
  ].join('\n'),
});

async function htmlFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map(async (e) => {
    const file = path.join(e.parentPath, e.name);
    return { file: path.relative(dir, file), text: await readFile(file, 'utf8') };
  }));
}

/** The home page's "Upstream services" section, tags and all. */
const upstreamSection = (home: string) => /<section aria-labelledby="upstreams">[\s\S]*?<\/section><\/div><\/section>/.exec(home)?.[0] ?? '';

describe('a site that depends on upstreams', () => {
  let fake: FakeUpstreams;
  let site: BuiltSite & { ok: boolean };
  beforeAll(async () => {
    fake = await startFakeUpstreams();
    await serveFixtureProviders(fake);
    fake.serve('/hostile/api/v2/summary.json', hostileSummary);
    fake.fail('/broken/api/v2/summary.json', 'bad-gateway-html');
    site = await buildSite({ files: files(fake.origin) }, { now: NOW, env });
    if (!site.ok) throw new Error(site.log);
  });
  afterAll(async () => {
    await fake?.close();
    await site?.cleanup();
  });

  it('shows each upstream after our components, in our words and theirs, with what is open as links to their pages', async () => {
    const home = await site.read('index.html');
    const section = upstreamSection(home);
    expect(home.indexOf('id="upstreams"')).toBeGreaterThan(home.indexOf('id="components"'));
    expect(section).toMatch(/GitHub<\/a><span class="status tone-major"><span class="icon tone-major" aria-hidden="true">!<\/span> Partial System Outage/);
    expect(section).toMatch(/Actions<\/bdi><span class="status">[^]*?Partial outage/);
    expect(section).toMatch(/API Requests<\/bdi><span class="status">[^]*?Degraded performance/);
    expect(section).toContain(`href="${fake.origin}/github/incidents/x7k2mcnqv1zd"`);
    expect(section).toContain('Pages database maintenance');
    expect(section).not.toContain('Codespaces network upgrade');
    expect(section).toMatch(/Railbird[^]*?Minor Service Outage[^]*?In their words: “(<bdi>)?HASISSUES(<\/bdi>)?”/);
    expect(section).toContain(`href="${fake.origin}/incident/clx0a1b2c3d4e5f6"`);
    expect(section).toMatch(/AWS us-east-1[^]*?No status published[^]*?Informational message: Increased API error rates/);
    expect(section).toMatch(/Broken Provider<\/a><span class="status tone-unknown">[^]*?Status unknown[^]*?Could not be read for this build\./);
    expect(section).toMatch(/As of <time datetime="2026-11-20T15:00:00.000Z"/);
  });

  it('notes on a component, on the home page and its own page, the upstream trouble it depends on', async () => {
    const note = `<a href="${fake.origin}/github" rel="nofollow noopener" dir="auto">GitHub reports a partial outage of Actions</a>`;
    expect(await site.read('index.html')).toContain(note);
    expect(await site.read('components/api/index.html')).toContain(note);
    expect(await site.read('components/web/index.html')).toContain('Railbird reports a minor service outage');
    // Git Operations is operational and Broken Provider could not be read: nothing to note.
    expect(await site.read('components/docs/index.html')).not.toContain('class="upstream-note"');
  });

  it('never changes our own status, uptime or Statuspage API because of an upstream', async () => {
    const home = await site.read('index.html');
    expect(home).toContain('All Systems Operational');
    expect(home).toMatch(/100% uptime over 90 days; no day with downtime/);
    const summary = JSON.parse(await site.read('api/v2/summary.json'));
    expect(summary.status.indicator).toBe('none');
    expect(summary.components.map((c: { status: string }) => c.status)).toEqual(['operational', 'operational', 'operational']);
    expect(JSON.stringify(summary)).not.toMatch(/GitHub|Railbird|Hostile/);
  });

  it('shows, next to an incident\'s upstream link, where that upstream incident stands', async () => {
    const page = await site.read('incidents/docs-down/index.html');
    expect(page).toMatch(/GitHub webhooks incident<\/a><span class="upstream-state"> <span class="icon tone-ok" aria-hidden="true">✓<\/span> <bdi>GitHub<\/bdi>: Resolved <time datetime="2026-11-20T10:02:00.000Z"/);
    expect(page).toMatch(/GitHub Actions incident<\/a><span class="upstream-state"> [^]*?<bdi>GitHub<\/bdi>: Identified, updated <time datetime="2026-11-20T14:38:40.119Z"/);
    expect(page).toMatch(/Someone else<\/a><\/li>/);
  });

  it('publishes /api/upstreams.json with what the page shows', async () => {
    const api = JSON.parse(await site.read('api/upstreams.json'));
    expect(api.upstreams.map((u: { id: string; status: string; source: string }) => `${u.id} ${u.status} ${u.source}`)).toEqual([
      'github major live', 'railbird minor live', 'aws unknown live', 'hostile critical live', 'broken unknown none',
    ]);
    expect(api.upstreams[0].components.map((c: { name: string }) => c.name)).toEqual(['Actions', 'Git Operations', 'API Requests']);
    expect(api.upstreams[0].incidents.map((i: { name: string }) => i.name)).toEqual(['Disruption with some GitHub services', 'Pages database maintenance']);
  });

  it('keeps an upstream\'s text as text and its links at home, in every file', async () => {
    const all = await htmlFiles(site.outDir);
    const html = all.filter((f) => f.file.endsWith('.html'));
    expect(upstreamSection(await site.read('index.html'))).toContain('&lt;script&gt;alert(&quot;xss-status&quot;)&lt;/script&gt;');
    for (const pattern of [/<script>alert/, /<img src=x/, /<iframe/, /href="javascript:/i, /href="data:/i, /href="https:\/\/evil\.example/]) {
      expect(html.filter((f) => pattern.test(f.text)).map((f) => f.file), String(pattern)).toEqual([]);
    }
    const api = JSON.parse(await site.read('api/upstreams.json'));
    const hostile = api.upstreams[3];
    expect([...hostile.components[0].name]).toHaveLength(200);
    expect(hostile.incidents.map((i: { url: string | null }) => i.url)).toEqual([`${fake.origin}/hostile/incidents/evil1`, null]);
  });

  it('says once which upstreams could not be read, and what it left out of the others', () => {
    const unreadable = site.log.split('\n').filter((l) => l.includes('could not be read'));
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatch(/Upstream services could not be read: broken \(.*HTTP 502; status unknown\)\./);
    expect(site.log).toMatch(/Upstream hostile: shown without what its answer got wrong:\n.*components\.2\.name: must be text, not a list/);
  });

  describe('built again while every upstream fails', () => {
    let again: BuiltSite & { ok: boolean };
    beforeAll(async () => {
      fake.fail('*', 'server-error');
      again = await buildSite({ dir: site.contentDir }, { now: '2026-11-20T15:15:00Z', env });
    });
    afterAll(async () => {
      fake.heal();
      fake.fail('/broken/api/v2/summary.json', 'bad-gateway-html');
      await again?.cleanup();
    });

    it('builds, and shows each upstream\'s last good answer, as of when it was read', async () => {
      expect(again.ok, again.log).toBe(true);
      const section = upstreamSection(await again.read('index.html'));
      expect(section).toMatch(/Partial System Outage[^]*?Could not be read for this build; as of <time datetime="2026-11-20T15:00:00.000Z"/);
      expect(section).toMatch(/Broken Provider[^]*?Status unknown/);
      expect(await again.read('components/api/index.html')).toMatch(/GitHub reported a partial outage of Actions<\/a> \(as of <time datetime="2026-11-20T15:00:00.000Z"/);
      expect(again.log).toMatch(/github \(.*HTTP 500; showing its last good answer, as of 2026-11-20T15:00:00.000Z\)/);
    });
  });
});

describe('a site whose upstreams all fail, with no earlier answer', () => {
  it('builds, shows every upstream and its selected components as unknown, and notes nothing', async () => {
    const fake = await startFakeUpstreams();
    fake.fail('*', 'malformed-json');
    try {
      await withBuiltSite({ files: files(fake.origin) }, { now: NOW, env }, async (site) => {
        expect(site.ok, site.log).toBe(true);
        const home = await site.read('index.html');
        const section = upstreamSection(home);
        expect(section.match(/Status unknown/g)).toHaveLength(4);
        expect(section).toMatch(/Actions<\/bdi><span class="status"><span class="icon tone-unknown" aria-hidden="true">\?<\/span> Unknown/);
        expect(section).not.toMatch(/Operational|As of/);
        expect(home).not.toContain('class="upstream-note"');
        expect(await site.read('incidents/docs-down/index.html')).not.toContain('class="upstream-state"');
        expect(site.log.split('\n').filter((l) => l.includes('could not be read'))).toHaveLength(1);
      });
    } finally {
      await fake.close();
    }
  });
});
