import type { Plural } from './locale.ts';
import { remembered } from '../remembered.ts';

/** A `{name}` placeholder; names are ASCII letters and digits, starting with a letter. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * The placeholder names a text uses, each once, in order of first use.
 * @example placeholdersOf('{site} status: {component}') // → ['site', 'component']
 */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** A message's texts: one, or one per plural category. */
export function textsOf(message: string | Plural): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((t): t is string => typeof t === 'string');
}

/**
 * What is wrong with a translation's placeholders against the source's, or null. Each text uses
 * only the source's placeholders and all of them, except that a plural form may write its count
 * as a word ("One incident is open"); `other` keeps `{count}` when the source's `other` has it.
 * @example placeholderProblem('Page built {time}.', 'Seite erstellt {zeit}.') // → 'uses {zeit}, which the English text does not have'
 */
export function placeholderProblem(source: string | Plural, translation: string | Plural): string | null {
  const expected = new Set(textsOf(source).flatMap(placeholdersOf));
  if (typeof source !== 'string') expected.add('count');
  const list = (names: string[]) => names.map((p) => `{${p}}`).join(', ');
  for (const text of textsOf(translation)) {
    const used = placeholdersOf(text);
    const unknown = used.filter((p) => !expected.has(p));
    if (unknown.length) return `uses ${list(unknown)}, which the English text does not have`;
    const missing = [...expected].filter((p) => p !== 'count' && !used.includes(p));
    if (missing.length) return `leaves out ${list(missing)}`;
  }
  if (typeof source !== 'string' && typeof translation !== 'string'
    && placeholdersOf(source.other).includes('count') && !placeholdersOf(translation.other).includes('count')) {
    return 'leaves out {count} in its "other" form';
  }
  return null;
}

/** A piece of a formatted message: text, or the name of a placeholder left for the caller to fill. */
export type MessagePart = string | { slot: string };

/**
 * A text with its placeholders filled from `values`; a placeholder without a value becomes a slot,
 * for the caller to fill with markup (a `<time>`, a link).
 * @example fillParts('Page built {time}.', {}) // → ['Page built ', { slot: 'time' }, '.']
 */
export function fillParts(text: string, values: Readonly<Record<string, string>>): MessagePart[] {
  const parts: MessagePart[] = [];
  const add = (piece: string) => {
    const previous = parts.at(-1);
    if (typeof previous === 'string') parts[parts.length - 1] = previous + piece;
    else if (piece) parts.push(piece);
  };
  piecesOf(text).forEach((piece, i) => {
    // Even pieces are text, odd ones placeholder names.
    const value = i % 2 === 0 ? piece : values[piece];
    if (value === undefined) parts.push({ slot: piece });
    else add(value);
  });
  return parts.filter((p) => p !== '');
}

/** Messages split at their placeholders, by text: a build fills the same few hundred messages on every page. */
const splitMessages = new Map<string, string[]>();

const piecesOf = (text: string) => remembered(splitMessages, text, () => text.split(PLACEHOLDER));
