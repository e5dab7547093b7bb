import type { ComponentStatus, Impact, IncidentKind, UpdateStatus } from './schema/vocabulary.ts';
import type { Incident } from './schema/incident.ts';
import type { Indicator } from './status.ts';
import type { UptimeDay } from './uptime.ts';

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

/** A tone per indicator or status, used for colour and icon; the words always come with it. */
export type Tone = 'ok' | 'maintenance' | 'minor' | 'major' | 'critical';

export const indicatorTone: Record<Indicator, Tone> = {
  none: 'ok', maintenance: 'maintenance', minor: 'minor', major: 'major', critical: 'critical',
};

/**
 * What an item is, for its tag.
 * @example kindImpactLabel({ kind: 'incident', impact: 'major' }) // → 'Incident: major impact'
 */
export function kindImpactLabel(incident: Pick<Incident, 'kind' | 'impact'>): string {
  return incident.kind === 'incident' ? `${kindLabel.incident}: ${impactLabel[incident.impact].toLowerCase()}` : kindLabel[incident.kind];
}

/** The tone of an incident, notice or maintenance: maintenance by kind, an incident by impact. */
export function incidentTone(incident: Pick<Incident, 'kind' | 'impact'>): Tone {
  if (incident.kind === 'maintenance') return 'maintenance';
  if (incident.kind === 'notice') return 'ok';
  return incident.impact === 'critical' ? 'critical' : incident.impact === 'major' ? 'major' : 'minor';
}

/**
 * The names of an item's components, for people; an id that names no component is shown as is.
 * @example componentNameList({ components: [{ id: 'api', … }, { id: 'old', … }] }, new Map([['api', 'Public API']])) // → 'Public API, old'
 */
export function componentNameList(incident: Pick<Incident, 'components'>, names: ReadonlyMap<string, string>): string {
  return incident.components.map((c) => names.get(c.id) ?? c.id).join(', ');
}

/**
 * The tone of an item in the state it is in: anything over is good news, not its impact's colour.
 * @example stateTone({ kind: 'incident', impact: 'critical' }, 'resolved') // → 'ok'
 */
export function stateTone(incident: Pick<Incident, 'kind' | 'impact'>, state: UpdateStatus): Tone {
  return state === 'resolved' || state === 'completed' ? 'ok' : incidentTone(incident);
}

export const statusTone: Record<ComponentStatus, Tone> = {
  operational: 'ok', under_maintenance: 'maintenance', degraded_performance: 'minor', partial_outage: 'major', major_outage: 'critical',
};

const dateShapes = {
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter for one shape, zone and language ("en" reads as British English: 19 Nov 2026). */
function dateFormat(shape: keyof typeof dateShapes, zone: string, language: string): Intl.DateTimeFormat {
  const key = `${shape}|${zone}|${language}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { timeZone: zone, ...dateShapes[shape] });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A moment as people read it, in the given zone.
 * @example formatDateTime(new Date('2026-11-19T09:12:00Z'), 'Europe/Amsterdam') // → '19 Nov 2026, 10:12 CET'
 */
export function formatDateTime(date: Date, zone: string, language = 'en-GB'): string {
  return dateFormat('dateTime', zone, language).format(date);
}

/** A calendar date, in the given zone: `19 Nov 2026`. */
function formatDate(date: Date, zone: string, language = 'en-GB'): string {
  return dateFormat('date', zone, language).format(date);
}

/** The month a moment falls in, in the given zone: `November 2026`. */
export function formatMonth(date: Date, zone: string, language = 'en-GB'): string {
  return dateFormat('month', zone, language).format(date);
}

/**
 * A duration in words, to the minute.
 * @example formatDuration(9_300_000) // → '2 h 35 min'
 */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', rest || (!days && !hours) ? `${rest} min` : ''];
  return parts.filter(Boolean).join(' ');
}

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
 * A calendar day (`YYYY-MM-DD`, already in the site's zone) as people read it.
 * @example formatCalendarDay('2026-11-19') // → '19 Nov 2026'
 */
export function formatCalendarDay(day: string, language = 'en-GB'): string {
  // Noon UTC falls on the same calendar day wherever it is read from UTC.
  return formatDate(new Date(`${day}T12:00:00Z`), 'Etc/UTC', language);
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
