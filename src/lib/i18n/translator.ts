import type { Locale, MessageKey, Messages, Placeholders, Plural, PluralKey, TextKey } from './locale.ts';
import { fillParts, type MessagePart } from './message-format.ts';
import { escapeMarkup } from '../escape.ts';
import { remembered } from '../remembered.ts';
import { formatCalendarDay, formatDateTime, formatDuration, formatMonth } from '../time-format.ts';

/** The values a message's placeholders take (numbers are formatted for the language). */
export type MessageValues<K extends MessageKey> = { readonly [P in Exclude<Placeholders<K>, 'count'>]: string | number };

/** Sitrep's words and `Intl` formats in one language, with a site's own overrides applied. */
export interface Translator {
  readonly locale: Locale;
  /** The page's `lang`: the site's own tag when it chose this locale (`de-AT`), else the locale's. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The tag dates and numbers are formatted with. */
  readonly intl: string;
  /** A message with its placeholders filled. */
  t<K extends TextKey>(key: K, ...values: keyof MessageValues<K> extends never ? [] : [MessageValues<K>]): string;
  /** A plural message, in the form `Intl.PluralRules` picks for `count`. */
  plural<K extends PluralKey>(key: K, count: number, ...values: keyof MessageValues<K> extends never ? [] : [MessageValues<K>]): string;
  /** A message as HTML: its own text escaped, the values given as markup inserted as they are. */
  html<K extends TextKey>(key: K, markup: MessageValues<K>): string;
  /** A message as text and slots: the placeholders given no value are left for markup. */
  parts<K extends TextKey>(key: K, values?: Partial<MessageValues<K>>): MessagePart[];
  number(value: number): string;
  /** A list of names: `Public API, Dashboard`. */
  list(items: readonly string[]): string;
  dateTime(date: Date, zone: string): string;
  month(date: Date, zone: string): string;
  /** A `YYYY-MM-DD` day as people read it. */
  calendarDay(day: string): string;
  /** A duration to the minute: `2 hrs, 35 mins`. */
  duration(ms: number): string;
  /** A percentage as given, to at most three decimals: `99.9%`. */
  percent(fraction: number): string;
}

/**
 * A translator for `locale`. `lang` is the tag the site asked for when it differs from the locale's
 * own (`de-AT` for `de`): dates and numbers follow it. `overrides` replace messages (a site's `strings:`).
 */
export function createTranslator(locale: Locale, options: { lang?: string; overrides?: Partial<Messages> } = {}): Translator {
  const lang = options.lang ?? locale.tag;
  const intl = lang === locale.tag ? (locale.intl ?? locale.tag) : lang;
  const messages: Messages = { ...locale.messages, ...options.overrides };
  const plurals = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const percents = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 3 });
  const lists = new Intl.ListFormat(intl, { type: 'conjunction', style: 'narrow' });
  // Numbers formatted, by value: pages fill the same counts thousands of times, and
  // Intl.NumberFormat took most of the time of filling messages. Bounded, as a build's numbers are.
  const numberTexts = new Map<number, string>();
  const number = (value: number) => remembered(numberTexts, value, () => numbers.format(value), 10_000);
  const asText = (values: Readonly<Record<string, string | number>> | undefined) =>
    Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]));
  // Most messages have no placeholder, and pages ask for them thousands of times.
  const fill = (text: string, values: Readonly<Record<string, string | number>> | undefined) => !text.includes('{')
    ? text
    : fillParts(text, asText(values)).map((p) => (typeof p === 'string' ? p : `{${p.slot}}`)).join('');
  return {
    locale,
    lang,
    dir: locale.dir,
    intl,
    t: (key, ...values) => fill(messages[key] as string, values[0]),
    plural: (key, count, ...values) => {
      const forms = messages[key] as Plural;
      return fill(forms[plurals.select(count)] ?? forms.other, { ...values[0], count });
    },
    html: (key, markup) => fillParts(messages[key] as string, {})
      .map((p) => (typeof p === 'string' ? escapeMarkup(p) : String((markup as Record<string, string | number>)[p.slot])))
      .join(''),
    parts: (key, values) => fillParts(messages[key] as string, asText(values as Record<string, string | number>)),
    number,
    list: (items) => lists.format(items),
    dateTime: (date, zone) => formatDateTime(date, zone, intl),
    month: (date, zone) => formatMonth(date, zone, intl),
    calendarDay: (day) => formatCalendarDay(day, intl),
    duration: (ms) => formatDuration(ms, intl),
    percent: (fraction) => percents.format(fraction),
  };
}
