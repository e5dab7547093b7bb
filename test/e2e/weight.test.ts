import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, siteInBrowser, type SiteInBrowser } from './browser.ts';

/** The budget: the home page's HTML and CSS in one round trip (about 14 KB after gzip). */
const HOME_BUDGET = 14 * 1024;
const SCRIPT_BUDGET = 2 * 1024;
const NOW = '2026-11-20T15:00:00Z';

const components = ['api', 'dashboard', 'webhooks', 'smtp', 'delivery-eu', 'delivery-us', 'inbound'];
const statuses = ['degraded_performance', 'partial_outage', 'major_outage'];

/** 10,000 resolved incidents, about ten a day back from NOW, plus one open: a busy page's history. */
function busySite(): Record<string, string> {
  const files: Record<string, string> = {
    'content/site.yaml': 'name: Busy Cloud\nurl: https://status.busy.example\ntimezone: Europe/Amsterdam\n',
    'content/components.yaml': components
      .map((id, i) => `- id: ${id}\n  name: Component ${id}\n  group: ${i < 3 ? 'Platform' : i < 6 ? 'Delivery' : ''}\n  slo: 99.9\n`)
      .join('').replace(/\n  group: \n/g, '\n'),
    'incidents/open.md': `---\ntitle: Slow sends\nimpact: minor\ncomponents:\n  api: degraded_performance\nstarted: 2026-11-20T14:00:00Z\nscope: Sends take up to a minute.\nalternatives: None needed; mail is not lost.\n---\n`,
  };
  const end = Date.parse(NOW) - 3_600_000;
  for (let i = 0; i < 10_000; i++) {
    const started = new Date(end - i * 8_640_000 - 7_200_000);
    const resolved = new Date(started.getTime() + (20 + (i % 90)) * 60_000);
    files[`incidents/past-${i}.md`] = [
      '---',
      `title: Past incident number ${i} with a title of ordinary length`,
      `impact: ${['minor', 'major', 'critical'][i % 3]}`,
      'components:',
      `  ${components[i % components.length]}: ${statuses[i % statuses.length]}`,
      `started: ${started.toISOString()}`,
      `resolved: ${resolved.toISOString()}`,
      'scope: Some requests failed.',
      'updates:',
      `  - at: ${resolved.toISOString()}`,
      '    status: resolved',
      '    body: Fixed.',
      '---',
      '',
    ].join('\n');
  }
  return files;
}

describe('the home page of a site with 10,000 past incidents', () => {
  let env: SiteInBrowser;
  beforeAll(async () => {
    env = await siteInBrowser({ files: busySite() }, NOW);
  });
  afterAll(() => env?.close());

  it('fits HTML and CSS in 14 KB gzip, the CSS inlined', async () => {
    const html = await env.site.read('index.html');
    expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/);
    const size = gzipSync(html).length;
    expect(size, `${size} bytes`).toBeLessThanOrEqual(HOME_BUDGET);
  });

  it('keeps its optional script within 2 KB gzip', async () => {
    expect(gzipSync(await readFile(path.join(env.site.outDir, 'sitrep.js'))).length).toBeLessThanOrEqual(SCRIPT_BUDGET);
  });

  it('loads with one document, the optional script and the icon, all from its own origin', async () => {
    const { context, page, watched } = await openPage(env.browser);
    // Chromium asks for the icon after the page loads, and on a busy machine after the network is idle.
    const icon = page.waitForRequest((request) => request.url().endsWith('/favicon.svg'));
    await page.goto(`${env.server.origin}/`);
    await page.waitForLoadState('networkidle');
    await icon;
    expect(watched.requests.map((r) => r.replace(env.server.origin, '')).sort()).toEqual(['/', '/favicon.svg', '/sitrep.js']);
    await context.close();
  });

  it('lists ten recent incidents and points to the rest of the history', async () => {
    const html = await env.site.read('index.html');
    expect(html.match(/href="\/incidents\/past-/g)).toHaveLength(10);
    expect(html).toMatch(/Full history \(\d+ more in the last 14 days\)/);
  });
});
