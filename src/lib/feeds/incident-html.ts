import { componentNameList, scopeLabel, updateStatusLabel } from '../wording.ts';
import type { Translator } from '../i18n/translator.ts';
import { renderInlineMarkdown, renderMarkdown } from '../markdown.ts';
import { escapeMarkup as escapeHtml } from '../escape.ts';
import type { Incident } from '../schema/incident.ts';

/**
 * Entries already written, per language, incident, zone and component names: one build writes
 * the same incident into the site's RSS and Atom feeds and its components' feeds.
 */
const written = new WeakMap<Translator, WeakMap<Incident, Map<string, string>>>();

/**
 * An incident as feed-entry HTML, like Statuspage's feeds: what a reader needs to act (scope,
 * affected, alternatives, ETA, upstream), then every update newest first.
 */
export function incidentFeedHtml(incident: Incident, zone: string, componentNames: ReadonlyMap<string, string>, t: Translator): string {
  let inLanguage = written.get(t);
  if (!inLanguage) written.set(t, (inLanguage = new WeakMap()));
  let byKey = inLanguage.get(incident);
  if (!byKey) inLanguage.set(incident, (byKey = new Map()));
  const key = JSON.stringify([zone, ...componentNames]);
  let html = byKey.get(key);
  if (html === undefined) byKey.set(key, (html = feedHtml(incident, zone, componentNames, t)));
  return html;
}

function feedHtml(incident: Incident, zone: string, componentNames: ReadonlyMap<string, string>, t: Translator): string {
  const parts: string[] = [];
  const time = (d: Date) => escapeHtml(t.dateTime(d, zone));
  if (incident.kind === 'maintenance') {
    parts.push(`<p><strong>${escapeHtml(t.t('feed.maintenanceWindow', { start: t.dateTime(incident.scheduledFor!, zone), end: t.dateTime(incident.scheduledUntil!, zone) }))}</strong></p>`);
  }
  const facts: [string, string | null][] = [
    [scopeLabel(incident.kind, t), incident.scope && renderInlineMarkdown(incident.scope)],
    [t.t('fact.affected'), incident.affected && renderInlineMarkdown(incident.affected)],
    [t.t('fact.alternatives'), incident.alternatives && renderInlineMarkdown(incident.alternatives)],
    [t.t('fact.eta'), incident.eta === null ? null : incident.eta instanceof Date ? time(incident.eta) : escapeHtml(incident.eta)],
    [t.t('fact.components'), incident.components.length ? escapeHtml(componentNameList(incident, componentNames, t)) : null],
    [t.t('fact.upstream'), incident.upstream.length
      ? incident.upstream.map((u) => `<a href="${escapeHtml(u.url)}">${escapeHtml(u.name)}</a>`).join(', ')
      : null],
  ];
  for (const [label, html] of facts) {
    if (html) parts.push(`<p>${t.html('text.labelled', { label: `<strong>${escapeHtml(label)}</strong>`, value: html })}</p>`);
  }
  for (const update of incident.updates) {
    parts.push(
      `<p><small>${time(update.at)}</small><br><strong>${escapeHtml(updateStatusLabel(update.status, t))}</strong> - ${renderInlineMarkdown(update.body.replace(/\s*\n\s*/g, ' '))}</p>`,
    );
  }
  if (incident.description) parts.push(renderMarkdown(incident.description));
  return parts.join('\n');
}
