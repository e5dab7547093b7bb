import { remembered } from './remembered.ts';

/** Time helpers that take the zone as a parameter; nothing here reads the clock. */

/** An ISO 8601 date-time that carries its zone: `Z` or `±hh:mm`. Seconds and fractions optional. */
/** Without flags, so JSON Schema (whose patterns take none) can share it. */
export const ZONED_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;
const UNZONED_TIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

export type ParsedTime = { ok: true; date: Date } | { ok: false; message: string };

/**
 * Parses a date-time that must name its zone.
 * @example parseZonedTime('2026-11-20T14:02:00Z') // → { ok: true, date: 2026-11-20T14:02:00.000Z }
 * @example parseZonedTime('2026-11-20 14:02')     // → { ok: false, message: '… has no time zone …' }
 */
export function parseZonedTime(value: string): ParsedTime {
  const text = value.trim();
  if (UNZONED_TIME.test(text)) {
    return {
      ok: false,
      message: `"${text}" has no time zone: write it as ${suggestZoned(text)} for UTC, or with an offset such as +01:00`,
    };
  }
  const m = ZONED_TIME.exec(text);
  if (!m) return { ok: false, message: `"${text}" is not a date-time; use ISO 8601 such as 2026-11-20T14:02:00Z` };
  const [, y, mo, d, h, mi, s] = m.map(Number);
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth(y!, mo!) || h! > 23 || mi! > 59 || (s ?? 0) > 59) {
    return { ok: false, message: `"${text}" is not a real date-time` };
  }
  const date = new Date(text.replace(/[t ]/, 'T').replace(/z$/, 'Z'));
  if (Number.isNaN(date.getTime())) return { ok: false, message: `"${text}" is not a real date-time` };
  return { ok: true, date };
}

function suggestZoned(text: string): string {
  const [day, time = '00:00'] = text.split(/[Tt ]/);
  return `${day}T${time.length === 5 ? `${time}:00` : time}Z`;
}

/** Days in a month of a year (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const partsFormatter = (zone: string) => remembered(partsFormatters, zone, () => new Intl.DateTimeFormat('en-US', {
  timeZone: zone, hourCycle: 'h23',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
}));

/** Wall-clock fields of an instant in a zone. */
function wallClock(ms: number, zone: string) {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(zone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Offset of `zone` from UTC at instant `ms`, in milliseconds (positive east of Greenwich). */
function zoneOffset(ms: number, zone: string): number {
  const w = wallClock(ms, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in `zone`.
 * @example dayOf(Date.parse('2026-11-20T23:30:00Z'), 'Europe/Berlin') // → '2026-11-21'
 */
export function dayOf(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * Day starts already found, by zone and day: every component's uptime bar asks for the same 91,
 * each costing four zone lookups through Intl (about 25 ms of a build for eight components).
 */
const dayStarts = new Map<string, number>();

/** The first instant of calendar day `day` (YYYY-MM-DD) in `zone`, as epoch milliseconds. */
export function startOfDay(day: string, zone: string): number {
  return remembered(dayStarts, `${zone} ${day}`, () => {
    const [y, m, d] = day.split('-').map(Number);
    return wallClockToInstant({ year: y!, month: m!, day: d! }, zone);
  }, 10_000);
}

/**
 * The instant a wall-clock reading in `zone` names, as epoch milliseconds.
 * @example wallClockToInstant({ year: 2026, month: 11, day: 20, hour: 15 }, 'Europe/Berlin') // → Date.parse('2026-11-20T14:00:00Z')
 */
export function wallClockToInstant(
  t: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  zone: string,
): number {
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour ?? 0, t.minute ?? 0, t.second ?? 0);
  // Two passes: the offset at a naive guess can differ from the offset at the real instant on DST days.
  const guess = naive - zoneOffset(naive, zone);
  return naive - zoneOffset(guess, zone);
}

/** The day `n` days after `day` (YYYY-MM-DD), by the calendar, not by 24-hour steps. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}


function pad(n: number): string {
  return String(n).padStart(2, '0');
}
