import type { Fact, Message } from './message.ts';

/** U+2060 WORD JOINER: invisible, and no service reads a mention through it. */
const JOINER = '\u2060';

/**
 * Text that pings nobody: an `@` that starts a word (`@everyone`, `@here`, `@channel`, `@room`,
 * `@user@instance`) gets an invisible joiner after it, so no service reads a mention; an address
 * such as `help@example.com` is left alone.
 * @example defuseMentions('cc @everyone') // → 'cc @\u2060everyone'
 */
export function defuseMentions(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}_])([@＠])(?=[\p{L}\p{N}_])/gu, `$1$2${JOINER}`);
}

/** A message with every text in it defused (see `defuseMentions`); links are left as they are. */
export function defused(message: Message): Message {
  return {
    ...message,
    headline: defuseMentions(message.headline),
    title: defuseMentions(message.title),
    summary: defuseMentions(message.summary),
    update: message.update && { ...message.update, text: defuseMentions(message.update.text) },
    facts: message.facts.map((f) => ({ label: f.label, value: defuseMentions(f.value) })),
    upstream: message.upstream.map((u) => ({ name: defuseMentions(u.name), url: u.url })),
    words: { link: defuseMentions(message.words.link), upstream: defuseMentions(message.words.upstream), kind: defuseMentions(message.words.kind) },
  };
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Length in user-perceived characters (what Bluesky counts). */
export const graphemeLength = (text: string) => [...segmenter.segment(text)].length;

/** Length in UTF-16 code units (what most services count as characters). */
export const codeUnitLength = (text: string) => text.length;

/** Length in UTF-8 bytes. */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;

const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` by `measure`, at a grapheme boundary and preferably at a word, with
 * an ellipsis; unchanged when it fits. Escaped text may be cut: an escape is never cut in half.
 * @example truncate('Error rates are back to normal', 20) // → 'Error rates are…'
 */
export function truncate(text: string, max: number, measure: (s: string) => number = codeUnitLength): string {
  if (measure(text) <= max) return text;
  if (max <= measure(ELLIPSIS)) return '';
  const graphemes = [...segmenter.segment(text)].map((s) => s.segment);
  // Binary search for the longest prefix that fits with the ellipsis.
  let lo = 0;
  let hi = graphemes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(graphemes.slice(0, mid).join('') + ELLIPSIS) <= max) lo = mid;
    else hi = mid - 1;
  }
  // Never half an escape: a cut `&amp;` or a lone trailing backslash would show as markup.
  const cut = graphemes.slice(0, lo).join('').replace(/&#?\w*$/, '').replace(/(?<!\\)((?:\\\\)*)\\$/, '$1');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= cut.length * 0.7 ? atWord : cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Joins a head, a body and a tail into at most `max`: the body is cut first, then the head, and
 * the tail (the link) is always kept whole.
 * @example fitAround('Resolved: API', 'long text…', 'https://status.example.com/incidents/a/', 60, '\n\n')
 */
export function fitAround(head: string, body: string, tail: string, max: number, separator: string, measure: (s: string) => number = codeUnitLength): string {
  const join = (...parts: string[]) => parts.filter(Boolean).join(separator);
  const whole = join(head, body, tail);
  if (measure(whole) <= max) return whole;
  const spare = max - measure(join(head, tail)) - (body ? measure(separator) : 0);
  if (spare > measure(ELLIPSIS) + 10) return join(head, truncate(body, spare, measure), tail);
  const headRoom = max - measure(tail) - measure(separator);
  return join(truncate(head, Math.max(0, headRoom), measure), tail);
}

/** The lines of a message's body in plain text: the summary, the newest update, the facts and upstream links. */
export function plainBody(message: Message, options: { facts?: boolean } = {}): string {
  const lines = [message.summary];
  if (message.update) lines.push(`${message.update.status}: ${message.update.text}`);
  if (options.facts !== false) {
    lines.push(...message.facts.map((f: Fact) => `${f.label}: ${f.value}`));
    lines.push(...message.upstream.map((u) => `${message.words.upstream}: ${u.name} ${u.url}`));
  }
  return lines.join('\n');
}
