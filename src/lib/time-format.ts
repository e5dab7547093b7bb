import { remembered } from './remembered.ts';

const dateShapes = {
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A formatter that remembers what it wrote: a build writes each moment on several pages. */
interface DateFormat { format(date: Date): string }

const dateFormats = new Map<string, DateFormat>();

/** A cached formatter for one shape, zone and language ("en" reads as British English: 19 Nov 2026). */
function dateFormat(shape: keyof typeof dateShapes, zone: string, language: string): DateFormat {
  return remembered(dateFormats, `${shape}|${zone}|${language}`, () => {
    const intl = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { timeZone: zone, ...dateShapes[shape] });
    const written = new Map<number, string>();
    return { format: (date) => remembered(written, date.getTime(), () => intl.format(date)) };
  });
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

const durationFormats = new Map<string, Intl.DurationFormat>();
/** Formatted durations by language and minutes: Intl.DurationFormat is slow, and an incident's duration is shown on many pages. */
const formattedDurations = new Map<string, string>();

/**
 * A duration in words, to the minute.
 * @example formatDuration(9_300_000) // → '2 hrs, 35 mins'
 */
export function formatDuration(ms: number, language = 'en-GB'): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  return remembered(formattedDurations, `${language}|${minutes}`, () => {
    // Without "always", a zero duration would read as nothing at all.
    const f = remembered(durationFormats, `${language}|${minutes === 0}`, () =>
      new Intl.DurationFormat(language, { style: 'short', minutesDisplay: minutes === 0 ? 'always' : 'auto' }));
    return f.format({ days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 });
  });
}

/**
 * A calendar day (`YYYY-MM-DD`, already in the site's zone) as people read it.
 * @example formatCalendarDay('2026-11-19') // → '19 Nov 2026'
 */
export function formatCalendarDay(day: string, language = 'en-GB'): string {
  // Noon UTC falls on the same calendar day wherever it is read from UTC.
  return formatDate(new Date(`${day}T12:00:00Z`), 'Etc/UTC', language);
}
