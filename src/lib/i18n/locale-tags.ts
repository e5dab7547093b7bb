// The tags of the locales Sitrep ships, apart from their messages. Checking a site's languages and
// its `strings:` needs only these and English: the site settings are read during Astro's content
// sync, where every module is transformed on its own, and loading all 34 catalogues there would
// cost about half a second of every build. A test keeps this list and ./locales/index.ts equal.

/** The shipped locales' tags, English first. */
export const SHIPPED_TAGS: readonly string[] = [
  'en', 'ar', 'bn', 'cs', 'da', 'de', 'el', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja',
  'ko', 'lt', 'mk', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sv', 'tl', 'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
];

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
 * The tag, among `tags`, that best serves a BCP 47 tag, or null when none does (or the tag is not BCP 47).
 * @example resolveTag('de-AT') // → 'de'
 * @example resolveTag('zh-TW') // → 'zh-Hant'
 */
export function resolveTag(tag: string, tags: readonly string[] = SHIPPED_TAGS): string | null {
  let candidates: string[];
  try {
    candidates = candidateTags(tag);
  } catch {
    return null;
  }
  const byLowerCase = new Map(tags.map((t) => [t.toLowerCase(), t]));
  for (const candidate of candidates) {
    const found = byLowerCase.get(candidate.toLowerCase());
    if (found) return found;
  }
  return null;
}

/**
 * The one of `among` that best serves a BCP 47 tag, or null when none does (or the tag is not BCP 47).
 * @example resolveLocale('de-AT', LOCALES)?.tag // → 'de'
 * @example resolveLocale('zh-TW', LOCALES)?.tag // → 'zh-Hant'
 */
export function resolveLocale<L extends { readonly tag: string }>(tag: string, among: readonly L[]): L | null {
  const found = resolveTag(tag, among.map((l) => l.tag));
  return among.find((l) => l.tag === found) ?? null;
}
