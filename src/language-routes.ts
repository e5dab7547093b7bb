import rss from '@astrojs/rss';
import { getSiteData } from './data.ts';
import type { SiteLanguage } from './lib/i18n/site-languages.ts';
import type { Component } from './lib/schema/components.ts';
import { rssFeed } from './lib/feeds/rss.ts';
import { toAtomFeed } from './lib/feeds/atom.ts';
import { clientScript } from './lib/i18n/client-script.ts';
import scriptSource from './client/sitrep.js?raw';

/**
 * Routes come in pairs: one at the root for the site's first language, and one under `[lang]/`
 * for each other language (none without `languages:`, so a one-language site builds as before).
 */

/** The site's first language, whose pages are at the root. */
export async function rootLanguage(): Promise<SiteLanguage> {
  return (await getSiteData()).languages[0]!;
}

/** Static paths for each of the site's other languages, times each of `items` (one item: a page per language). */
export async function otherLanguagePaths<T>(
  items: readonly T[],
  route: (item: T) => { params: Record<string, string | undefined>; props?: Record<string, unknown> },
) {
  const { languages } = await getSiteData();
  return languages.slice(1).flatMap((language) => items.map((item) => {
    const { params, props } = route(item);
    return { params: { ...params, lang: language.tag }, props: { ...props, language } };
  }));
}

/** The RSS feed of the site, or of one component, in one language. */
export async function rssResponse(language: SiteLanguage, component?: Component): Promise<Response> {
  const { site, components, incidents } = await getSiteData();
  return rss(rssFeed(site, components, incidents, language, component));
}

/** The Atom history feed in one language. */
export async function atomResponse(language: SiteLanguage): Promise<Response> {
  const { site, components, incidents, page } = await getSiteData();
  return new Response(toAtomFeed(site, components, incidents, page.now, language), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}

/** The page script with one language's words. */
export function scriptResponse(language: SiteLanguage): Response {
  return new Response(clientScript(scriptSource, language.t), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
