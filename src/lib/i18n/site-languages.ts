import type { SiteSettings } from '../schema/site.ts';
import type { Locale } from './locale.ts';
import { resolveLocale, resolveTag } from './locale-tags.ts';
import ENGLISH from './locales/en.ts';
import { languageTags, siteStrings } from './language-settings.ts';
import type { OverrideProblem } from './overrides.ts';
import { createTranslator, type Translator } from './translator.ts';

/** One language a site is built in. */
export interface SiteLanguage {
  /** The tag as the site names it (`de`, `pt-BR`); incident translations are keyed by it. */
  tag: string;
  t: Translator;
  /** Where its pages live under the site: `''` for the first language, `de/` for the others. */
  prefix: string;
}

type SiteLanguageSettings = Pick<SiteSettings, 'language' | 'languages' | 'strings'>;

/**
 * Every language of a site with its translator (the site's `strings:` applied), and every problem
 * with `strings` (see `siteStrings`). Each tag is served by one of `locales`, else by English.
 */
export function siteLanguages(site: SiteLanguageSettings, locales: readonly Locale[]): { languages: SiteLanguage[]; problems: OverrideProblem[] } {
  const { overrides, problems } = siteStrings(site);
  const languages = languageTags(site).map((tag, i): SiteLanguage => {
    const found = resolveLocale(tag, locales);
    // A site whose language has no catalogue reads English, so its dates read English too.
    const t = createTranslator(found ?? ENGLISH, { lang: found ? tag : ENGLISH.tag, overrides: overrides.get(tag) });
    return { tag, t, prefix: i === 0 ? '' : `${tag}/` };
  });
  return { languages, problems };
}

/**
 * The same, with only the catalogues the site's languages need loaded: one or two of the 34 for
 * most sites. The prerender imports the catalogues from their source files
 * (src/io/unbundled-source.mjs), so the others cost a build nothing.
 */
export async function loadSiteLanguages(site: SiteLanguageSettings): Promise<ReturnType<typeof siteLanguages>> {
  return siteLanguages(site, await loadLocales(languageTags(site)));
}

/** The shipped catalogues that serve `tags` (none for a tag without one), loaded on demand. */
export async function loadLocales(tags: readonly string[]): Promise<Locale[]> {
  const found = new Set(tags.map((tag) => resolveTag(tag)).filter((tag) => tag !== null));
  return Promise.all([...found].map(async (tag) => ((await import(`./locales/${tag}.ts`)) as { default: Locale }).default));
}
