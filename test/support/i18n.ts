import { LOCALES } from '../../src/lib/i18n/catalogue.ts';
import { resolveLocale } from '../../src/lib/i18n/locale-tags.ts';
import type { SiteLanguage } from '../../src/lib/i18n/site-languages.ts';
import { createTranslator, type Translator } from '../../src/lib/i18n/translator.ts';

/** A translator for a shipped locale, as a site with `language: tag` gets it. */
export function translatorFor(tag: string): Translator {
  const locale = resolveLocale(tag, LOCALES);
  if (!locale) throw new Error(`no locale for ${tag}`);
  return createTranslator(locale, { lang: tag });
}

/** Sitrep's English words. */
export const english = translatorFor('en');

/** A one-language English site's only language. */
export const englishSite: SiteLanguage = { tag: 'en', t: english, prefix: '' };
