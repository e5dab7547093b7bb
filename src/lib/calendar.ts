import { componentStatusInline, updateStatusLabel } from './wording.ts';
import type { Translator } from './i18n/translator.ts';
import { markdownToText } from './markdown.ts';
import type { Component } from './schema/components.ts';
import type { Incident } from './schema/incident.ts';
import type { SiteSettings } from './schema/site.ts';
import { absoluteUrl, pagePath } from './urls.ts';
import { componentNames } from './component-names.ts';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11).
 * @example escapeText('a, b; c\\d\ne') // → 'a\\, b\\; c\\\\d\\ne'
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and
 * a multi-octet UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: no UTF-8 character takes more than 4 octets.
  if (line.length * 4 <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD, also 3). */
const utf8Octets = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** A UTC date-time in iCalendar's basic form: `20261120T140000Z`. */
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Minutes in a year: an update outweighs moving a window by up to a year. */
const UPDATE_WEIGHT = 525_600;

/**
 * The event's SEQUENCE, derived from content because the build keeps no state between runs.
 * It adds the window's start and end in whole minutes and a year of minutes per update, doubles
 * that, and adds one when withdrawn. So moving either end later raises it, posting an update raises
 * it whatever the window did (the way to move a window earlier: say so in an update), and withdrawing
 * raises it: calendars take the newer copy. It stays within the 32-bit range clients store it in.
 */
export function eventSequence(m: Incident): number {
  const minutes = (d: Date | null) => Math.floor((d?.getTime() ?? 0) / 60_000);
  return 2 * (minutes(m.scheduledFor) + minutes(m.scheduledUntil) + m.updates.length * UPDATE_WEIGHT) + (m.withdrawn ? 1 : 0);
}

/** The plain-text body of an event: what it touches and what to do, then every update, newest first. */
function eventDescription(m: Incident, componentNames: ReadonlyMap<string, string>, zone: string, t: Translator): string {
  const lines: string[] = [];
  const labelled = (label: string, value: string) => t.t('text.labelled', { label, value });
  if (m.withdrawn) lines.push(t.t('calendar.cancelled'));
  if (m.components.length) {
    const touched = m.components.map((c) => t.t('calendar.componentStatus', { component: componentNames.get(c.id) ?? c.id, status: componentStatusInline(c.status, t) }));
    lines.push(labelled(t.t('fact.components'), t.list(touched)));
  }
  const fields = [['scope', 'fact.scopeMaintenance'], ['affected', 'fact.affected'], ['alternatives', 'fact.alternatives']] as const;
  for (const [field, label] of fields) {
    const text = m[field];
    if (text) lines.push(labelled(t.t(label), markdownToText(text)));
  }
  for (const u of m.updates) {
    lines.push(t.t('calendar.update', { status: updateStatusLabel(u.status, t), time: t.dateTime(u.at, zone), body: markdownToText(u.body) }));
  }
  if (m.description) lines.push(markdownToText(m.description));
  return lines.join('\n\n');
}

/**
 * An RFC 5545 calendar of every maintenance window, withdrawn ones included as `STATUS:CANCELLED`
 * so that subscribed calendars remove them. Takes all incidents (not only shown ones) for that reason.
 * One calendar per site, in its first language.
 */
export function toMaintenanceCalendar(
  site: SiteSettings,
  components: readonly Component[],
  incidents: readonly Incident[],
  now: Date,
  t: Translator,
): string {
  const home = new URL(absoluteUrl(site.url, pagePath.home));
  const uidDomain = `${home.host}${home.pathname.replace(/\/+$/, '')}`;
  const names = componentNames(components);
  const calendarName = escapeText(t.t('calendar.name', { site: site.name }));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sitrep//Maintenance calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${calendarName}`,
    `X-WR-CALNAME:${calendarName}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  const windows = incidents
    .filter((i) => i.kind === 'maintenance')
    .sort((a, b) => a.scheduledFor!.getTime() - b.scheduledFor!.getTime() || a.id.localeCompare(b.id));
  for (const m of windows) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${m.id}@${uidDomain}`)}`,
      // With METHOD:PUBLISH, DTSTAMP is when this calendar was made: the build.
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${utc(m.scheduledFor!)}`,
      `DTEND:${utc(m.scheduledUntil!)}`,
      `SEQUENCE:${eventSequence(m)}`,
      `STATUS:${m.withdrawn ? 'CANCELLED' : 'CONFIRMED'}`,
      `SUMMARY:${escapeText(m.title)}`,
      `DESCRIPTION:${escapeText(eventDescription(m, names, site.timezone, t))}`,
      // A withdrawn entry has no page to link to.
      ...(m.withdrawn ? [] : [`URL:${absoluteUrl(site.url, pagePath.incident(m.id))}`]),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
