import type { SiteSettings } from '../schema/site.ts';
import type { Incident } from '../schema/incident.ts';
import { ENGLISH, resolveLocale } from './catalogue.ts';
import { checkOverrides, isMessageKey, UNKNOWN_KEY, type MessageOverride, type OverrideProblem } from './overrides.ts';
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

/**
 * Every language of a site with its translator (the site's `strings:` applied), and every problem
 * with `strings`, by path under the site file. `strings:` keys are message keys (for the first
 * language) or the tags of the site's languages (a map of message keys, for that language).
 */
export function siteLanguages(site: Pick<SiteSettings, 'language' | 'languages' | 'strings'>): { languages: SiteLanguage[]; problems: OverrideProblem[] } {
  const tags = languageTags(site);
  const first: Record<string, MessageOverride> = {};
  const byTag = new Map<string, Record<string, MessageOverride>>();
  const misplaced: OverrideProblem[] = [];
  for (const [key, value] of Object.entries(site.strings)) {
    const path = ['strings', key];
    if (isMessageKey(key)) first[key] = value as MessageOverride;
    else if (!tags.includes(key)) {
      const tagLike = site.languages !== undefined && !key.includes('.');
      misplaced.push({ path, message: tagLike ? `is not one of the site's languages (${tags.join(', ')})` : UNKNOWN_KEY });
    } else if (typeof value === 'string') misplaced.push({ path, message: 'must be a map of message keys to texts, for that language' });
    else byTag.set(key, value as Record<string, MessageOverride>);
  }
  const problems: OverrideProblem[] = [];
  const languages = tags.map((tag, i): SiteLanguage => {
    const found = resolveLocale(tag);
    const locale = found ?? ENGLISH;
    // A site whose language has no catalogue reads English, so its dates read English too.
    const lang = found ? tag : ENGLISH.tag;
    const intl = createTranslator(locale, { lang }).intl;
    const sources: [Record<string, MessageOverride>, string[]][] = [];
    if (i === 0) sources.push([first, ['strings']]);
    if (byTag.has(tag)) sources.push([byTag.get(tag)!, ['strings', tag]]);
    const overrides = {};
    for (const [strings, path] of sources) {
      const checked = checkOverrides(strings, locale, intl, path);
      Object.assign(overrides, checked.messages);
      problems.push(...checked.problems);
    }
    return { tag, t: createTranslator(locale, { lang, overrides }), prefix: i === 0 ? '' : `${tag}/` };
  });
  return { languages, problems: [...problems, ...misplaced] };
}
