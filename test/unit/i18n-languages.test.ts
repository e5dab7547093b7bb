import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/catalogue.ts';
import ENGLISH from '../../src/lib/i18n/locales/en.ts';
import { resolveLocale } from '../../src/lib/i18n/locale-tags.ts';
import { clientScript } from '../../src/lib/i18n/client-script.ts';
import { incidentIn } from '../../src/lib/i18n/incident-translation.ts';
import type { Locale } from '../../src/lib/i18n/locale.ts';
import { languageWarnings } from '../../src/lib/i18n/language-settings.ts';
import { loadLocales, loadSiteLanguages, siteLanguages } from '../../src/lib/i18n/site-languages.ts';
import { parseIncidentFile, parseSiteSettings } from '../../src/lib/content/parse.ts';
import { makeIncident } from '../support/content.ts';
import { english, translatorFor } from '../support/i18n.ts';

const site = (yaml: string) => parseSiteSettings(`name: X\nurl: https://x.example\n${yaml}`, 'content/site.yaml');
const messages = (site: ReturnType<typeof parseSiteSettings>) => siteLanguages(site.value!, LOCALES).languages;

describe('choosing the locale for a BCP 47 tag', () => {
  const fake = (tag: string): Locale => ({ ...ENGLISH, tag });
  const shelf = ['en', 'de', 'pt', 'pt-BR', 'zh-Hans', 'zh-Hant', 'nb', 'tl', 'he', 'id'].map(fake);
  it.each([
    ['de-AT', 'de'], ['de-CH-1996', 'de'], ['pt-BR', 'pt-BR'], ['pt-br', 'pt-BR'], ['pt-PT', 'pt'], ['pt', 'pt'],
    ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-CN', 'zh-Hans'], ['zh', 'zh-Hans'], ['zh-Hant-TW', 'zh-Hant'],
    ['no', 'nb'], ['nb-NO', 'nb'], ['fil', 'tl'], ['iw', 'he'], ['in', 'id'], ['en-US', 'en'],
  ])('%s is served by %s', (tag, expected) => {
    expect(resolveLocale(tag, shelf)?.tag).toBe(expected);
  });

  it('finds nothing for a language Sitrep has no words for, or for what is no tag at all', () => {
    expect(resolveLocale('sw', shelf)).toBeNull();
    expect(resolveLocale('not a tag', shelf)).toBeNull();
  });

  it('serves the shipped locales', () => {
    expect(resolveLocale('ar-EG', LOCALES)?.dir).toBe('rtl');
    expect(resolveLocale('ja-JP', LOCALES)?.tag).toBe('ja');
  });
});

