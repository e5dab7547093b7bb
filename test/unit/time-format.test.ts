import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatDateTime, formatDuration } from '../../src/lib/time-format.ts';

describe('times and durations for people', () => {
  it('names the calendar day as written, whatever the zone of the machine', () => {
    expect(formatCalendarDay('2026-01-01')).toBe('1 Jan 2026');
    expect(formatCalendarDay('2026-12-31')).toBe('31 Dec 2026');
  });

  it.each([[9_300_000, '2 h 35 min'], [0, '0 min'], [90_000_000, '1 d 1 h']])('%i ms lasts "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('shows a time in the site zone with its abbreviation', () => {
    expect(formatDateTime(new Date('2026-11-19T09:12:00Z'), 'Europe/Amsterdam')).toBe('19 Nov 2026, 10:12 CET');
  });
});
