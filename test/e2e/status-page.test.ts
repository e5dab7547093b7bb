import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { serveFixtureProviders, startFakeUpstreams, type FakeUpstreams } from '../support/fake-upstreams.ts';
import { filesUnder } from '../support/run-script.ts';
import { axeViolations, openPage, siteInBrowser, type SiteInBrowser } from './browser.ts';
import { htmlProblems } from './html-valid.ts';

// The basic fixture at this moment has an incident open, maintenance in progress and upcoming.
const NOW = '2026-11-20T15:00:00Z';
const LONG = 'Supercalifragilisticexpialidocious'.repeat(300);

/**
 * The basic fixture, depending on upstreams in every state: degraded (Statuspage), minor
 * (Instatus), a feed, one that cannot be read, and one with names far too long for a phone.
 * The open incident's upstream link points at GitHub's open incident.
 */
async function basicWithUpstreams(fake: FakeUpstreams): Promise<Record<string, string>> {
  await serveFixtureProviders(fake);
  fake.serve('/long/api/v2/summary.json', {
    status: { indicator: 'major', description: LONG },
    components: [{ id: 'l1', name: LONG, status: 'major_outage' }],
    incidents: [{ id: 'l2', name: LONG, status: 'investigating', impact: 'major' }],
  });
  fake.fail('/broken/api/v2/summary.json', 'server-error');
  const files = await filesUnder(path.join(projectRoot, 'test/fixtures/basic'));
  const upstream = (id: string, name: string, extra = '') => `- id: ${id}\n  name: ${name}\n  url: ${fake.origin}/${id}\n${extra}`;
  return {
    ...files,
    'content/components.yaml': files['content/components.yaml']!
      // On the database, not the API: the keyboard tests expect the API's uptime bar right after its name.
      .replace('  name: Database\n', '  name: Database\n  depends_on: [github/Actions]\n')
      .replace('  name: CDN\n', '  name: CDN\n  depends_on: [railbird, long]\n'),
    'content/upstreams.yaml': [
      upstream('github', 'GitHub', '  components: [Actions, API Requests, Git Operations]\n'),
      upstream('railbird', 'Railbird', '  kind: instatus\n'),
      `- id: aws\n  name: AWS us-east-1\n  url: ${fake.origin}/aws/ec2.rss\n  kind: feed\n`,
      upstream('broken', 'Broken Provider', '  components: [API]\n'),
      upstream('long', LONG.slice(0, 150)),
    ].join(''),
    'incidents/api-errors.md': files['incidents/api-errors.md']!.replace('https://status.provider.example/incidents/123', `${fake.origin}/github/incidents/x7k2mcnqv1zd`),
  };
}
const pages = {
  home: '/',
  incident: '/incidents/api-errors/',
  history: '/history/',
  component: '/components/api/',
  subscribe: '/subscribe/',
  'not found': '/no-such-page/',
};

