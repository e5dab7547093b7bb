import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, withBuiltSite, type BuiltSite } from '../support/build-site.ts';

describe('a site built from the basic fixture at 15:00 UTC on 20 Nov 2026', () => {
  let site: BuiltSite & { ok: boolean };
  beforeAll(async () => {
    site = await buildSite({ fixture: 'basic' }, { now: '2026-11-20T15:00:00Z' });
    if (!site.ok) throw new Error(site.log);
  });
  afterAll(() => site?.cleanup());

  it('does not say all systems are operational while an incident is open', async () => {
    const home = await site.read('index.html');
    expect(home).not.toContain('All Systems Operational');
    expect(home).toContain('Partial System Outage');
  });

  it('shows every field of the active incident on the home page', async () => {
    const home = await site.read('index.html');
    for (const text of [
      'Elevated error rates on the API', 'Writes to the API fail; reads still work.',
      'Customers using the v2 API in eu-west', 'Use the v1 endpoint, which is unaffected.',
      'datetime="2026-11-20T16:00:00.000Z"', 'https://status.provider.example/incidents/123',
      'Example Cloud Provider, eu-west', '<strong>rejecting writes</strong>',
    ]) expect(home).toContain(text);
  });

  it('shows maintenance in progress and upcoming', async () => {
    const home = await site.read('index.html');
    expect(home).toMatch(/Maintenance in progress[\s\S]*Database version upgrade/);
    expect(home).toMatch(/Upcoming maintenance[\s\S]*CDN provider migration/);
  });

  it('gives each incident a page with its whole timeline, newest first', async () => {
    const page = await site.read('incidents/api-errors/index.html');
    expect(page.indexOf('A faulty load balancer pool')).toBeLessThan(page.indexOf('We are investigating'));
  });

  it('leaves withdrawn incidents out of every page and the feed', async () => {
    await expect(site.read('incidents/withdrawn-scare/index.html')).rejects.toThrow();
    expect(await site.read('history/index.html')).not.toContain('False alarm');
    expect(await site.read('rss.xml')).not.toContain('False alarm');
  });

  it('says how long an item lasted only once it is over, not for maintenance in progress or ahead', async () => {
    expect(await site.read('components/db/index.html')).not.toContain('lasted');
    expect(await site.read('components/cdn/index.html')).not.toContain('lasted');
    expect(await site.read('components/web/index.html')).toMatch(/Web app unreachable[\s\S]*lasted/);
  });

  it('lists past incidents in the history', async () => {
    expect(await site.read('history/index.html')).toContain('Web app unreachable');
  });

  it('writes an RSS feed with absolute links and a self link', async () => {
    const rss = await site.read('rss.xml');
    expect(rss).toContain('<atom:link href="https://status.fixture.example/rss.xml" rel="self"');
    expect(rss).toContain('<link>https://status.fixture.example/incidents/api-errors/</link>');
    expect(rss).toContain('Use the v1 endpoint');
  });

  it('links every page\'s header to a Subscribe page with every way to follow', async () => {
    for (const file of ['index.html', 'history/index.html', 'incidents/api-errors/index.html', 'components/api/index.html', '404.html']) {
      expect(await site.read(file), file).toMatch(/<nav aria-label="Site">[\s\S]*<a href="\/subscribe\/">Subscribe<\/a>/);
    }
    const page = await site.read('subscribe/index.html');
    for (const text of [
      '<code class="copy" dir="ltr" translate="no">https://status.fixture.example/rss.xml</code>', 'https://status.fixture.example/history.atom',
      'https://status.fixture.example/components/api/rss.xml', 'https://status.fixture.example/maintenance.ics',
      '/feed subscribe https://status.fixture.example/rss.xml', 'href="https://lists.fixture.example/status"',
      'https://status.fixture.example/badges/status.svg', 'https://status.fixture.example/api/v2/summary.json',
    ]) expect(page).toContain(text);
  });
});

describe('a site built from the basic fixture after the open incident\'s estimate passed', () => {
  let site: BuiltSite & { ok: boolean };
  beforeAll(async () => {
    site = await buildSite({ fixture: 'basic' }, { now: '2026-11-20T16:30:00Z' });
    if (!site.ok) throw new Error(site.log);
  });
  afterAll(() => site?.cleanup());

  it('says the estimate has passed rather than showing it as a promise', async () => {
    const home = await site.read('index.html');
    expect(home).toMatch(/datetime="2026-11-20T16:00:00.000Z"[^<]*<\/time> \(passed, no new estimate yet\)/);
    expect(await site.read('incidents/api-errors/index.html')).toContain('(passed, no new estimate yet)');
  });
});

describe('an incident page\'s description for search engines and link previews', () => {
  it('is the scope as plain text, without its Markdown', async () => {
    await withBuiltSite({
      files: {
        'content/site.yaml': 'name: Cloud\nurl: https://status.cloud.example\n',
        'content/components.yaml': '- id: api\n  name: API\n',
        'incidents/api-down.md': '---\ntitle: API errors\ncomponents: [api]\nstarted: 2026-11-20T14:00:00Z\nscope: Writes to the **API** fail; see [the docs](https://docs.example).\n---\n',
      },
    }, { now: '2026-11-20T15:00:00Z' }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      expect(await site.read('incidents/api-down/index.html')).toContain('<meta name="description" content="Writes to the API fail; see the docs.">');
    });
  });
});

describe('a home page with only a notice posted', () => {
  it('calls it a notice, not an open incident, under "All Systems Operational"', async () => {
    await withBuiltSite({
      files: {
        'content/site.yaml': 'name: Cloud\nurl: https://status.cloud.example\n',
        'content/components.yaml': '- id: api\n  name: API\n',
        'incidents/new-ips.md': '---\ntitle: New IP addresses\nkind: notice\nstarted: 2026-11-20T14:00:00Z\n---\n',
      },
    }, { now: '2026-11-20T15:00:00Z' }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      const home = await site.read('index.html');
      expect(home).toContain('All Systems Operational');
      expect(home).not.toContain('incident is open');
      expect(home).toContain('One notice is posted. Details below.');
    });
  });
});
