// A site's language settings checked with no catalogue loaded but English: the content sync and
// `npm run check` read them, and neither needs the other languages' words (see ./locale-tags.ts).
import type { SiteSettings } from '../schema/site.ts';
import type { Incident } from '../schema/incident.ts';
import type { Messages } from './locale.ts';
import { resolveTag } from './locale-tags.ts';
import { checkOverrides, isMessageKey, UNKNOWN_KEY, type MessageOverride, type OverrideProblem } from './overrides.ts';

type LanguageSettings = Pick<SiteSettings, 'language' | 'languages'>;

/** The tags a site is built in, first (at the root) first. */
export function languageTags(site: LanguageSettings): string[] {
  return site.languages ?? [site.language ?? 'en'];
}

/**
 * What the build warns about languages: a site language without a catalogue (its pages are in
 * English; a tag in `languages` must have one, the schema checks that), and incident translations
 * into a language the site is not built in (shown nowhere).
 */
export function languageWarnings(site: LanguageSettings, incidents: readonly Pick<Incident, 'id' | 'translations' | 'source'>[]): string[] {
  const tags = languageTags(site);
  const warnings = resolveTag(tags[0]!) ? [] : [`content/site.yaml: language "${tags[0]}" has no translation of Sitrep's words; the pages use English`];
  const known = new Set(tags.map((t) => t.toLowerCase()));
  for (const incident of incidents) {
    const unknown = Object.keys(incident.translations).filter((tag) => !known.has(tag.toLowerCase()));
    const where = incident.source.type === 'file' ? incident.source.path : incident.source.url;
    if (unknown.length) warnings.push(`${where}: translations into ${unknown.join(', ')} are not shown: the site's languages are ${tags.join(', ')}`);
  }
  return warnings;
}

/**
 * A site's `strings:`, checked: the overrides of each of its languages by tag, and every problem
 * by path under the site file. `strings:` keys are message keys (for the first language) or the
 * tags of the site's languages (a map of message keys, for that language).
 */
export function siteStrings(site: LanguageSettings & Pick<SiteSettings, 'strings'>): { overrides: Map<string, Partial<Messages>>; problems: OverrideProblem[] } {
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
  const overrides = new Map<string, Partial<Messages>>();
  tags.forEach((tag, i) => {
    // A site whose language has no catalogue reads English, so its plural forms are English ones too.
    const found = resolveTag(tag);
    const lang = found ? tag : 'en';
    const sources: [Record<string, MessageOverride>, string[]][] = [];
    if (i === 0) sources.push([first, ['strings']]);
    if (byTag.has(tag)) sources.push([byTag.get(tag)!, ['strings', tag]]);
    const messages = {};
    for (const [strings, path] of sources) {
      const checked = checkOverrides(strings, found ?? 'en', lang, path);
      Object.assign(messages, checked.messages);
      problems.push(...checked.problems);
    }
    overrides.set(tag, messages);
  });
  return { overrides, problems: [...problems, ...misplaced] };
}
