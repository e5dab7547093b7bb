import type { messages as source } from './locales/en.ts';

/** A plural message: one text per `Intl.PluralRules` category the language uses; `other` always. */
export type Plural = { readonly other: string } & { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

type Source = typeof source;

/** Every message key, as the English source has them. */
export type MessageKey = keyof Source;

/** Keys of messages chosen by a count. */
export type PluralKey = { [K in MessageKey]: Source[K] extends string ? never : K }[MessageKey];

/** Keys of messages with one text. */
export type TextKey = Exclude<MessageKey, PluralKey>;

/**
 * A locale's messages: exactly the English keys, each a text where English has a text and plural
 * categories where English has them. A missing or extra key fails the type-check.
 */
export type Messages = { readonly [K in MessageKey]: Source[K] extends string ? string : Plural };

/** The `{name}` placeholders of a text, as a union of names. */
type PlaceholdersOf<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** The placeholders of a message in every form it has (a plural's `{count}` included). */
export type Placeholders<K extends MessageKey> = Source[K] extends string
  ? PlaceholdersOf<Source[K]>
  : PlaceholdersOf<Source[K][keyof Source[K]]> | 'count';

/** One language of Sitrep's interface: a module in `src/lib/i18n/locales/`, listed in its index. */
export interface Locale {
  /** BCP 47 tag, as `site.language` and `languages` name it and as URLs show it: `de`, `pt-BR`, `zh-Hant`. */
  readonly tag: string;
  /** The language's name in itself, for the language switcher: `Deutsch`, `日本語`. */
  readonly name: string;
  /** Writing direction of the interface. */
  readonly dir: 'ltr' | 'rtl';
  /** The tag `Intl` formats dates and numbers with, when it differs from `tag` (English: `en-GB`). */
  readonly intl?: string;
  readonly messages: Messages;
}

/** Keys of texts without placeholders. */
export type PlainTextKey = { [K in TextKey]: [Placeholders<K>] extends [never] ? K : never }[TextKey];
