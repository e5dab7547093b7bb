import sanitizeHtml from 'sanitize-html';
import ENGLISH from '../../src/lib/i18n/locales/en.ts';
import type { Locale } from '../../src/lib/i18n/locale.ts';
import { textsOf } from '../../src/lib/i18n/message-format.ts';

/**
 * The text a reader sees of Sitrep's own words on a page: the title and every text node, without
 * scripts and styles and without content the site wrote (incident text, names: the elements the
 * pages isolate with `dir="auto"` or `<bdi>`, and Markdown bodies), nor what is marked `translate="no"`.
 */
export function interfaceText(html: string, options: { title: boolean } = { title: true }): string {
  // An incident's or a component's page is titled by what the site wrote.
  const title = options.title ? /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '' : '';
  const body = html.replace(/^[\s\S]*?<body[^>]*>/, '');
  // The filter only sees the tags a pass keeps: the first keeps every tag and drops the content
  // the site wrote, the second drops the tags.
  const withoutContent = sanitizeHtml(body, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    nonTextTags: ['script', 'style', 'textarea', 'noscript'],
    exclusiveFilter: (frame) => frame.attribs.dir === 'auto' || frame.tag === 'bdi' || /\bprose\b/.test(frame.attribs.class ?? '')
      // Addresses to copy and names a product shows in its own language are not the page's words.
      || frame.attribs.translate === 'no',
  });
  const text = sanitizeHtml(withoutContent, { allowedTags: [], allowedAttributes: {} });
  return `${title}\n${text}`.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

/** The pieces of a message's texts between placeholders, as they would show on a page. */
function fragments(message: string | Readonly<Record<string, string | undefined>>): string[] {
  return textsOf(message as never)
    .flatMap((text) => text.split(/\{[A-Za-z0-9]+\}/))
    .map((piece) => piece.replace(/[\s\u00ad]+/g, ' ').replace(/^[\s,.:;()·-]+|[\s,.:;()·-]+$/g, ''))
    .filter((piece) => /\p{L}{3,}/u.test(piece));
}

/**
 * English words of Sitrep's interface found in `text`, for a page in `locale`: every piece of an
 * English message that the locale does not itself use (brand names such as "GitHub" stay alike).
 */
export function englishLeftIn(text: string, locale: Locale): string[] {
  const ownTexts = Object.values(locale.messages).flatMap((m) => fragments(m as never));
  const own = new Set(ownTexts);
  const flat = text.replace(/[\s\u00ad]+/g, ' ');
  const english = new Set(Object.entries(ENGLISH.messages).filter(([key]) => !key.startsWith('form.')).flatMap(([, m]) => fragments(m as never)));
  const wholeWords = (piece: string) => new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  // A single English word that the locale's own texts use too ("Services" in French) proves nothing.
  const sharedWord = (piece: string) => !/\s/.test(piece) && ownTexts.some((own) => wholeWords(piece).test(own));
  return [...english].filter((piece) => !own.has(piece) && !sharedWord(piece) && wholeWords(piece).test(flat));
}
