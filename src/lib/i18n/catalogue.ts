import type { Locale } from './locale.ts';
import * as shipped from './locales/index.ts';

/** Every locale Sitrep ships, English first. */
export const LOCALES: readonly Locale[] = Object.values(shipped).sort((a, b) => (a.tag === 'en' ? -1 : b.tag === 'en' ? 1 : a.tag.localeCompare(b.tag)));

/** The source every other locale translates. */
export const ENGLISH: Locale = shipped.en;

const byTag = new Map(LOCALES.map((l) => [l.tag.toLowerCase(), l]));

/** Tags Intl keeps apart from the one we ship: Norwegian is Bokmål, Filipino is written in Tagalog's locale. */
const ALIASES: Record<string, string> = { no: 'nb', fil: 'tl' };

/**
 * The tags to try for a requested tag, most specific first: as written, then with the script
 * `Intl.Locale` adds (so `zh-TW` reaches `zh-Hant` and `zh-CN` reaches `zh-Hans`), then shorter.
 * @example candidateTags('de-AT') // → ['de-AT', 'de-Latn-AT', 'de-AT', 'de-Latn', 'de']
 */
function candidateTags(tag: string): string[] {
  const canonical = Intl.getCanonicalLocales(tag)[0]!;
  const max = new Intl.Locale(canonical).maximize();
  const language = ALIASES[max.language] ?? max.language;
  const script = max.script ? `-${max.script}` : '';
  const region = max.region ? `-${max.region}` : '';
  return [canonical, `${language}${script}${region}`, `${language}${region}`, `${language}${script}`, language];
}

/**
 * The shipped locale that best serves a BCP 47 tag, or null when none does (or the tag is not BCP 47).
 * @example resolveLocale('de-AT')?.tag // → 'de'
 * @example resolveLocale('zh-TW')?.tag // → 'zh-Hant'
 */
export function resolveLocale(tag: string, among: readonly Locale[] = LOCALES): Locale | null {
  const tags = among === LOCALES ? byTag : new Map(among.map((l) => [l.tag.toLowerCase(), l]));
  let candidates: string[];
  try {
    candidates = candidateTags(tag);
  } catch {
    return null;
  }
  for (const candidate of candidates) {
    const found = tags.get(candidate.toLowerCase());
    if (found) return found;
  }
  return null;
}
