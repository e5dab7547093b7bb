import type { UptimeDay } from './uptime.ts';
import { formatCalendarDay, formatDuration } from './time-format.ts';

/**
 * Uptime as a percentage, truncated (never rounded up: 99.996 % is not "100%").
 * @example formatUptime(0.99996) // → '99.99%'
 */
export function formatUptime(fraction: number | null): string {
  if (fraction === null) return 'no data';
  const hundredths = Math.floor(fraction * 10_000 + 1e-9);
  return `${(hundredths / 100).toFixed(hundredths === 10_000 ? 0 : 2)}%`;
}

/**
 * One day of a component's uptime in words, for the day's bar: what a screen reader says and a
 * keyboard or touch user sees on focus.
 * @example formatUptimeDay({ day: '2026-11-19', uptime: 0.9888, downMinutes: 16, maintenanceMinutes: 0, … })
 *   // → '19 Nov 2026: 98.88% up, 16 min down'
 */
export function formatUptimeDay(day: UptimeDay, language = 'en-GB'): string {
  const date = formatCalendarDay(day.day, language);
  const parts = [day.uptime === null ? 'no data' : `${formatUptime(day.uptime)} up`];
  if (day.downMinutes > 0) parts.push(`${formatDuration(day.downMinutes * 60_000)} down`);
  if (day.maintenanceMinutes > 0) parts.push(`${formatDuration(day.maintenanceMinutes * 60_000)} maintenance`);
  return `${date}: ${parts.join(', ')}`;
}

/** Shade of a day's bar, from full uptime (`a`) to heavy downtime (`d`); `m` maintenance only, `n` no data. */
export type UptimeLevel = 'a' | 'b' | 'c' | 'd' | 'm' | 'n';

/**
 * The shade of one day's bar. Any trouble at all keeps a day off full green, so a short outage
 * still shows.
 * @example uptimeLevel({ uptime: 0.995, worst: 'partial_outage', … }) // → 'c'
 */
export function uptimeLevel(day: Pick<UptimeDay, 'uptime' | 'worst'>): UptimeLevel {
  const { uptime, worst } = day;
  if (uptime === null) return worst === 'under_maintenance' ? 'm' : 'n';
  if (uptime >= 0.9999 && worst === 'operational') return 'a';
  return uptime >= 0.999 ? 'b' : uptime >= 0.99 ? 'c' : 'd';
}
