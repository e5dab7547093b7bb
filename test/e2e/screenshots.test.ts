import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { filesUnder } from '../support/run-script.ts';
import { serveExampleProviders, startFakeUpstreams, type FakeUpstreams } from '../support/fake-upstreams.ts';
import { axeViolations, openPage, siteInBrowser, type SiteInBrowser } from './browser.ts';
import { htmlProblems } from './html-valid.ts';

/**
 * The moment the README's screenshots show, so they come out the same on every run: an
 * incident of the example content is open and a maintenance is coming.
 */
const NOW = '2026-11-19T10:30:00Z';
const shots = path.join(projectRoot, 'docs/screenshots');

describe('the example site, as the README shows it, its upstreams served locally', () => {
  let env: SiteInBrowser;
  let fake: FakeUpstreams;
  beforeAll(async () => {
    fake = await startFakeUpstreams();
    env = await siteInBrowser({ files: await serveExampleProviders(fake, await filesUnder(path.join(projectRoot, 'test/fixtures/example'))) }, NOW);
    await mkdir(shots, { recursive: true });
  });
  afterAll(async () => {
    await env?.close();
    await fake?.close();
  });

  const views = [
    { file: 'light.png', colorScheme: 'light', viewport: { width: 1200, height: 1100 } },
    { file: 'dark.png', colorScheme: 'dark', viewport: { width: 1200, height: 1100 } },
    { file: 'phone.png', colorScheme: 'light', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true },
  ] as const;

  for (const { file, ...options } of views) {
    it(`is photographed for docs/screenshots/${file}, and axe finds nothing there`, async () => {
      const { context, page } = await openPage(env.browser, options);
      // Five minutes after the build, so the relative times read the same on every run.
      await page.clock.install({ time: new Date(Date.parse(NOW) + 5 * 60_000) });
      await page.goto(`${env.server.origin}/`);
      await page.screenshot({ path: path.join(shots, file) });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('shows its providers\' state beside its own, and the state of the upstream incident its open incident links to', async () => {
    const home = await env.site.read('index.html');
    expect(home).toMatch(/Hetzner Cloud[\s\S]*Minor Service Outage[\s\S]*Partially Degraded Service[\s\S]*Network Frankfurt[\s\S]*Partial outage/);
    expect(home).toContain('Hetzner Cloud reports a partial outage of Network Frankfurt');
    expect(home).toMatch(/Hetzner Cloud, Frankfurt network<\/a><span class="upstream-state">[\s\S]*?Hetzner Cloud(<\/bdi>)?: Identified, updated/);
    expect(home).toContain('Increased launch latency');
  });

  it('builds only valid HTML', async () => {
    expect(await htmlProblems(env.site.outDir)).toEqual([]);
  });

  it('fits its home page in 14 KB gzip', async () => {
    const size = gzipSync(await env.site.read('index.html')).length;
    expect(size, `${size} bytes`).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('the example site in Arabic and Japanese, as the README shows it beside the English one', () => {
  for (const language of ['ar', 'ja']) {
    it(`is photographed for docs/screenshots/${language}.png, and axe finds nothing there`, async () => {
      const fake = await startFakeUpstreams();
      const files = await serveExampleProviders(fake, await filesUnder(path.join(projectRoot, 'test/fixtures/example')));
      files['content/site.yaml'] += `language: ${language}\n`;
      const env = await siteInBrowser({ files }, NOW);
      try {
        const { context, page } = await openPage(env.browser, { colorScheme: 'light', viewport: { width: 1200, height: 1100 }, locale: language });
        await page.clock.install({ time: new Date(Date.parse(NOW) + 5 * 60_000) });
        await page.goto(`${env.server.origin}/`);
        await page.screenshot({ path: path.join(shots, `${language}.png`) });
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      } finally {
        await env.close();
        await fake.close();
      }
    }, 240_000);
  }
});
