import type { ComponentStatus, Impact, IncidentKind, UpdateStatus } from './schema/vocabulary.ts';
import type { Incident } from './schema/incident.ts';
import type { Indicator } from './component-status.ts';

/** Words for each component status, for people. */
export const componentStatusLabel: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  under_maintenance: 'Under maintenance',
};

export const updateStatusLabel: Record<UpdateStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};

const impactLabel: Record<Impact, string> = {
  none: 'No impact', minor: 'Minor impact', major: 'Major impact', critical: 'Critical impact',
};

/** Headings of an incident's facts in feeds and the calendar, in the incident page's words. */
export const factLabel = {
  scope: 'What is broken', affected: 'Who is affected', alternatives: 'What to do instead', eta: 'Expected fix',
  components: 'Components', upstream: 'Upstream',
} as const;

/** The heading of an item's scope, by kind: maintenance and notices break nothing. */
export const scopeLabel: Record<IncidentKind, string> = {
  incident: factLabel.scope, maintenance: 'What to expect', notice: 'What it means',
};

export const kindLabel: Record<IncidentKind, string> = { incident: 'Incident', maintenance: 'Maintenance', notice: 'Notice' };

/**
 * The line under the page's headline: what is going on now, in the order the headline weighs it
 * (open incidents, then maintenance, then notices, which affect nothing); null when nothing is.
 * @example activitySummary([{ kind: 'incident' }, { kind: 'notice' }], 0) // → 'One incident is open. Details below.'
 */
export function activitySummary(active: readonly Pick<Incident, 'kind'>[], maintenanceInProgress: number): string | null {
  const incidents = active.filter((i) => i.kind === 'incident').length;
  const notices = active.filter((i) => i.kind === 'notice').length;
  if (incidents > 0) return `${incidents === 1 ? 'One incident is' : `${incidents} incidents are`} open. Details below.`;
  if (maintenanceInProgress > 0) return 'Maintenance is in progress. Details below.';
  if (notices > 0) return `${notices === 1 ? 'One notice is' : `${notices} notices are`} posted. Details below.`;
  return null;
}

/**
 * A state in words. A notice informs rather than reports a fault, so until an update gives it a
 * state, it is simply "Current" (not "Investigating").
 * @example stateLabel({ kind: 'notice', updates: [] }, 'investigating') // → 'Current'
 */
export function stateLabel(incident: Pick<Incident, 'kind' | 'updates'>, state: UpdateStatus): string {
  return incident.kind === 'notice' && state === 'investigating' && incident.updates.length === 0 ? 'Current' : updateStatusLabel[state];
}

/**
 * The heading over what is happening now, naming only the kinds present.
 * @example activeHeading([{ kind: 'notice' }]) // → 'Notices'
 */
export function activeHeading(active: readonly Pick<Incident, 'kind'>[]): string {
  const hasIncident = active.some((i) => i.kind === 'incident');
  const hasNotice = active.some((i) => i.kind === 'notice');
  return hasIncident && hasNotice ? 'Active incidents and notices' : hasNotice ? 'Notices' : 'Active incidents';
}

/**
 * What an item is, for its tag.
 * @example kindImpactLabel({ kind: 'incident', impact: 'major' }) // → 'Incident: major impact'
 */
export function kindImpactLabel(incident: Pick<Incident, 'kind' | 'impact'>): string {
  return incident.kind === 'incident' ? `${kindLabel.incident}: ${impactLabel[incident.impact].toLowerCase()}` : kindLabel[incident.kind];
}

/**
 * The names of an item's components, for people; an id that names no component is shown as is.
 * @example componentNameList({ components: [{ id: 'api', … }, { id: 'old', … }] }, new Map([['api', 'Public API']])) // → 'Public API, old'
 */
export function componentNameList(incident: Pick<Incident, 'components'>, names: ReadonlyMap<string, string>): string {
  return incident.components.map((c) => names.get(c.id) ?? c.id).join(', ');
}

/** Statuspage's wording for each indicator. */
export const indicatorDescription: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
  maintenance: 'Service Under Maintenance',
};
