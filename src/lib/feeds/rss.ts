import type { Component } from '../schema/components.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';
import { absoluteUrl, pagePath } from '../urls.ts';
import { incidentFeedHtml } from './incident-html.ts';
import { kindLabel } from '../wording.ts';
import { componentNames } from '../component-names.ts';

/** One RSS item, in the shape the RSS writer at the edge (`@astrojs/rss`) takes. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  /** HTML, escaped into the item's `<description>`. */
  description: string;
  categories: string[];
}

/** One RSS channel, in the shape the RSS writer at the edge takes. */
export interface RssChannel {
  title: string;
  description: string;
  /** The page the channel is about. */
  site: string;
  xmlns: Record<string, string>;
  /** Raw XML inside `<channel>`, for the `atom:link rel="self"`. */
  customData: string;
  items: RssItem[];
}

/** Most feed readers keep far fewer; this bounds the file at any history size. */
export const FEED_LIMIT = 200;

/** The incidents a feed lists: shown ones, most recently changed first, at most `FEED_LIMIT`. */
export function feedIncidents(incidents: readonly Incident[]): Incident[] {
  return incidents
    .filter((i) => !i.withdrawn)
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_LIMIT);
}

/**
 * RSS items for incidents and maintenance, most recently changed first: one item per incident
 * with a stable guid (its page URL), dated by its latest change.
 */
function toRssItems(
  incidents: readonly Incident[],
  siteUrl: string,
  zone: string,
  componentNames: ReadonlyMap<string, string>,
): RssItem[] {
  return feedIncidents(incidents).map((incident) => ({
    title: incident.title,
    link: absoluteUrl(siteUrl, pagePath.incident(incident.id)),
    pubDate: incident.updatedAt,
    description: incidentFeedHtml(incident, zone, componentNames),
    categories: [kindLabel[incident.kind], ...incident.components.map((c) => c.id)],
  }));
}

/**
 * The RSS channel of the whole site, or of one component (its incidents only), with an
 * `atom:link rel="self"` as feed validators ask.
 */
export function rssFeed(
  site: SiteSettings,
  components: readonly Component[],
  incidents: readonly Incident[],
  component?: Component,
): RssChannel {
  const names = componentNames(components);
  const self = absoluteUrl(site.url, component ? pagePath.componentRss(component.id) : pagePath.rss);
  const listed = component ? incidents.filter((i) => i.components.some((c) => c.id === component.id)) : incidents;
  return {
    title: component ? `${site.name} status: ${component.name}` : `${site.name} status`,
    description: component
      ? `Incidents and maintenance of ${component.name} at ${site.name}`
      : site.description || `Incidents and maintenance of ${site.name}`,
    site: absoluteUrl(site.url, component ? pagePath.component(component.id) : pagePath.home),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: toRssItems(listed, site.url, site.timezone, names),
  };
}
