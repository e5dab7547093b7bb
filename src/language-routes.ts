import rss from '@astrojs/rss';
import type { Page } from 'astro';
import { getSiteData, type SiteData } from './data.ts';
import type { SiteLanguage } from './lib/i18n/site-languages.ts';
import type { Component } from './lib/schema/components.ts';
import type { Incident } from './lib/schema/incident.ts';
import { incidentKey, pageKey } from './lib/page-key.ts';
import { linkedState } from './lib/upstreams/view.ts';
import { rssFeed } from './lib/feeds/rss.ts';
import { toAtomFeed } from './lib/feeds/atom.ts';
import { clientScript } from './lib/i18n/client-script.ts';
import scriptSource from './client/sitrep.js?raw';

/**
 * Each route serves every language: the site's first at the root, each other under its tag
 * (`[...lang]/`, empty for the first language, so a one-language site builds as before). One
 * route for all languages rather than a pair per page: each route costs a build its compilation
 * and loading, whatever it renders.
 */

/** The site's first language, whose pages are at the root: the one 404 page's. */
export async function rootLanguage(): Promise<SiteLanguage> {
  return (await getSiteData()).languages[0]!;
}

/** The `lang` parameter of a language's pages: none for the first, whose pages are at the root. */
export const languageParam = (language: SiteLanguage): string | undefined => (language.prefix === '' ? undefined : language.tag);

/**
 * Static paths for each of the site's languages, times each of `items` (one item: a page per
 * language). A route may give an incremental build's `cacheKey`, which depends on the language.
 */
export async function languagePaths<T>(
  items: readonly T[],
  route: (item: T, language: SiteLanguage) => { params: Record<string, string | undefined>; props?: Record<string, unknown>; cacheKey?: string },
) {
  const { languages } = await getSiteData();
  return languages.flatMap((language) => items.map((item) => {
    const { params, props, cacheKey } = route(item, language);
    return { params: { ...params, lang: languageParam(language) }, props: { ...props, language }, ...(cacheKey === undefined ? {} : { cacheKey }) };
  }));
}

/**
 * The incremental build's key of an incident's page in one language: while it is the same as the
 * last build's, Astro copies the page instead of rendering it. The page also says where the
 * upstream incidents it links to stand. None where the incremental build is off (`frameKeys`).
 */
export function incidentPageKey({ page, frameKeys, upstreamReadings }: SiteData, incident: Incident, language: SiteLanguage): string | undefined {
  if (!frameKeys) return undefined;
  const linked = incident.upstream.map((link) => linkedState(link.url, upstreamReadings, language.t));
  return pageKey(frameKeys.get(language)!, [incidentKey(incident, page.now), linked]);
}

/** The same for a page of the history: its place in the list and the incidents it lists. */
export function historyPageKey({ page, frameKeys }: SiteData, history: Page<Incident>, language: SiteLanguage): string | undefined {
  if (!frameKeys) return undefined;
  const { data, currentPage, lastPage, total } = history;
  return pageKey(frameKeys.get(language)!, [currentPage, lastPage, total, ...data.map((incident) => incidentKey(incident, page.now))]);
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
