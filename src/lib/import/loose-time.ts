import { daysInMonth, wallClockToInstant } from '../time.ts';

/** A time read from another tool's files: the instant, and whether the text named its zone. */
export type LooseTime = { ok: true; date: Date; zoned: boolean } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2018-06-13 15:54:00`, `2018/06/13T15:54`, `2024-12-27T09:43:40.482Z`, Go's `… +0000 UTC`. */
const NUMERIC = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([AP]M)?)?\s*(.*)$/i;
/** `13.06.2018 15:54`: day first, as German and Dutch sites write it. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/;
/** `June 13, 2018 3:04 PM`, `13 Jun 2018 15:04`, cState's own `dateFormat`. */
const WORDY = /^(?:[a-z]+,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+(\d{4})(?:(?:\s+at)?[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?\s*(.*)$/i;

/**
 * Reads a date-time in any of the layouts people write by hand. A value without a zone is read in
 * `zone` and flagged (`zoned: false`) so the caller can say so.
 * @example parseLooseTime('2018-06-13 15:54:00', 'Etc/UTC') // → { ok: true, date: 2018-06-13T15:54:00Z, zoned: false }
 * @example parseLooseTime('June 13, 2018 3:04 PM +02:00', 'Etc/UTC') // → { ok: true, date: 2018-06-13T13:04:00Z, zoned: true }
 */
export function parseLooseTime(value: unknown, zone: string): LooseTime {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: 'is not a real date' };
    // A TOML local date-time (smol-toml's TomlDate) prints without a zone, and is read as one without.
    return parseLooseTime(value.toISOString(), zone);
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix time: seconds when it has 10 digits or fewer, else milliseconds.
    return { ok: true, date: new Date(Math.abs(value) < 1e11 ? value * 1000 : value), zoned: true };
  }
  if (typeof value !== 'string' || !value.trim()) return { ok: false, message: 'is empty' };
  const text = value.trim().replace(/^["']|["']$/g, '');
  const parts = readParts(text);
  if (!parts) return { ok: false, message: `"${text}" is not a date this importer can read; write it as 2018-06-13T15:54:00Z` };
  const { year, month, day, meridiem } = parts;
  let hour = parts.hour;
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, message: `"${text}" is not a real time` };
    hour = (hour % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || parts.minute > 59 || parts.second > 59) {
    return { ok: false, message: `"${text}" is not a real date-time` };
  }
  const offset = readOffset(parts.rest);
  if (offset === 'invalid') return { ok: false, message: `"${text}" has a zone this importer cannot read ("${parts.rest}")` };
  const wall = { year, month, day, hour, minute: parts.minute, second: parts.second };
  if (offset === null) return { ok: true, date: new Date(wallClockToInstant(wall, zone)), zoned: false };
  const naive = Date.UTC(year, month - 1, day, hour, parts.minute, parts.second) + parts.millis;
  return { ok: true, date: new Date(naive - offset * 60_000), zoned: true };
}

interface Parts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; millis: number;
  meridiem?: string;
  /** What follows the time: a zone, or nothing. */
  rest: string;
}

function readParts(text: string): Parts | null {
  let m = NUMERIC.exec(text);
  if (m) {
    return {
      year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0),
      millis: m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0, meridiem: m[8], rest: m[9]!,
    };
  }
  m = DOTTED.exec(text);
  if (m) {
    return { year: +m[3]!, month: +m[2]!, day: +m[1]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0), millis: 0, rest: m[7]! };
  }
  m = WORDY.exec(text);
  if (m) {
    const monthName = (m[2] ?? m[3])!.slice(0, 3).toLowerCase();
    const month = MONTHS.indexOf(monthName) + 1;
    if (!month) return null;
    return {
      year: +m[5]!, month, day: +(m[1] ?? m[4])!, hour: +(m[6] ?? 0), minute: +(m[7] ?? 0), second: +(m[8] ?? 0),
      millis: 0, meridiem: m[9], rest: m[10]!,
    };
  }
  return null;
}

/** Minutes east of UTC named by a zone suffix; null when there is none. */
function readOffset(rest: string): number | null | 'invalid' {
  const text = rest.trim();
  if (!text) return null;
  if (/^(?:z|utc|gmt|\+0000 utc|\+00:00 utc)$/i.test(text)) return 0;
  const m = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?:\s+[a-z]{2,5})?$/i.exec(text);
  if (!m) return 'invalid';
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return 'invalid';
  return m[1] === '-' ? -minutes : minutes;
}
