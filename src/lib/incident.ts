import type { Incident, IncidentFields } from './schema/incident.ts';
import type { ComponentStatus, Impact, IncidentKind } from './schema/vocabulary.ts';
import { componentStatusRank } from './schema/vocabulary.ts';

/** What a component listed without a status is taken to suffer, by kind and impact. */
function defaultComponentStatus(kind: IncidentKind, impact: Impact | undefined): ComponentStatus {
  if (kind === 'maintenance') return 'under_maintenance';
  if (kind === 'notice') return 'operational';
  return impact === 'critical' ? 'major_outage' : impact === 'major' ? 'partial_outage' : 'degraded_performance';
}

/** The impact an incident has when its author gave none: from the worst component status. */
function impactFromStatuses(kind: IncidentKind, statuses: ComponentStatus[]): Impact {
  if (kind !== 'incident') return 'none';
  const worst = Math.max(0, ...statuses.map((s) => componentStatusRank[s]));
  return worst >= componentStatusRank.major_outage ? 'critical' : worst >= componentStatusRank.partial_outage ? 'major' : 'minor';
}

/**
 * Normalises validated fields into the one `Incident` model: defaults filled in, updates newest
 * first, and the end time taken from a final `resolved`/`completed` update when not given.
 */
export function toIncident(id: string, fields: IncidentFields, description: string, source: Incident['source']): Incident {
  const components = Object.entries(fields.components).map(([componentId, status]) => ({
    id: componentId,
    status: status ?? defaultComponentStatus(fields.kind, fields.impact),
  }));
  const chronological = fields.updates
    .map((u, index) => ({ ...u, index }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index);
  const updates = chronological
    .map((u, n) => ({ id: `${id}-${n + 1}`, at: u.at, status: u.status, body: u.body.trim() }))
    .reverse();
  const latest = updates[0];
  const endedByUpdate = latest && (latest.status === 'resolved' || latest.status === 'completed') ? latest.at : null;
  const started = fields.started ?? fields.scheduled_for!;
  const resolved = fields.resolved ?? endedByUpdate;
  // A maintenance window is a plan, not a change: once it has updates, they (not its future start) date it.
  const begun = fields.kind === 'maintenance' && updates.length ? null : started;
  const times = [begun, resolved, ...updates.map((u) => u.at)].filter((t): t is Date => t !== null);
  return {
    id,
    kind: fields.kind,
    title: fields.title,
    impact: fields.impact ?? impactFromStatuses(fields.kind, components.map((c) => c.status)),
    components,
    started,
    resolved,
    scheduledFor: fields.scheduled_for ?? null,
    scheduledUntil: fields.scheduled_until ?? null,
    scope: fields.scope ?? null,
    affected: fields.affected ?? null,
    alternatives: fields.alternatives ?? null,
    eta: fields.eta ?? null,
    upstream: fields.upstream,
    updates,
    description: description.trim(),
    withdrawn: fields.withdrawn,
    translations: Object.fromEntries(Object.entries(fields.translations).map(([tag, tr]) => [tag, {
      title: tr.title ?? null,
      scope: tr.scope ?? null,
      affected: tr.affected ?? null,
      alternatives: tr.alternatives ?? null,
      eta: tr.eta ?? null,
      description: tr.description?.trim() ?? null,
      updates: Object.fromEntries(tr.updates.flatMap((t) => {
        const update = updates.find((u) => u.at.getTime() === t.at.getTime());
        return update ? [[update.id, t.body.trim()]] : [];
      })),
    }])),
    updatedAt: new Date(Math.max(...times.map((t) => t.getTime()))),
    source,
  };
}

/** When it was first posted, as far as content tells: its start or its first update, whichever is earlier. */
export function firstPostedAt(incident: Incident): Date {
  return incident.updates.reduce((first, u) => (u.at < first ? u.at : first), incident.started);
}
