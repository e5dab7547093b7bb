import type { Incident } from './schema/incident.ts';
import type { IncidentState, MaintenanceState } from './schema/vocabulary.ts';

/** Epoch milliseconds of a time that may be missing; NaN for none, so any comparison with it is false. */
const msOrNaN = (d: Date | null) => (d ? d.getTime() : Number.NaN);

/**
 * An incident's or notice's state at `now`: resolved once its end time has passed, else the
 * state its latest update gave (investigating until the first update says otherwise).
 */
export function incidentState(incident: Incident, now: Date): IncidentState {
  if (incident.resolved && incident.resolved.getTime() <= now.getTime()) return 'resolved';
  const latest = incident.updates.find((u) => u.at.getTime() <= now.getTime() && u.status !== 'resolved');
  return (latest?.status as IncidentState | undefined) ?? 'investigating';
}

/**
 * A maintenance's state at `now`, by its window: scheduled before, in progress inside, completed
 * after. Updates move it earlier (an `in_progress` posted before the window) or later (an
 * `in_progress`/`verifying` posted after the window ended: an acknowledged overrun); a
 * `completed` update or `resolved` time ends it.
 */
export function maintenanceState(m: Incident, now: Date): MaintenanceState {
  const at = now.getTime();
  if (m.resolved && m.resolved.getTime() <= at) return 'completed';
  const latest = m.updates.find((u) => u.at.getTime() <= at);
  const said = latest?.status === 'in_progress' || latest?.status === 'verifying' ? latest.status : null;
  if (at < msOrNaN(m.scheduledFor)) return said ?? 'scheduled';
  if (at < msOrNaN(m.scheduledUntil)) return said ?? 'in_progress';
  if (said && latest!.at.getTime() >= msOrNaN(m.scheduledUntil)) return said;
  return 'completed';
}

/** The state shown for any kind, in its own vocabulary. */
export function currentState(incident: Incident, now: Date): IncidentState | MaintenanceState {
  return incident.kind === 'maintenance' ? maintenanceState(incident, now) : incidentState(incident, now);
}

/**
 * When it ended, if it is over at `now`: its resolved time, or a completed window's end; null
 * while it is ahead or going on, so nothing says how long something "lasted" that has not ended.
 */
export function endedAt(incident: Incident, now: Date): Date | null {
  const state = currentState(incident, now);
  if (state !== 'resolved' && state !== 'completed') return null;
  return incident.resolved && incident.resolved.getTime() <= now.getTime() ? incident.resolved : incident.scheduledUntil;
}

/** Whether it is happening at `now`: begun, not over, not withdrawn. */
export function isActive(incident: Incident, now: Date): boolean {
  if (incident.withdrawn) return false;
  if (incident.kind === 'maintenance') {
    const s = maintenanceState(incident, now);
    return s === 'in_progress' || s === 'verifying';
  }
  return incident.started.getTime() <= now.getTime() && incidentState(incident, now) !== 'resolved';
}

/** Whether a maintenance is still ahead at `now`. */
export function isUpcoming(incident: Incident, now: Date): boolean {
  return !incident.withdrawn && incident.kind === 'maintenance' && maintenanceState(incident, now) === 'scheduled';
}
