import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, siteInBrowser, type SiteInBrowser } from './browser.ts';
import { htmlProblems } from './html-valid.ts';

const NOW = '2026-11-20T15:00:00Z';
const long = 'Supercalifragilisticexpialidocious'.repeat(4);

/** Content written without a thought for phones: long words, links, code, tables, names. */
const files = {
  'content/site.yaml': 'name: A Company With A Really Quite Long Name Indeed\nurl: https://status.long.example\n',
  'content/components.yaml': Array.from({ length: 12 }, (_, i) =>
    `- id: c${i}\n  name: ${i === 0 ? long : `Component number ${i} with a long descriptive name`}\n  group: ${i < 6 ? 'The first group of many components' : 'Second'}\n`).join(''),
  'incidents/long.md': [
    '---',
    `title: ${long} is down`,
    'impact: critical',
    'components:',
    '  c0: major_outage',
    '  c1: partial_outage',
    'started: 2026-11-20T14:00:00Z',
    `scope: Everything at https://example.com/${'a-very-long-path/'.repeat(8)} fails.`,
    `alternatives: Use \`${'curl --retry 5 '.repeat(6)}\` instead.`,
    'upstream:',
    `  - name: ${long} provider`,
    `    url: https://status.example.net/${'x'.repeat(120)}`,
    'updates:',
    '  - at: 2026-11-20T14:10:00Z',
    '    status: investigating',
    `    body: "${long} ${long}"`,
    '---',
    '```',
    `${'SELECT * FROM a_table_with_a_long_name WHERE '.repeat(4)}`,
    '```',
    '',
    '| Region | Status | Started | Notes | More notes | Even more |',
    '| --- | --- | --- | --- | --- | --- |',
    `| eu-west-1 | down | 14:00 | ${long} | ${long} | ${long} |`,
    '',
  ].join('\n'),
};

describe('a page with long names, links, code and tables', () => {
  let env: SiteInBrowser;
  beforeAll(async () => {
    env = await siteInBrowser({ files }, NOW);
  });
  afterAll(() => env?.close());

  for (const pathname of ['/', '/incidents/long/', '/components/c0/']) {
    it(`fits ${pathname} into 320 px, and axe finds nothing there`, async () => {
      const { context, page } = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
      await page.goto(env.server.origin + pathname);
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('builds only valid HTML', async () => {
    expect(await htmlProblems(env.site.outDir)).toEqual([]);
  });
});
