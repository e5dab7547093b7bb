import { kindLabel } from '../wording.ts';
import type { SiteLanguage } from '../i18n/site-languages.ts';
import { incidentIn } from '../i18n/incident-translation.ts';
import { firstPostedAt } from '../incident.ts';
import type { Component } from '../schema/components.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';
import { absoluteUrl, pagePath } from '../urls.ts';
import { incidentFeedHtml } from './incident-html.ts';
import { feedIncidents } from './rss.ts';
import { escapeMarkup as escapeXml } from '../escape.ts';
import { componentNames } from '../component-names.ts';


/** An RFC 3339 time without fractions: `2026-11-20T14:02:00Z`. */
const atomTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The site's history as an Atom 1.0 feed, like Statuspage's `history.atom`: an entry per
 * incident or maintenance whose `updated` moves with every update, the updates newest first
 * in its content, and a `rel="self"` link. `now` dates an empty feed. In `language`'s words, linking
 * to its pages.
 */
export function toAtomFeed(site: SiteSettings, components: readonly Component[], incidents: readonly Incident[], now: Date, language: SiteLanguage): string {
  const { t, prefix } = language;
  const names = componentNames(components);
  const entries = feedIncidents(incidents).map((i) => incidentIn(i, language.tag));
  const self = absoluteUrl(site.url, prefix + pagePath.atom);
  const updated = entries[0]?.updatedAt ?? now;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(t.lang)}">`,
    `<id>${escapeXml(self)}</id>`,
    `<title>${escapeXml(t.t('feed.atomTitle', { site: site.name }))}</title>`,
    ...(site.description ? [`<subtitle>${escapeXml(site.description)}</subtitle>`] : []),
    `<updated>${atomTime(updated)}</updated>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(site.url, prefix + pagePath.home))}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `<author><name>${escapeXml(site.name)}</name></author>`,
    '<generator>Sitrep</generator>',
  ];
  for (const incident of entries) {
    const link = absoluteUrl(site.url, prefix + pagePath.incident(incident.id));
    lines.push(
      '<entry>',
      `<id>${escapeXml(link)}</id>`,
      `<title>${escapeXml(incident.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `<published>${atomTime(firstPostedAt(incident))}</published>`,
      `<updated>${atomTime(incident.updatedAt)}</updated>`,
      `<category term="${incident.kind}" label="${escapeXml(kindLabel(incident.kind, t))}"/>`,
      ...incident.components.map((c) => `<category term="${escapeXml(c.id)}" label="${escapeXml(names.get(c.id) ?? c.id)}"/>`),
      `<content type="html">${escapeXml(incidentFeedHtml(incident, site.timezone, names, t))}</content>`,
      '</entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
