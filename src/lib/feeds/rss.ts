import type { Component } from '../schema/components.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';
import { absoluteUrl, pagePath } from '../urls.ts';
import { incidentFeedHtml } from './incident-html.ts';
import { kindLabel } from '../wording.ts';
import type { SiteLanguage } from '../i18n/site-languages.ts';
import { incidentIn } from '../i18n/incident-translation.ts';
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
  language: SiteLanguage,
): RssItem[] {
  return feedIncidents(incidents).map((written) => {
    const incident = incidentIn(written, language.tag);
    return {
      title: incident.title,
      link: absoluteUrl(siteUrl, language.prefix + pagePath.incident(incident.id)),
      pubDate: incident.updatedAt,
      description: incidentFeedHtml(incident, zone, componentNames, language.t),
      categories: [kindLabel(incident.kind, language.t), ...incident.components.map((c) => c.id)],
    };
  });
}

/**
 * The RSS channel of the whole site, or of one component (its incidents only), with an
 * `atom:link rel="self"` as feed validators ask; in `language`'s words, linking to its pages.
 */
export function rssFeed(
  site: SiteSettings,
  components: readonly Component[],
  incidents: readonly Incident[],
  language: SiteLanguage,
  component?: Component,
): RssChannel {
  const { t, prefix } = language;
  const names = componentNames(components);
  const self = absoluteUrl(site.url, prefix + (component ? pagePath.componentRss(component.id) : pagePath.rss));
  const listed = component ? incidents.filter((i) => i.components.some((c) => c.id === component.id)) : incidents;
  return {
    title: component ? t.t('feed.componentTitle', { site: site.name, component: component.name }) : t.t('layout.siteTitle', { site: site.name }),
    description: component
      ? t.t('feed.componentDescription', { site: site.name, component: component.name })
      : site.description || t.t('feed.siteDescription', { site: site.name }),
    site: absoluteUrl(site.url, prefix + (component ? pagePath.component(component.id) : pagePath.home)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: toRssItems(listed, site.url, site.timezone, names, language),
  };
}
