import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/catalogue.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { buildSite, withBuiltSite, type BuiltSite } from '../support/build-site.ts';
import { exampleFiles } from '../support/content.ts';
import { englishLeftIn, interfaceText } from '../support/visible-text.ts';

/** The moment the README's screenshots show: an incident is open and a maintenance is coming. */
const NOW = '2026-11-19T10:30:00Z';
const OPEN = '2026-11-19-eu-delivery-delays';


/** Every file under a folder, relative to it. */
async function pathsUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

const others = LOCALES.filter((l) => l.tag !== 'en');

describe('the example site in every language at once (languages: [en, …])', () => {
  let site: BuiltSite & { ok: boolean };
  beforeAll(async () => {
    const files = await exampleFiles();
    files['content/site.yaml'] += `languages: [${LOCALES.map((l) => l.tag).join(', ')}]\n`;
    // One incident translated into German: its words show on the German pages only.
    files[`incidents/${OPEN}.md`] = files[`incidents/${OPEN}.md`]!.replace(/^---\n/, '---\ntranslations:\n  de:\n    title: Verzögerte Zustellung aus der EU-Region\n');
    site = await buildSite({ files }, { now: NOW });
  }, 600_000);
  afterAll(() => site?.cleanup());

  it('builds with no warning but the example\'s own (its upstreams live under .example, never looked up)', () => {
    expect(site.ok, site.log).toBe(true);
    expect(site.log.split('\n').filter((line) => /\[(WARN|ERROR)\]/.test(line))).toEqual([
      expect.stringMatching(/\[WARN\] \[sitrep-upstreams\] Upstream services could not be read: hetzner \(.*\), aws-us-east \(.*\)\.$/),
    ]);
  });

  for (const locale of others) {
    describe(`${locale.tag} (${locale.name})`, () => {
      const pages = ['index.html', 'history/index.html', `incidents/${OPEN}/index.html`, 'incidents/2026-12-03-smtp-tls-upgrade/index.html', 'components/api/index.html', 'embed/index.html', 'subscribe/index.html'];

      it('marks every page with its lang and dir', async () => {
        for (const page of pages) {
          const html = await site.read(`${locale.tag}/${page}`);
          expect(html, page).toContain(`<html lang="${locale.tag}" dir="${locale.dir}">`);
        }
      });

      it('leaves no English word of the interface in the visible text (content excluded)', async () => {
        const left: string[] = [];
        for (const page of pages) {
          const text = interfaceText(await site.read(`${locale.tag}/${page}`), { title: !page.startsWith('incidents/') && !page.startsWith('components/') });
          left.push(...englishLeftIn(text, locale).map((piece) => `${page}: "${piece}"`));
        }
        expect(left).toEqual([]);
      });

      it('has its own feeds, in its words, linking to its pages', async () => {
        const rss = await site.read(`${locale.tag}/rss.xml`);
        expect(rss).toContain(`<link>https://status.quillmail.example/${locale.tag}/</link>`);
        expect(rss).toContain(`https://status.quillmail.example/${locale.tag}/incidents/${OPEN}/`);
        const atom = await site.read(`${locale.tag}/history.atom`);
        expect(atom).toContain(`xml:lang="${locale.tag}"`);
        expect(atom).toContain(`href="https://status.quillmail.example/${locale.tag}/history.atom"`);
        const t = createTranslator(locale);
        expect(atom).toContain(`<title>${escapeMarkup(t.t('feed.atomTitle', { site: 'Quillmail' }))}</title>`);
        expect(atom).toContain(`label="${escapeMarkup(t.t('kind.maintenance'))}"`);
        expect(await site.read(`${locale.tag}/components/api/rss.xml`)).toContain(`https://status.quillmail.example/${locale.tag}/components/api/`);
        const script = await site.read(`${locale.tag}/sitrep.js`);
        expect(script).toContain(`"locale":"${locale.intl ?? locale.tag}"`);
        expect(gzipSync(script).length, 'the script\'s budget').toBeLessThanOrEqual(2 * 1024);
      });
    });
  }

  it('links each page to its copies in every language (hreflang) and offers a switcher that needs no script', async () => {
    const home = await site.read('de/index.html');
    for (const locale of LOCALES) {
      const prefix = locale.tag === 'en' ? '/' : `/${locale.tag}/`;
      expect(home).toContain(`<link rel="alternate" hreflang="${locale.tag}" href="${prefix}">`);
    }
    const incident = await site.read(`ja/incidents/${OPEN}/index.html`);
    expect(incident).toContain(`<link rel="alternate" hreflang="en" href="/incidents/${OPEN}/">`);
    expect(incident).toMatch(/<nav class="languages" aria-label="言語">/);
    expect(incident).toContain(`<a href="/ja/incidents/${OPEN}/" lang="ja" aria-current="page">日本語</a>`);
    expect(incident).toContain(`<a href="/de/incidents/${OPEN}/" lang="de" hreflang="de">Deutsch</a>`);
  });

  it('shows an incident\'s translation on that language\'s pages only', async () => {
    expect(await site.read(`de/incidents/${OPEN}/index.html`)).toContain('<h1 dir="auto">Verzögerte Zustellung aus der EU-Region</h1>');
    expect(await site.read('de/rss.xml')).toContain('<title>Verzögerte Zustellung aus der EU-Region</title>');
    expect(await site.read(`ja/incidents/${OPEN}/index.html`)).toContain('<h1 dir="auto">Delayed delivery from the EU region</h1>');
    expect(await site.read(`incidents/${OPEN}/index.html`)).toContain('<h1 dir="auto">Delayed delivery from the EU region</h1>');
  });

  it('makes the machine outputs once, at the root', async () => {
    const files = await pathsUnder(site.outDir);
    for (const locale of others) {
      expect(files.filter((f) => f.startsWith(`${locale.tag}/`) && /^[^/]+\/(api|badges)\/|maintenance\.ics$|404\.html$/.test(f))).toEqual([]);
    }
    expect(files).toEqual(expect.arrayContaining(['api/v2/summary.json', 'badges/status.svg', 'maintenance.ics', '404.html']));
    expect(JSON.parse(await site.read('api/v2/status.json')).status.description).toBe('Partial System Outage');
  });

  it('has no link that leads nowhere', async () => {
    const files = new Set(await pathsUnder(site.outDir));
    const broken: string[] = [];
    for (const file of [...files].filter((f) => f.endsWith('.html'))) {
      const html = await readFile(path.join(site.outDir, file), 'utf8');
      for (const [, target] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const rel = target!.slice(1);
        if (!(files.has(rel) || files.has(path.join(rel, 'index.html')))) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('a site in one language', () => {
  it('builds nothing under a language folder and links no alternates', async () => {
    const files = await exampleFiles();
    files['content/site.yaml'] += 'language: ja\n';
    await withBuiltSite({ files }, { now: NOW }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      const home = await site.read('index.html');
      expect(home).toMatch(/^<!DOCTYPE html><html lang="ja" dir="ltr">/);
      expect(home).toContain('<h1 id="overall"><span class="icon tone-major" aria-hidden="true">!</span> 一部のシステムで障害が発生しています</h1>');
      expect(home).not.toContain('hreflang');
      expect(home).not.toContain('class="languages"');
      expect((await pathsUnder(site.outDir)).filter((f) => /^(en|ja|de)\//.test(f))).toEqual([]);
    });
  });

  it('fails with the file, line and key of a wrong override', async () => {
    const files = await exampleFiles();
    files['content/site.yaml'] += 'strings:\n  home.componentz: Services\n';
    await withBuiltSite({ files }, {}, async (site) => {
      expect(site.ok).toBe(false);
      expect(site.log).toMatch(/content\/site\.yaml:\d+ +strings\.home\.componentz: is not a message key of Sitrep/);
    });
  });

  it('uses a site\'s own words', async () => {
    const files = await exampleFiles();
    files['content/site.yaml'] += 'strings:\n  home.components: Services\n';
    await withBuiltSite({ files }, { now: NOW }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      expect(await site.read('index.html')).toContain('<h2 id="components">Services</h2>');
    });
  });

  it('falls back to English, with one warning, for a language Sitrep has no words for', async () => {
    const files = await exampleFiles();
    files['content/site.yaml'] += 'language: sw\n';
    await withBuiltSite({ files }, { now: NOW }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      expect(site.log.match(/language "sw" has no translation/g)).toHaveLength(1);
      expect(await site.read('index.html')).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
    });
  });
});
