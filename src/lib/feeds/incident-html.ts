import { componentNameList, factLabel, kindLabel, scopeLabel, updateStatusLabel } from '../wording.ts';
import { formatDateTime } from '../time-format.ts';
import { renderInlineMarkdown, renderMarkdown } from '../markdown.ts';
import { escapeMarkup as escapeHtml } from '../escape.ts';
import type { Incident } from '../schema/incident.ts';

/**
 * Entries already written, per incident and per zone and component names: one build writes the
 * same incident into the site's RSS and Atom feeds and its components' feeds.
 */
const written = new WeakMap<Incident, Map<string, string>>();

/**
 * An incident as feed-entry HTML, like Statuspage's feeds: what a reader needs to act (scope,
 * affected, alternatives, ETA, upstream), then every update newest first.
 */
export function incidentFeedHtml(incident: Incident, zone: string, componentNames: ReadonlyMap<string, string>): string {
  const key = JSON.stringify([zone, ...componentNames]);
  let byKey = written.get(incident);
  if (!byKey) written.set(incident, (byKey = new Map()));
  let html = byKey.get(key);
  if (html === undefined) byKey.set(key, (html = feedHtml(incident, zone, componentNames)));
  return html;
}

function feedHtml(incident: Incident, zone: string, componentNames: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (incident.kind === 'maintenance') {
    parts.push(`<p><strong>${kindLabel.maintenance}, scheduled ${escapeHtml(formatDateTime(incident.scheduledFor!, zone))} to ${escapeHtml(formatDateTime(incident.scheduledUntil!, zone))}</strong></p>`);
  }
  const facts: [string, string | null][] = [
    [scopeLabel[incident.kind], incident.scope && renderInlineMarkdown(incident.scope)],
    [factLabel.affected, incident.affected && renderInlineMarkdown(incident.affected)],
    [factLabel.alternatives, incident.alternatives && renderInlineMarkdown(incident.alternatives)],
    [factLabel.eta, incident.eta === null ? null : escapeHtml(incident.eta instanceof Date ? formatDateTime(incident.eta, zone) : incident.eta)],
    [factLabel.components, incident.components.length ? escapeHtml(componentNameList(incident, componentNames)) : null],
    [factLabel.upstream, incident.upstream.length
      ? incident.upstream.map((u) => `<a href="${escapeHtml(u.url)}">${escapeHtml(u.name)}</a>`).join(', ')
      : null],
  ];
  for (const [label, html] of facts) if (html) parts.push(`<p><strong>${label}:</strong> ${html}</p>`);
  for (const update of incident.updates) {
    parts.push(
      `<p><small>${escapeHtml(formatDateTime(update.at, zone))}</small><br><strong>${updateStatusLabel[update.status]}</strong> - ${renderInlineMarkdown(update.body.replace(/\s*\n\s*/g, ' '))}</p>`,
    );
  }
  if (incident.description) parts.push(renderMarkdown(incident.description));
  return parts.join('\n');
}
