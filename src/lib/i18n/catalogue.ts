import type { Locale } from './locale.ts';
import * as shipped from './locales/index.ts';
import { resolveTag } from './locale-tags.ts';

/** Every locale Sitrep ships, English first. */
export const LOCALES: readonly Locale[] = Object.values(shipped).sort((a, b) => (a.tag === 'en' ? -1 : b.tag === 'en' ? 1 : a.tag.localeCompare(b.tag)));

/** The source every other locale translates. */
export const ENGLISH: Locale = shipped.en;

/**
 * The shipped locale that best serves a BCP 47 tag, or null when none does (or the tag is not BCP 47).
 * @example resolveLocale('de-AT')?.tag // → 'de'
 * @example resolveLocale('zh-TW')?.tag // → 'zh-Hant'
 */
export function resolveLocale(tag: string, among: readonly Locale[] = LOCALES): Locale | null {
  const found = resolveTag(tag, among.map((l) => l.tag));
  return among.find((l) => l.tag === found) ?? null;
}
