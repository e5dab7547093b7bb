import type { Component } from './schema/components.ts';
import type { Incident } from './schema/incident.ts';
import { componentStatusRank, impactRank, type ComponentStatus, type Impact } from './schema/vocabulary.ts';
import { isActive } from './lifecycle.ts';

/** Statuspage's page indicator. */
export type Indicator = Impact | 'maintenance';

/** The worse of two component statuses. */
export function worseStatus(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return componentStatusRank[b] > componentStatusRank[a] ? b : a;
}

/**
 * Each component's status at `now`: the worst that any active incident or maintenance in
 * progress gives it. Notices inform and change no status.
 */
export function deriveComponentStatuses(
  components: readonly Component[],
  incidents: readonly Incident[],
  now: Date,
): Map<string, ComponentStatus> {
  const statuses = new Map<string, ComponentStatus>(components.map((c) => [c.id, 'operational']));
  for (const incident of incidents) {
    if (incident.kind === 'notice' || !isActive(incident, now)) continue;
    for (const { id, status } of incident.components) {
      const current = statuses.get(id);
      if (current) statuses.set(id, worseStatus(current, status));
    }
  }
  return statuses;
}

const COMPONENT_INDICATOR: Record<ComponentStatus, Impact> = {
  operational: 'none', under_maintenance: 'none', degraded_performance: 'minor', partial_outage: 'major', major_outage: 'major',
};

/**
 * The page indicator: the worst of active incidents' impacts and component statuses, where an
 * active incident is never less than `minor` (an open incident must never read as "all
 * operational"); `maintenance` when nothing is wrong but a window is in progress.
 */
export function derivePageIndicator(
  statuses: ReadonlyMap<string, ComponentStatus>,
  activeIncidents: readonly Incident[],
  maintenanceInProgress: boolean,
): Indicator {
  let level: Impact = 'none';
  const raise = (impact: Impact) => { if (impactRank[impact] > impactRank[level]) level = impact; };
  for (const incident of activeIncidents) {
    if (incident.kind === 'incident') raise(incident.impact === 'none' ? 'minor' : incident.impact);
  }
  const all = [...statuses.values()];
  for (const status of all) raise(COMPONENT_INDICATOR[status]);
  if (all.length > 0 && all.every((s) => s === 'major_outage')) raise('critical');
  if (level === 'none' && maintenanceInProgress) return 'maintenance';
  return level;
}
