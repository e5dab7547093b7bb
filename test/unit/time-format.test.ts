import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatDateTime, formatDuration } from '../../src/lib/time-format.ts';

describe('times and durations for people', () => {
  it('names the calendar day as written, whatever the zone of the machine', () => {
    expect(formatCalendarDay('2026-01-01')).toBe('1 Jan 2026');
    expect(formatCalendarDay('2026-12-31')).toBe('31 Dec 2026');
  });

  it.each([[9_300_000, '2 hrs, 35 mins'], [0, '0 mins'], [90_000_000, '1 day, 1 hr']])('%i ms lasts "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('says a duration in the given language', () => {
    expect(formatDuration(9_300_000, 'de')).toBe('2 Std., 35 Min.');
  });

  it('shows a time in the site zone with its abbreviation', () => {
    expect(formatDateTime(new Date('2026-11-19T09:12:00Z'), 'Europe/Amsterdam')).toBe('19 Nov 2026, 10:12 CET');
  });
});
