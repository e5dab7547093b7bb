import type { Translator } from './translator.ts';

/** Where the script's source takes its words. */
const MARKER = '__MESSAGES__';

/**
 * The page script with one language's words and `Intl` tag in place of its marker, as a JSON
 * object (so no text can break out of it), and without its whole-line comments: the words of a
 * language in a non-Latin script weigh twice or thrice in UTF-8, and the script stays within 2 KB.
 */
export function clientScript(source: string, t: Translator): string {
  if (!source.includes(MARKER)) throw new Error(`the page script has no ${MARKER} marker for its words`);
  const words = {
    locale: t.intl,
    stale: t.t('script.stale', { ago: '{ago}' }),
    news: t.t('script.news'),
    reload: t.t('script.reload'),
    yourZone: t.t('script.yourZone', { zone: '{zone}' }),
  };
  // `<` escaped too: the words are site text (strings: overrides), and the script is also read as HTML by some tools.
  const json = JSON.stringify(words).replace(/</g, '\\u003c');
  return source.replace(/^[ \t]*\/\/.*\n/gm, '').replace(MARKER, () => json);
}