describe('the status page in Chromium (basic fixture, incident open, upstreams in every state)', () => {
  let env: SiteInBrowser;
  let fake: FakeUpstreams;
  beforeAll(async () => {
    fake = await startFakeUpstreams();
    env = await siteInBrowser({ files: await basicWithUpstreams(fake) }, NOW, { SITREP_UPSTREAM_RETRY_BASE_MS: '10' });
  });
  afterAll(async () => {
    await env?.close();
    await fake?.close();
  });
  const url = (pathname: string) => env.server.origin + pathname;

  /** Opens `pathname` with the browser's clock set `minutes` after the build. */
  async function open(pathname: string, options: Parameters<typeof openPage>[1] & { minutes?: number } = {}) {
    const { minutes = 5, ...rest } = options;
    const opened = await openPage(env.browser, rest);
    await opened.page.clock.install({ time: new Date(Date.parse(NOW) + minutes * 60_000) });
    await opened.page.goto(url(pathname));
    return opened;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const script of [true, false]) {
      it(`axe finds no violation on any page, ${colorScheme}, ${script ? 'with' : 'without'} JavaScript`, async () => {
        const { context, page } = await open('/', { colorScheme, script });
        const found: string[] = [];
        for (const [name, pathname] of Object.entries(pages)) {
          await page.goto(url(pathname));
          found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
        }
        await context.close();
        expect(found).toEqual([]);
      });
    }
  }

  it('shows the overall status in the first screen of a phone, and the incident\'s scope and alternatives, with JavaScript disabled', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const overall = page.getByRole('heading', { level: 1 });
    expect(await overall.textContent()).toContain('Partial System Outage');
    const box = await overall.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    for (const text of ['Writes to the API fail; reads still work.', 'Use the v1 endpoint, which is unaffected.']) {
      expect(await page.getByText(text).isVisible()).toBe(true);
    }
    await context.close();
  });

  it('shows the upstream services after the components at 320 px without JavaScript, each state in words beside its icon', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const section = page.getByRole('region', { name: 'Upstream services' });
    const github = section.getByRole('region', { name: 'GitHub' });
    expect(await github.getByRole('heading', { level: 3 }).innerText()).toMatch(/^GitHub\s*!\s*Partial System Outage$/);
    expect(await github.getByText('Actions').isVisible()).toBe(true);
    expect(await github.getByRole('link', { name: 'Disruption with some GitHub services' }).isVisible()).toBe(true);
    expect(await section.getByRole('region', { name: 'Broken Provider' }).innerText()).toMatch(/\?\s*Status unknown[\s\S]*Could not be read for this build\.[\s\S]*API\s*\?\s*Unknown/);
    expect(await section.getByRole('region', { name: 'AWS us-east-1' }).getByRole('link', { name: /Increased API error rates/ }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'GitHub reports a partial outage of Actions' }).isVisible()).toBe(true);
    await context.close();
  });

  for (const script of [true, false]) {
    it(`never scrolls sideways at 320 px, with every detail open and a day of an uptime bar focused, ${script ? 'with' : 'without'} JavaScript`, async () => {
      const { context, page } = await open('/', { viewport: { width: 320, height: 640 }, script });
      const overflow = async () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      for (const [name, pathname] of Object.entries(pages)) {
        await page.goto(url(pathname));
        // Folded parts (the day-by-day table) count too.
        await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
        expect(await overflow(), name).toBe(0);
      }
      await page.goto(url('/'));
      await page.locator('.bars li').first().focus();
      expect(await overflow()).toBe(0);
      await context.close();
    });
  }

  it('moves keyboard focus in document order, always visibly', async () => {
    const { context, page } = await open('/');
    const stops: { name: string; visible: boolean; after: boolean }[] = [];
    await page.evaluate(() => { (window as unknown as { last: Element | null }).last = null; });
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const w = window as unknown as { last: Element | null };
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const after = !w.last || Boolean(w.last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        w.last = el;
        return { name: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`, visible, after };
      });
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    expect(stops.filter((s) => !s.after)).toEqual([]);
    await context.close();
  });

  it('reads out each day of an uptime bar, and moves between days with the arrow keys within one tab stop', async () => {
    const { context, page } = await open('/');
    const bar = page.locator('.bars').first();
    expect(await bar.ariaSnapshot()).toMatch(/list "[^"]*uptime over 90 days[^"]*":\n\s+- listitem: "\d+ \w+ 2026: /);
    const today = bar.locator('li').last();
    await page.getByRole('link', { name: 'Public API' }).focus();
    await page.keyboard.press('Tab');
    expect(await today.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await today.locator('span').isVisible()).toBe(true);
    expect(await today.locator('span').textContent()).toMatch(/^20 Nov 2026: \d+\.\d+% up, \d+ mins? down$/);
    await page.keyboard.press('ArrowLeft');
    const yesterday = bar.locator('li').nth(88);
    expect(await yesterday.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await yesterday.locator('span').textContent()).toBe('19 Nov 2026: 100% up');
    await page.keyboard.press('Home');
    expect(await bar.locator('li').first().evaluate((el) => el === document.activeElement)).toBe(true);
    // One tab stop per bar, which remembers the day: away and back lands on the same day.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Shift+Tab');
    expect(await bar.locator('li').first().evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('lets a keyboard reach every day of a bar without JavaScript too', async () => {
    const { context, page } = await open('/', { script: false });
    await page.getByRole('link', { name: 'Public API' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.locator('.bars').first().locator('li').first().evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('requests nothing from another origin and logs no error on any page', async () => {
    const { context, page, watched } = await open('/');
    for (const [name, pathname] of Object.entries(pages)) {
      await page.goto(url(pathname));
      await page.waitForLoadState('networkidle');
      // The not-found page is served with status 404, which Chromium logs as an error: that one is the point.
      const errors = name === 'not found' ? watched.errors.filter((e) => !/status of 404/.test(e)) : watched.errors;
      expect(errors, name).toEqual([]);
      watched.errors.length = 0;
    }
    expect(watched.requests.filter((r) => !r.startsWith(`${env.server.origin}/`))).toEqual([]);
    await context.close();
  });

  it('shows times in the reader\'s zone, and says when the page was built', async () => {
    const { context, page } = await open('/', { timezoneId: 'America/New_York', minutes: 12 });
    expect(await page.locator('.built').textContent()).toMatch(/Page built 20 Nov 2026, 10:00 \(12 minutes ago\)/);
    expect(await page.locator('.notices').textContent()).toBe('');
    await context.close();
  });

  it('says plainly that the page is out of date when it was built hours ago', async () => {
    const { context, page } = await open('/', { minutes: 5 * 60 });
    expect(await page.locator('.notices').textContent()).toContain('This page was built 5 hours ago and may be out of date');
    await context.close();
  });

  it('says when it was built only where it shows the current status: other pages stay the same from build to build', async () => {
    const { context, page } = await open('/incidents/api-errors/', { minutes: 5 * 60 });
    expect(await page.locator('.built').count()).toBe(0);
    expect(await page.locator('.notices').textContent()).toBe('');
    await context.close();
  });

  // Pages that show the current status say which one they were built with; others take the first live answer.
  it.each(['/', '/incidents/api-errors/'])('offers a reload on %s when the live status changes, and only then', async (pathname) => {
    const statusFile = path.join(env.site.outDir, 'api/v2/status.json');
    const writeStatus = (indicator: string) =>
      writeFile(statusFile, JSON.stringify({ page: { id: 'x', name: 'Fixture Cloud' }, status: { indicator, description: '' } }));
    await mkdir(path.dirname(statusFile), { recursive: true });
    await writeStatus('major');
    const { context, page } = await open(pathname);
    const news = page.getByText('This page has new information.');
    await page.clock.runFor(61_000);
    await page.waitForLoadState('networkidle');
    expect(await news.count()).toBe(0);
    await writeStatus('none');
    await page.clock.runFor(60_000);
    await news.waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.waitForLoadState('load');
    await context.close();
  });

  it('prints dark on white without navigation or bars, even in dark mode', async () => {
    const { context, page } = await open('/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const look = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(look).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    expect(await page.locator('.bars').first().isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Site' }).isVisible()).toBe(false);
    expect(await page.getByText('Writes to the API fail; reads still work.').isVisible()).toBe(true);
    await context.close();
  });

  it('builds only valid HTML', async () => {
    expect(await htmlProblems(env.site.outDir)).toEqual([]);
  });
});
