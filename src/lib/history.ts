import type { Incident } from './schema/incident.ts';

/** When a past incident or maintenance ended: resolved, else the window's end, else its start. */
export const endOf = (incident: Incident): Date => incident.resolved ?? incident.scheduledUntil ?? incident.started;

/**
 * The home page's recent history: past items (newest first) that ended within `days` before
 * `now`, cut to `limit` so a busy fortnight cannot push the page past its weight budget.
 * `total` counts them all, so the page can say how many more the history holds.
 */
export function recentHistory(past: readonly Incident[], now: Date, days: number, limit: number): { shown: Incident[]; total: number } {
  const since = now.getTime() - days * 86_400_000;
  const recent = past.filter((i) => endOf(i).getTime() >= since);
  return { shown: recent.slice(0, limit), total: recent.length };
}
