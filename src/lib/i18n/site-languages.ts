import type { SiteSettings } from '../schema/site.ts';
import type { Incident } from '../schema/incident.ts';
import { ENGLISH, resolveLocale } from './catalogue.ts';
import { checkOverrides, isMessageKey, type MessageOverride, type OverrideProblem } from './overrides.ts';
import { createTranslator, type Translator } from './translator.ts';

/** One language a site is built in. */
export interface SiteLanguage {
  /** The tag as the site names it (`de`, `pt-BR`); incident translations are keyed by it. */
  tag: string;
  t: Translator;
  /** Where its pages live under the site: `''` for the first language, `de/` for the others. */
  prefix: string;
}

/** The tags a site is built in, first (at the root) first. */
export function languageTags(site: Pick<SiteSettings, 'language' | 'languages'>): string[] {
  return site.languages ?? [site.language ?? 'en'];
}

/**
 * What the build warns about languages: a site language without a catalogue (its pages are in
 * English; a tag in `languages` must have one, the schema checks that), and incident translations
 * into a language the site is not built in (shown nowhere).
 */
export function languageWarnings(site: Pick<SiteSettings, 'language' | 'languages'>, incidents: readonly Pick<Incident, 'id' | 'translations' | 'source'>[]): string[] {
  const tags = languageTags(site);
  const warnings = resolveLocale(tags[0]!) ? [] : [`content/site.yaml: language "${tags[0]}" has no translation of Sitrep's words; the pages use English`];
  const known = new Set(tags.map((t) => t.toLowerCase()));
  for (const incident of incidents) {
    const unknown = Object.keys(incident.translations).filter((tag) => !known.has(tag.toLowerCase()));
    const where = incident.source.type === 'file' ? incident.source.path : incident.source.url;
    if (unknown.length) warnings.push(`${where}: translations into ${unknown.join(', ')} are not shown: the site's languages are ${tags.join(', ')}`);
  }
  return warnings;
}

/** Overrides that apply to one language: for the first, the top-level keys; for each, its own map. */
function overridesFor(strings: SiteSettings['strings'], tag: string, first: boolean): [Record<string, MessageOverride>, string[]][] {
  const top = Object.fromEntries(Object.entries(strings).filter(([key]) => isMessageKey(key))) as Record<string, MessageOverride>;
  const own = strings[tag];
  return [
    ...(first ? [[top, []] as [Record<string, MessageOverride>, string[]]] : []),
    ...(own && typeof own === 'object' && !isMessageKey(tag) ? [[own as Record<string, MessageOverride>, [tag]] as [Record<string, MessageOverride>, string[]]] : []),
  ];
}

/**
 * Every language of a site with its translator (the site's `strings:` applied), and every problem
 * with `languages` and `strings`, by path under the site file.
 */
export function siteLanguages(site: Pick<SiteSettings, 'language' | 'languages' | 'strings'>): { languages: SiteLanguage[]; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = [];
  const tags = languageTags(site);
  const languages = tags.map((tag, i): SiteLanguage => {
    const locale = resolveLocale(tag) ?? ENGLISH;
    // A site whose language has no catalogue reads English, so its dates read English too.
    const lang = resolveLocale(tag) ? tag : ENGLISH.tag;
    const base = createTranslator(locale, { lang });
    const overrides = {};
    for (const [strings, path] of overridesFor(site.strings, tag, i === 0)) {
      const checked = checkOverrides(strings, locale, base.intl, ['strings', ...path]);
      Object.assign(overrides, checked.messages);
      problems.push(...checked.problems);
    }
    return { tag, t: createTranslator(locale, { lang, overrides }), prefix: i === 0 ? '' : `${tag}/` };
  });
  for (const key of Object.keys(site.strings)) {
    if (!isMessageKey(key) && !tags.includes(key)) {
      problems.push({
        path: ['strings', key],
        message: site.languages && /^[a-z]{2,3}(-|$)/i.test(key) && !key.includes('.')
          ? `is not one of the site's languages (${tags.join(', ')})`
          : 'is not a message key of Sitrep (check the spelling; every key is in src/lib/i18n/locales/en.ts)',
      });
    }
  }
  return { languages, problems };
}
