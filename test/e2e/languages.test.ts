import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles } from '../support/content.ts';
import { axeViolations, openPage, siteInBrowser, type SiteInBrowser } from './browser.ts';
import { htmlProblems } from './html-valid.ts';

/** An incident of the example content is open and a maintenance is coming. */
const NOW = '2026-11-19T10:30:00Z';
const OPEN = '2026-11-19-eu-delivery-delays';

/** The example content with German, Arabic and Japanese beside English. */
async function exampleInFourLanguages(): Promise<Record<string, string>> {
  const files = await exampleFiles();
  files['content/site.yaml'] += 'languages: [en, de, ar, ja]\n';
  return files;
}

describe('the example site in German, Arabic and Japanese, in Chromium', () => {
  let env: SiteInBrowser;
  beforeAll(async () => {
    env = await siteInBrowser({ files: await exampleInFourLanguages() }, NOW);
  });
  afterAll(() => env?.close());

  async function open(pathname: string, options: Parameters<typeof openPage>[1] = {}) {
    const opened = await openPage(env.browser, options);
    await opened.page.clock.install({ time: new Date(Date.parse(NOW) + 5 * 60_000) });
    await opened.page.goto(env.server.origin + pathname);
    return opened;
  }

  for (const lang of ['de', 'ar', 'ja']) {
    const pages = [`/${lang}/`, `/${lang}/incidents/${OPEN}/`, `/${lang}/history/`, `/${lang}/components/delivery-eu/`];

    for (const colorScheme of ['light', 'dark'] as const) {
      for (const script of [true, false]) {
        it(`${lang}: axe finds no violation on any page, ${colorScheme}, ${script ? 'with' : 'without'} JavaScript`, async () => {
          const { context, page } = await open(pages[0]!, { colorScheme, script });
          const found: string[] = [];
          for (const pathname of pages) {
            await page.goto(env.server.origin + pathname);
            found.push(...(await axeViolations(page)).map((v) => `${pathname}: ${v}`));
          }
          await context.close();
          expect(found).toEqual([]);
        }, 180_000);
      }
    }

    for (const script of [true, false]) {
      it(`${lang}: never scrolls sideways at 320 px, with every detail open and a day focused, ${script ? 'with' : 'without'} JavaScript`, async () => {
        const { context, page } = await open(pages[0]!, { viewport: { width: 320, height: 640 }, script });
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        // The embed too: it is made to sit in a narrow frame.
        for (const pathname of [...pages, `/${lang}/embed/`]) {
          await page.goto(env.server.origin + pathname);
          await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
          expect(await overflow(), pathname).toBe(0);
        }
        await page.goto(env.server.origin + pages[0]!);
        for (const day of [0, 45, 89]) {
          await page.locator('.bars li').nth(day).focus();
          expect(await overflow(), `day ${day} focused`).toBe(0);
        }
        await context.close();
      }, 180_000);
    }

    it(`${lang}: shows the status and the incident's facts without JavaScript, in its words`, async () => {
      const { context, page } = await open(pages[0]!, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      const heading = page.getByRole('heading', { level: 1 });
      const expected = { de: 'Teilweiser Systemausfall', ar: 'انقطاع جزئي في النظام', ja: '一部のシステムで障害が発生しています' }[lang]!;
      expect(await heading.textContent()).toContain(expected);
      const box = await heading.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(640);
      expect(await page.getByText('Accounts whose sending region is EU (about a third of traffic)').isVisible()).toBe(true);
      await context.close();
    });

    it(`${lang}: says when the page was built in its own words where the script runs`, async () => {
      const { context, page } = await open(pages[0]!, { timezoneId: 'Asia/Tokyo' });
      const zone = await page.locator('[data-zone]').textContent();
      expect(zone).toContain('Asia/Tokyo');
      expect(zone).not.toContain('your time zone');
      const time = await page.locator('.built time').textContent();
      expect(time).toBe(await page.evaluate(([locale]) => {
        const el = document.querySelector('.built time')!;
        const date = new Date(el.getAttribute('datetime')!);
        const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
        return `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)} (${rtf.format(-5, 'minute')})`;
      }, [lang]));
      await context.close();
    });
  }

  it('ar: mirrors the page: cards, timeline and uptime bars start on the right', async () => {
    const { context, page } = await open(`/ar/`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const card = await page.locator('.card').first().evaluate((el) => ({ right: getComputedStyle(el).borderRightWidth, left: getComputedStyle(el).borderLeftWidth }));
    expect(card).toEqual({ right: '6px', left: '1px' });
    const bars = page.locator('.bars').first().locator('li');
    const oldest = (await bars.first().boundingBox())!;
    const today = (await bars.last().boundingBox())!;
    expect(today.x).toBeLessThan(oldest.x);
    // Today, the last day, sits on the left: the right arrow goes back in time, as it looks.
    await bars.last().focus();
    await page.keyboard.press('ArrowRight');
    expect(await bars.nth(88).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await bars.last().evaluate((el) => el === document.activeElement)).toBe(true);
    const tip = (await bars.last().locator('span').boundingBox())!;
    const bar = (await page.locator('.bars').first().boundingBox())!;
    expect(Math.round(tip.x + tip.width)).toBe(Math.round(bar.x + bar.width));
    await context.close();
  });

  it('ar: keeps names and titles in Latin script in their own direction', async () => {
    const { context, page } = await open(`/ar/incidents/${OPEN}/`);
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.locator('.facts bdi').first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    await context.close();
  });

  it('offers every language from every page, without JavaScript', async () => {
    const { context, page } = await open(`/ja/components/delivery-eu/`, { javaScriptEnabled: false });
    const switcher = page.getByRole('navigation', { name: '言語' });
    await switcher.getByRole('link', { name: 'العربية' }).click();
    expect(new URL(page.url()).pathname).toBe('/ar/components/delivery-eu/');
    expect(await page.getByRole('navigation', { name: 'اللغات' }).getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/components/delivery-eu/');
    await context.close();
  });

  it('builds only valid HTML', async () => {
    expect(await htmlProblems(env.site.outDir)).toEqual([]);
  });
});
