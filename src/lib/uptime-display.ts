import type { UptimeDay, UptimeSummary } from './uptime.ts';
import type { Translator } from './i18n/translator.ts';

const uptimeFormats = new Map<string, Intl.NumberFormat>();

/**
 * Uptime as a percentage to two decimals, truncated (never rounded up: 99.996 % is not "100%").
 * @example formatUptime(0.99996, english) // → '99.99%'
 */
export function formatUptime(fraction: number | null, t: Translator): string {
  if (fraction === null) return t.t('uptime.noData');
  const hundredths = Math.floor(fraction * 10_000 + 1e-9);
  const digits = hundredths === 10_000 ? 0 : 2;
  const key = `${t.intl}|${digits}`;
  let f = uptimeFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(t.intl, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    uptimeFormats.set(key, f);
  }
  return f.format(hundredths / 10_000);
}

/**
 * One day of a component's uptime in words, for the day's bar: what a screen reader says and a
 * keyboard or touch user sees on focus.
 * @example formatUptimeDay({ day: '2026-11-19', uptime: 0.9888, downMinutes: 16, maintenanceMinutes: 0, … }, english)
 *   // → '19 Nov 2026: 98.88% up, 16 mins down'
 */
export function formatUptimeDay(day: UptimeDay, t: Translator): string {
  const parts = [day.uptime === null ? t.t('uptime.noData') : t.t('uptime.dayUp', { uptime: formatUptime(day.uptime, t) })];
  if (day.downMinutes > 0) parts.push(t.t('uptime.dayDown', { duration: t.duration(day.downMinutes * 60_000) }));
  if (day.maintenanceMinutes > 0) parts.push(t.t('uptime.dayMaintenance', { duration: t.duration(day.maintenanceMinutes * 60_000) }));
  return t.t('text.labelled', { label: t.calendarDay(day.day), value: t.list(parts) });
}

/**
 * The sentence under a component's bars: its uptime over the window, against its target, and how
 * many days had downtime.
 * @example uptimeSentence(summary, 99.9, english) // → '99.95% uptime over 90 days (target 99.9%); 2 days with downtime.'
 */
export function uptimeSentence(uptime: UptimeSummary, slo: number | undefined, t: Translator): string {
  const bad = uptime.days.filter((d) => d.downMinutes > 0).length;
  const values = {
    uptime: formatUptime(uptime.uptime, t),
    days: t.plural('uptime.days', uptime.days.length),
    downtime: bad === 0 ? t.t('uptime.noDowntimeDays') : t.plural('uptime.downtimeDays', bad),
  };
  return slo === undefined ? t.t('uptime.summary', values) : t.t('uptime.summaryTarget', { ...values, target: t.percent(slo / 100) });
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
