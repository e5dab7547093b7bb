import type { ComponentStatus, UpdateStatus } from './schema/vocabulary.ts';
import type { Incident } from './schema/incident.ts';
import type { Indicator } from './component-status.ts';

/**
 * The colour and icon of a status, an indicator or an item; words always come with it. `unknown`
 * is for what could not be read: it never looks like `ok`.
 */
export type Tone = 'ok' | 'maintenance' | 'minor' | 'major' | 'critical' | 'unknown';

/** The tone of the page's overall indicator. */
export const toneOfIndicator: Record<Indicator, Tone> = {
  none: 'ok', maintenance: 'maintenance', minor: 'minor', major: 'major', critical: 'critical',
};

/** The tone of one component's status. */
export const toneOfComponentStatus: Record<ComponentStatus, Tone> = {
  operational: 'ok', under_maintenance: 'maintenance', degraded_performance: 'minor', partial_outage: 'major', major_outage: 'critical',
};

/**
 * The tone of an incident, notice or maintenance: maintenance by kind, an incident by impact.
 * Given the state it is in, anything over is good news, not its impact's colour.
 * @example toneOfIncident({ kind: 'incident', impact: 'critical' }) // → 'critical'
 * @example toneOfIncident({ kind: 'incident', impact: 'critical' }, 'resolved') // → 'ok'
 */
export function toneOfIncident(incident: Pick<Incident, 'kind' | 'impact'>, state?: UpdateStatus): Tone {
  if (state === 'resolved' || state === 'completed') return 'ok';
  if (incident.kind === 'maintenance') return 'maintenance';
  if (incident.kind === 'notice') return 'ok';
  return incident.impact === 'critical' ? 'critical' : incident.impact === 'major' ? 'major' : 'minor';
}
