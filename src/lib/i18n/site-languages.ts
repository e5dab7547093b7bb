import type { SiteSettings } from '../schema/site.ts';
import { ENGLISH, resolveLocale } from './catalogue.ts';
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

/**
 * Every language of a site with its translator (the site's `strings:` applied), and every problem
 * with `strings` (see `siteStrings`).
 */
export function siteLanguages(site: Pick<SiteSettings, 'language' | 'languages' | 'strings'>): { languages: SiteLanguage[]; problems: OverrideProblem[] } {
  const { overrides, problems } = siteStrings(site);
  const languages = languageTags(site).map((tag, i): SiteLanguage => {
    const found = resolveLocale(tag);
    // A site whose language has no catalogue reads English, so its dates read English too.
    const t = createTranslator(found ?? ENGLISH, { lang: found ? tag : ENGLISH.tag, overrides: overrides.get(tag) });
    return { tag, t, prefix: i === 0 ? '' : `${tag}/` };
  });
  return { languages, problems };
}
