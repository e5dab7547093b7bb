import type { Locale } from './locale.ts';
import * as shipped from './locales/index.ts';

/** Every locale Sitrep ships, English first. */
export const LOCALES: readonly Locale[] = Object.values(shipped).sort((a, b) => (a.tag === 'en' ? -1 : b.tag === 'en' ? 1 : a.tag.localeCompare(b.tag)));
