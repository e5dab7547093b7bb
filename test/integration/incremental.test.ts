import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFiles, buildSite, projectRoot, type BuiltSite } from '../support/build-site.ts';
import { fakeGithubEnv, startFakeGithub, type FakeGithub } from '../support/fake-github.ts';
import { serveFixtureProviders, startFakeUpstreams, type FakeUpstreams } from '../support/fake-upstreams.ts';

const T1 = '2026-11-20T15:00:00Z';
const T2 = '2026-11-20T17:00:00Z';

const files = {
  // One past incident per history page, so that a page of the history can stay the same.
  'content/site.yaml': 'name: Fixture Cloud\nurl: https://status.fixture.example\ntimezone: Europe/Berlin\nhistory:\n  page_size: 1\n',
  'content/components.yaml': '- id: api\n  name: Public API\n- id: web\n  name: Web app\n',
  'incidents/old-outage.md': '---\ntitle: An old outage\ncomponents: [web]\nstarted: 2026-11-01T10:00:00Z\nresolved: 2026-11-01T11:00:00Z\n---\n',
  'incidents/older-outage.md': '---\ntitle: An older outage\ncomponents: [api]\nstarted: 2026-10-01T10:00:00Z\nresolved: 2026-10-01T11:00:00Z\n---\n',
  // At T1 it is on time; by T2 its estimate has passed.
  'incidents/api-slow.md': '---\ntitle: Slow API\nimpact: minor\ncomponents: [api]\nstarted: 2026-11-20T14:00:00Z\neta: 2026-11-20T16:00:00Z\n---\n',
  // Ahead at T1, in progress at T2.
  'incidents/db-window.md': '---\ntitle: Database upgrade\nkind: maintenance\ncomponents: [web]\nscheduled_for: 2026-11-20T16:00:00Z\nscheduled_until: 2026-11-20T18:00:00Z\n---\n',
};

/** Astro's cache folder as the deploy workflow keeps it: CI set, and the folder said to be kept. */
const keptIn = (cache: string) => ({ SITREP_CACHE_DIR: cache, CI: 'true', SITREP_CACHE_KEPT: 'true' });

/** The pages a build copied from the cache instead of rendering. */
const copiedPages = (site: BuiltSite) =>
  [...site.log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/ \/(\S+) \((?:restored|cached)\)/g)].map((m) => m[1]).sort();

/** Files whose bytes differ between two builds, or that only one has. */
async function differences(a: BuiltSite, b: BuiltSite): Promise<string[]> {
  const [left, right] = [await allFiles(a.outDir), await allFiles(b.outDir)].map((all) => new Map(all.map((f) => [f.file, f.text])));
  return [...new Set([...left!.keys(), ...right!.keys()])].filter((file) => left!.get(file) !== right!.get(file)).sort();
}

/**
 * Builds `dir` again with `cache` (the one the deploy workflow keeps), and from scratch, at `now`:
 * the two must be byte-identical, whatever the cache held.
 */
async function warmAndCold(dir: string, cache: string, now: string, env: Record<string, string> = {}) {
  const warm = await buildSite({ dir }, { now, env: { ...env, ...keptIn(cache) } });
  const cold = await buildSite({ dir }, { now, env });
  for (const site of [warm, cold]) if (!site.ok) throw new Error(site.log);
  return { warm, cold, cleanup: () => Promise.all([warm.cleanup(), cold.cleanup()]) };
}