describe('site.language and languages', () => {
  it('keeps English pages, with one warning, for a language without a catalogue', () => {
    const s = site('language: sw');
    expect(s.problems).toEqual([]);
    const [only] = messages(s);
    expect(only!.t.t('layout.history')).toBe('History');
    expect(only!.t.lang).toBe('en');
    expect(languageWarnings(s.value!, [])).toEqual(['content/site.yaml: language "sw" has no translation of Sitrep\'s words; the pages use English']);
    expect(languageWarnings(site('language: de-AT').value!, [])).toEqual([]);
  });

  it('keeps the site\'s own tag for lang and dates (de-AT) while the words are German', () => {
    const [only] = messages(site('language: de-AT'));
    expect(only!.t.lang).toBe('de-AT');
    expect(only!.t.month(new Date('2026-01-15T12:00:00Z'), 'Etc/UTC')).toBe('Jänner 2026');
    expect(only!.t.t('layout.history')).toBe('Verlauf');
  });

  it('builds the first of languages at the root and each other under its tag', () => {
    const langs = messages(site('languages: [en, de, ar]'));
    expect(langs.map((l) => [l.tag, l.prefix, l.t.dir])).toEqual([['en', '', 'ltr'], ['de', 'de/', 'ltr'], ['ar', 'ar/', 'rtl']]);
  });

  it('names a language without a catalogue, a repeated one and a clash with language', () => {
    expect(site('languages: [en, sw, en]').problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'languages.1: "sw" has no translation of Sitrep\'s words',
      'languages.2: "en" is listed twice',
    ]);
    expect(site('language: de\nlanguages: [en, de]').problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'language: must be the first of languages (en), or be left out',
    ]);
    expect(site('language: "x y"').problems.map((p) => p.field)).toEqual(['language']);
  });

  it('loads only the catalogues the site\'s languages need, and serves them as the whole shelf would', async () => {
    expect((await loadLocales(['de-AT', 'zh-TW', 'no', 'sw', 'de'])).map((l) => l.tag)).toEqual(['de', 'zh-Hant', 'nb']);
    for (const yaml of ['language: de-AT', 'languages: [en, pt-BR, ar, zh-TW]', 'language: sw', 'languages: [fil, he]\nstrings:\n  he:\n    layout.history: היסטוריה']) {
      const { value } = site(yaml);
      const loaded = await loadSiteLanguages(value!);
      const whole = siteLanguages(value!, LOCALES);
      expect(loaded.languages.map((l) => [l.tag, l.prefix, l.t.lang, l.t.locale])).toEqual(whole.languages.map((l) => [l.tag, l.prefix, l.t.lang, l.t.locale]));
      expect(loaded.languages.map((l) => l.t.t('layout.history'))).toEqual(whole.languages.map((l) => l.t.t('layout.history')));
    }
  });

  it('warns about incident translations into a language the site is not built in', () => {
    const incident = makeIncident('a', { started: '2026-11-20T14:00:00Z', translations: { fr: { title: 'Panne' } } });
    expect(languageWarnings(site('languages: [en, de]').value!, [incident]))
      .toEqual(['incidents/a.md: translations into fr are not shown: the site\'s languages are en, de']);
  });
});

