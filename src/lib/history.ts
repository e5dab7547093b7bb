import type { Translator } from './i18n/translator.ts';
import type { Incident } from './schema/incident.ts';
import { endedAt } from './lifecycle.ts';


/**
 * The home page's recent history: past items (newest first) that ended within `days` before
 * `now`, cut to `limit` so a busy fortnight cannot push the page past its weight budget.
 * `total` counts them all, so the page can say how many more the history holds.
 */
export function recentHistory(past: readonly Incident[], now: Date, days: number, limit: number): { shown: Incident[]; total: number } {
  const since = now.getTime() - days * 86_400_000;
  const recent = past.filter((i) => (endedAt(i, now) ?? i.started).getTime() >= since);
  return { shown: recent.slice(0, limit), total: recent.length };
}

/**
 * Items grouped under the month they started in (in `zone`, named in `t`'s language), in the order given.
 * @example groupByMonth([novemberA, novemberB, octoberC], 'Etc/UTC', english)
 *   // → [{ month: 'November 2026', incidents: [novemberA, novemberB] }, { month: 'October 2026', incidents: [octoberC] }]
 */
export function groupByMonth(incidents: readonly Incident[], zone: string, t: Translator): { month: string; incidents: Incident[] }[] {
  const groups: { month: string; incidents: Incident[] }[] = [];
  for (const incident of incidents) {
    const month = t.month(incident.started, zone);
    const last = groups.at(-1);
    if (last?.month === month) last.incidents.push(incident);
    else groups.push({ month, incidents: [incident] });
  }
  return groups;
}
