import type { RSSFeedItem } from '@astrojs/rss';
import type { Incident } from '../schema/incident.ts';
import { absoluteUrl, pagePath } from '../urls.ts';
import { incidentFeedHtml } from './incident-html.ts';
import { kindLabel } from '../format.ts';

/** Most feed readers keep far fewer; this bounds the file at any history size. */
export const FEED_LIMIT = 200;

/**
 * RSS items for incidents and maintenance, most recently changed first: one item per incident
 * with a stable guid (its page URL), dated by its latest change.
 */
export function toRssItems(
  incidents: readonly Incident[],
  siteUrl: string,
  zone: string,
  componentNames: ReadonlyMap<string, string>,
): RSSFeedItem[] {
  return [...incidents]
    .filter((i) => !i.withdrawn)
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_LIMIT)
    .map((incident) => ({
      title: incident.title,
      link: absoluteUrl(siteUrl, pagePath.incident(incident.id)),
      pubDate: incident.updatedAt,
      description: incidentFeedHtml(incident, zone, componentNames),
      categories: [kindLabel[incident.kind], ...incident.components.map((c) => c.id)],
    }));
}