describe('strings: a site\'s own words', () => {
  it('replaces a message, for the first language and under a language\'s tag', () => {
    const s = site([
      'languages: [en, de]',
      'strings:',
      '  home.components: Services',
      '  de:',
      '    home.components: Dienste',
      '    home.summaryIncidents: { one: "Eine Störung.", other: "{count} Störungen." }',
    ].join('\n'));
    expect(s.problems).toEqual([]);
    const [en, de] = messages(s);
    expect(en!.t.t('home.components')).toBe('Services');
    expect(de!.t.t('home.components')).toBe('Dienste');
    expect(de!.t.plural('home.summaryIncidents', 3)).toBe('3 Störungen.');
    expect(de!.t.t('home.recent')).toBe('Jüngster Verlauf');
  });

  it('names an unknown key, wrong placeholders, wrong plural forms and a language the site does not have', () => {
    const s = site([
      'languages: [en, de]',
      'strings:',
      '  home.componentz: Services',
      '  layout.built: "Built at {when}."',
      '  layout.zone: "Times are in your zone."',
      '  home.summaryIncidents: { one: "One.", few: "A few." }',
      '  home.recent: { other: "x" }',
      '  fr:',
      '    home.recent: Historique',
    ].join('\n'));
    expect(s.problems.map((p) => `${s.problems[0]!.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
      'content/site.yaml:6 strings.layout.built: uses {when}, which the English text does not have',
      'content/site.yaml:7 strings.layout.zone: leaves out {zone}',
      'content/site.yaml:8 strings.home.summaryIncidents: has plural forms few that en does not use; its forms are one, other',
      'content/site.yaml:9 strings.home.recent: must be a text: this message has no plural forms',
      'content/site.yaml:5 strings.home.componentz: is not a message key of Sitrep (check the spelling; every key is in src/lib/i18n/locales/en.ts)',
      'content/site.yaml:11 strings.fr: is not one of the site\'s languages (en, de)',
    ]);
  });

  it('wants a map under a language\'s tag', () => {
    expect(site('languages: [en, de]\nstrings:\n  de: Dienste').problems.map((p) => `${p.field}: ${p.message}`))
      .toEqual(['strings.de: must be a map of message keys to texts, for that language']);
  });
});

describe('a translator', () => {
  it('picks plural forms by the language\'s rules and formats numbers its way', () => {
    const ar = translatorFor('ar');
    expect(ar.plural('uptime.days', 2)).toBe('يومين');
    expect(ar.plural('uptime.days', 5)).toBe(`${ar.number(5)} أيام`);
    expect(ar.plural('uptime.days', 90)).toBe(`${ar.number(90)} يومًا`);
    expect(translatorFor('de').percent(0.999)).toBe('99,9\u00a0%');
    expect(english.plural('home.summaryIncidents', 1)).toBe('One incident is open. Details below.');
  });

  it('writes each number as Intl does, also once it has forgotten the first ones it wrote', () => {
    const de = translatorFor('de');
    const intl = new Intl.NumberFormat('de');
    const asked = [1234.5, ...Array.from({ length: 10_001 }, (_, i) => i * 1000), 1234.5, 0, 7_000];
    expect(asked.map((n) => de.number(n))).toEqual(asked.map((n) => intl.format(n)));
    expect(de.plural('home.summaryIncidents', 1234)).toBe(`${intl.format(1234)} Störungen sind offen. Details unten.`);
  });

  it('formats durations, lists and dates through Intl', () => {
    const ja = translatorFor('ja');
    expect(ja.duration(9_300_000)).toBe('2 時間 35 分');
    expect(ja.list(['A', 'B'])).not.toContain(', ');
    expect(english.duration(9_300_000)).toBe('2 hrs, 35 mins');
    expect(english.dateTime(new Date('2026-11-19T09:12:00Z'), 'Europe/Amsterdam')).toBe('19 Nov 2026, 10:12 CET');
  });

  it('escapes a message\'s own text as HTML and inserts markup where the language puts it', () => {
    expect(english.html('text.labelled', { label: '<b>A</b>', value: 'x' })).toBe('<b>A</b>: x');
    expect(translatorFor('ja').html('text.labelled', { label: '<b>A</b>', value: 'x' })).toBe('<b>A</b>：x');
  });
});

describe('an incident in another language', () => {
  const incident = makeIncident('a', {
    title: 'Slow sends', started: '2026-11-20T14:00:00Z', scope: 'Sends are slow.', eta: 'within the hour',
    updates: [{ at: '2026-11-20T14:05:00Z', status: 'investigating', body: 'Looking.' }, { at: '2026-11-20T14:30:00Z', status: 'identified', body: 'Found it.' }],
    translations: { de: { title: 'Langsamer Versand', eta: 'innerhalb der Stunde', updates: [{ at: '2026-11-20T14:05:00Z', body: 'Wir sehen nach.' }] } },
  });

  it('shows what is translated, and the rest as written', () => {
    const de = incidentIn(incident, 'de');
    expect([de.title, de.scope, de.eta]).toEqual(['Langsamer Versand', 'Sends are slow.', 'innerhalb der Stunde']);
    expect(de.updates.map((u) => u.body)).toEqual(['Found it.', 'Wir sehen nach.']);
    expect(incidentIn(incident, 'fr')).toBe(incident);
  });

  it('names a translated update whose time matches no update', () => {
    const text = '---\ntitle: A\nstarted: 2026-11-20T14:00:00Z\nupdates:\n  - at: 2026-11-20T14:05:00Z\n    status: investigating\n    body: Looking.\ntranslations:\n  de:\n    updates:\n      - at: 2026-11-20T14:06:00Z\n        body: Wir sehen nach.\n---\n';
    const parsed = parseIncidentFile(text, 'incidents/a.md', 'a', []);
    expect(parsed.problems.map((p) => `${p.line} ${p.field}: ${p.message}`))
      .toEqual(['11 translations.de.updates.0.at: names no update of this incident: give the `at` of the update it translates']);
  });
});

describe('the page script', () => {
  it('gets the page language\'s words as JSON that no text can break out of', () => {
    const out = clientScript('const M = __MESSAGES__;', translatorFor('ja'));
    const words = JSON.parse(out.slice('const M = '.length, -1));
    expect(words).toMatchObject({ locale: 'ja', reload: '再読み込み' });
    expect(words.stale).toContain('{ago}');
    const hostile = siteLanguages(site('strings:\n  script.reload: "</script><script>alert(1)</script>"').value!, LOCALES).languages[0]!.t;
    expect(clientScript('__MESSAGES__', hostile)).not.toContain('</script>');
  });

  it('refuses a source without its marker', () => {
    expect(() => clientScript('nothing here', english)).toThrow(/__MESSAGES__/);
  });
});