describe('an incremental build, from the cache the deploy workflow keeps', () => {
  let first: BuiltSite & { ok: boolean };
  let cache: string;
  beforeAll(async () => {
    cache = await mkdtemp(path.join(projectRoot, '.tmp', 'cache-'));
    // As in the deploy workflow: CI set (Astro then keeps no compile cache of its own), and the cache folder said to be kept.
    first = await buildSite({ files }, { now: T1, env: keptIn(cache) });
    if (!first.ok) throw new Error(first.log);
  });
  afterAll(async () => {
    await first?.cleanup();
    await rm(cache, { recursive: true, force: true });
  });

  it('keeps the compiled code of the build with the cache', async () => {
    const kept = await readdir(path.join(cache, 'node-compile-cache'), { recursive: true, withFileTypes: true });
    expect(kept.filter((entry) => entry.isFile()).length).toBeGreaterThan(100);
  });

  it('copies only the pages that did not change, and makes the same site as a build from scratch', async () => {
    await writeFile(path.join(first.contentDir, 'incidents/older-outage.md'), `${files['incidents/older-outage.md']}A postmortem, added later.\n`);
    const { warm, cold, cleanup } = await warmAndCold(first.contentDir, cache, T2);
    try {
      // Edited: older-outage and its history page; the clock passed api-slow's estimate and db-window's start.
      expect(copiedPages(warm)).toEqual(['history/index.html', 'incidents/old-outage/index.html']);
      expect(await differences(warm, cold)).toEqual([]);
      expect(warm.log).toContain('3 of 4 incident files unchanged since the last build: not parsed again');
      expect(cold.log).not.toContain('not parsed again');
      expect(await warm.read('incidents/older-outage/index.html')).toContain('A postmortem, added later.');
      expect(await warm.read('incidents/api-slow/index.html')).toContain('passed, no new estimate yet');
      // Only the pages that show the current status say when they were built.
      expect(await warm.read('index.html')).toContain('Page built');
      expect(await warm.read('components/api/index.html')).toContain('Page built');
      expect(await warm.read('incidents/old-outage/index.html')).not.toContain('data-built');
    } finally {
      await cleanup();
    }
  });

  it('renders every incident page again when what frames them changes', async () => {
    await writeFile(path.join(first.contentDir, 'content/components.yaml'), '- id: api\n  name: Public API\n- id: web\n  name: Web application\n');
    const { warm, cold, cleanup } = await warmAndCold(first.contentDir, cache, T2);
    try {
      expect(copiedPages(warm)).toEqual([]);
      expect(await differences(warm, cold)).toEqual([]);
      expect(await warm.read('incidents/old-outage/index.html')).toContain('Web application');
      // A component's new name is not part of an incident; a new component id would be.
      expect(warm.log).toContain('4 of 4 incident files unchanged since the last build: not parsed again');
    } finally {
      await cleanup();
    }
  });
});

