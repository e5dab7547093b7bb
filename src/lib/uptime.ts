import type { Incident } from './schema/incident.ts';
import type { ComponentStatus } from './schema/vocabulary.ts';
import { endedAt, maintenanceState } from './lifecycle.ts';
import { worseStatus } from './component-status.ts';
import { addDays, dayOf, startOfDay } from './time.ts';

/** How much of an interval counts as downtime, by the status the component had . */
const downtimeWeight: Record<ComponentStatus, number> = {
  operational: 0, degraded_performance: 0, under_maintenance: 0, partial_outage: 0.3, major_outage: 1,
};

export interface UptimeDay {
  /** Calendar day in the site's zone, YYYY-MM-DD. */
  day: string;
  /** Fraction 0–1 of the observed, non-maintenance time that was up; null when none was observed. */
  uptime: number | null;
  /** Weighted minutes of downtime that day. */
  downMinutes: number;
  /** Minutes under maintenance, excluded from the figure. */
  maintenanceMinutes: number;
  /** The worst status the component had that day. */
  worst: ComponentStatus;
  /** Incidents and maintenance touching this component that day. */
  incidentIds: string[];
}

export interface UptimeSummary {
  days: UptimeDay[];
  /** Fraction 0–1 over the whole window; null when nothing was observed. */
  uptime: number | null;
}

interface Span { from: number; to: number; status: ComponentStatus; incidentId: string }

/** When an incident or maintenance affected components, clipped to `now`. */
function spanOf(incident: Incident, now: number): { from: number; to: number } | null {
  if (incident.withdrawn) return null;
  const at = new Date(now);
  let from = incident.started.getTime();
  if (incident.kind === 'maintenance') {
    if (maintenanceState(incident, at) === 'scheduled') return null;
    from = Math.min(from, incident.scheduledFor!.getTime());
  }
  return { from, to: Math.min(endedAt(incident, at)?.getTime() ?? now, now) };
}

/**
 * Per-day uptime of one component over the `days` calendar days ending today (in `zone`),
 * from incident durations: where incidents overlap, the worst status at each moment counts once.
 * Maintenance time is left out of the figure unless an outage happened during it.
 */
export function componentUptime(
  componentId: string,
  incidents: readonly Incident[],
  now: Date,
  zone: string,
  days = 90,
): UptimeSummary {
  const nowMs = now.getTime();
  const today = dayOf(nowMs, zone);
  const firstDay = addDays(today, -(days - 1));
  const windowStart = startOfDay(firstDay, zone);

  const spans: Span[] = [];
  for (const incident of incidents) {
    if (incident.kind === 'notice') continue;
    const affected = incident.components.find((c) => c.id === componentId);
    if (!affected) continue;
    const span = spanOf(incident, nowMs);
    if (!span || span.to <= windowStart || span.to <= span.from) continue;
    spans.push({ ...span, status: affected.status, incidentId: incident.id });
  }

  const result: UptimeDay[] = [];
  let totalDown = 0;
  let totalObserved = 0;
  // Each day starts where the one before ended: one zone lookup per boundary, not two.
  let from = windowStart;
  for (let i = 0; i < days; i++) {
    const day = addDays(firstDay, i);
    const nextStart = startOfDay(addDays(day, 1), zone);
    const to = Math.min(nextStart, nowMs);
    const { down, maintenance, worst, ids } = integrate(spans, from, to);
    const observed = Math.max(0, to - from - maintenance);
    totalDown += down;
    totalObserved += observed;
    result.push({
      day,
      uptime: observed > 0 ? Math.max(0, 1 - down / observed) : null,
      downMinutes: down / 60_000,
      maintenanceMinutes: maintenance / 60_000,
      worst,
      incidentIds: ids,
    });
    from = nextStart;
  }
  return { days: result, uptime: totalObserved > 0 ? Math.max(0, 1 - totalDown / totalObserved) : null };
}

/**
 * Weighted downtime and maintenance time within [from, to): a sweep over span boundaries taking,
 * for each piece of time, the heaviest status in force.
 */
function integrate(spans: readonly Span[], from: number, to: number) {
  const inDay = spans.filter((s) => s.from < to && s.to > from);
  let worst: ComponentStatus = 'operational';
  if (inDay.length === 0 || to <= from) return { down: 0, maintenance: 0, worst, ids: [] as string[] };
  const cuts = [...new Set([from, to, ...inDay.flatMap((s) => [s.from, s.to]).filter((x) => x > from && x < to)])].sort((a, b) => a - b);
  let down = 0;
  let maintenance = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const active = inDay.filter((s) => s.from <= a && s.to >= b);
    if (active.length === 0) continue;
    const weight = Math.max(...active.map((s) => downtimeWeight[s.status]));
    if (weight > 0) down += weight * (b - a);
    else if (active.some((s) => s.status === 'under_maintenance')) maintenance += b - a;
    for (const s of active) worst = worseStatus(worst, s.status);
  }
  return { down, maintenance, worst, ids: [...new Set(inDay.map((s) => s.incidentId))] };
}
