import { withBase } from './lib/urls.ts';

/** A link to a page of this site, under Astro's configured base. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