describe('a build in CI whose cache folder is not said to be kept', () => {
  it('writes no second copy of its pages and no compiled code there, which no build would read', async () => {
    const cache = await mkdtemp(path.join(projectRoot, '.tmp', 'cache-'));
    const site = await buildSite({ files }, { now: T1, env: { SITREP_CACHE_DIR: cache, CI: 'true' } });
    try {
      if (!site.ok) throw new Error(site.log);
      const kept = (await readdir(cache, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      expect(kept.filter((entry) => entry.name.endsWith('.html'))).toEqual([]);
      expect(kept.filter((entry) => entry.parentPath.includes('node-compile-cache'))).toEqual([]);
      // Astro's content store is still there: the build read the incident files into it.
      expect(kept.length).toBeGreaterThan(0);
      expect(await site.read('incidents/old-outage/index.html')).toContain('An old outage');
    } finally {
      await site.cleanup();
      await rm(cache, { recursive: true, force: true });
    }
  });
});

describe('an incremental build while GitHub fails', () => {
  let github: FakeGithub;
  let first: BuiltSite & { ok: boolean };
  let cache: string;
  const token = 'ghs_IncrementalTestToken';
  beforeAll(async () => {
    github = await startFakeGithub({ owner: 'octo', name: 'status', issues: [{ number: 1, title: 'Slow sends', labels: ['incident'], createdAt: '2026-11-20T14:00:00Z' }] });
    cache = await mkdtemp(path.join(projectRoot, '.tmp', 'cache-'));
    first = await buildSite({ files: { ...files, 'content/site.yaml': `${files['content/site.yaml']}github:\n  repo: octo/status\n` } }, {
      now: T1, env: { ...fakeGithubEnv(github, token), ...keptIn(cache) },
    });
    if (!first.ok) throw new Error(first.log);
  });
  afterAll(async () => {
    await github?.close();
    await first?.cleanup();
    await rm(cache, { recursive: true, force: true });
  });

  it('says "GitHub data as of" on every page, copied ones too', async () => {
    github.fail('server-error');
    const { warm, cold, cleanup } = await warmAndCold(first.contentDir, cache, '2026-11-20T15:10:00Z', fakeGithubEnv(github, token));
    try {
      expect(copiedPages(warm)).toEqual([]);
      expect(await differences(warm, cold)).toEqual([]);
      expect(await warm.read('incidents/old-outage/index.html')).toContain('GitHub data as of');
    } finally {
      await cleanup();
    }
  });
});

describe('an incremental build when an upstream incident that a page links to moves on', () => {
  let upstreams: FakeUpstreams;
  let first: BuiltSite & { ok: boolean };
  let cache: string;
  const env = { SITREP_UPSTREAM_RETRY_BASE_MS: '10' };
  beforeAll(async () => {
    upstreams = await startFakeUpstreams();
    await serveFixtureProviders(upstreams);
    cache = await mkdtemp(path.join(projectRoot, '.tmp', 'cache-'));
    first = await buildSite({
      files: {
        ...files,
        'content/upstreams.yaml': `- id: github\n  name: GitHub\n  url: ${upstreams.origin}/github\n`,
        'incidents/old-outage.md': files['incidents/old-outage.md'].replace('---\n', `---\nupstream:\n  - name: GitHub Actions incident\n    url: ${upstreams.origin}/github/incidents/x7k2mcnqv1zd/\n`),
      },
    }, { now: T1, env: { ...env, ...keptIn(cache) } });
    if (!first.ok) throw new Error(first.log);
  });
  afterAll(async () => {
    await upstreams?.close();
    await first?.cleanup();
    await rm(cache, { recursive: true, force: true });
  });

  it('renders the page that links to it again, from what this build read', async () => {
    // The upstream stops answering: the link now says its state is as of the last good read.
    upstreams.fail('*', 'server-error');
    const { warm, cold, cleanup } = await warmAndCold(first.contentDir, cache, T1, env);
    try {
      expect(copiedPages(warm)).not.toContain('incidents/old-outage/index.html');
      expect(copiedPages(warm)).toContain('incidents/older-outage/index.html');
      expect(await warm.read('incidents/old-outage/index.html')).not.toBe(await first.read('incidents/old-outage/index.html'));
      expect(await differences(warm, cold)).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});

describe('an incremental build of a site in two languages', () => {
  let first: BuiltSite & { ok: boolean };
  let cache: string;
  const site = `${files['content/site.yaml']}languages: [en, de]\n`;
  beforeAll(async () => {
    cache = await mkdtemp(path.join(projectRoot, '.tmp', 'cache-'));
    first = await buildSite({ files: { ...files, 'content/site.yaml': site } }, { now: T1, env: keptIn(cache) });
    if (!first.ok) throw new Error(first.log);
  });
  afterAll(async () => {
    await first?.cleanup();
    await rm(cache, { recursive: true, force: true });
  });

  it('copies each language\'s unchanged pages, and renders an edited incident again in every language', async () => {
    await writeFile(path.join(first.contentDir, 'incidents/older-outage.md'), `${files['incidents/older-outage.md']}A postmortem, added later.\n`);
    const { warm, cold, cleanup } = await warmAndCold(first.contentDir, cache, T1);
    try {
      const copied = copiedPages(warm);
      expect(copied).toEqual(expect.arrayContaining(['incidents/old-outage/index.html', 'de/incidents/old-outage/index.html']));
      expect(copied.filter((page) => page!.includes('older-outage'))).toEqual([]);
      expect(await differences(warm, cold)).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  // The site's settings, `strings:` too, frame every page in every language.
  it('renders every page again when the site\'s words change', async () => {
    await writeFile(path.join(first.contentDir, 'content/site.yaml'), `${site}strings:\n  de:\n    layout.skip: Direkt zum Inhalt\n`);
    const { warm, cold, cleanup } = await warmAndCold(first.contentDir, cache, T1);
    try {
      expect(copiedPages(warm)).toEqual([]);
      expect(await differences(warm, cold)).toEqual([]);
      expect(await warm.read('de/incidents/old-outage/index.html')).toContain('Direkt zum Inhalt');
      expect(await warm.read('incidents/old-outage/index.html')).not.toContain('Direkt zum Inhalt');
    } finally {
      await cleanup();
    }
  });
});
