import { describe, expect, it } from 'vitest';
import { addDays, dayOf, parseZonedTime, startOfDay } from '../../src/lib/time.ts';
import { componentUptime } from '../../src/lib/uptime.ts';
import { makeIncident } from '../support/content.ts';

const now = new Date('2026-11-20T12:00:00Z');
const day = (summary: ReturnType<typeof componentUptime>, d: string) => summary.days.find((x) => x.day === d)!;

describe('calendar days in a time zone', () => {
  it.each([
    ['2026-11-20T23:30:00Z', 'Europe/Berlin', '2026-11-21'],
    ['2026-11-20T23:30:00Z', 'Etc/UTC', '2026-11-20'],
    ['2026-11-20T03:00:00Z', 'America/New_York', '2026-11-19'],
  ])('%s falls on the day of %s as %s', (iso, zone, expected) => {
    expect(dayOf(Date.parse(iso), zone)).toBe(expected);
  });

  it.each([
    ['a winter day', '2026-11-20', 'Europe/Berlin', '2026-11-19T23:00:00.000Z', 24],
    ['the spring-forward day', '2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z', 23],
    ['the fall-back day', '2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z', 25],
    ['a US fall-back day', '2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z', 25],
  ])('%s starts at local midnight and has the right length', (_, d, zone, start, hours) => {
    expect(new Date(startOfDay(d, zone)).toISOString()).toBe(start);
    expect((startOfDay(addDays(d, 1), zone) - startOfDay(d, zone)) / 3_600_000).toBe(hours);
  });

  it('parses offsets as the instant they name', () => {
    expect(parseZonedTime('2026-11-20T16:00:00+01:00')).toEqual({ ok: true, date: new Date('2026-11-20T15:00:00Z') });
  });
});

describe('per-component uptime', () => {
  it('covers 90 days ending today, all up without incidents', () => {
    const u = componentUptime('api', [], now, 'Etc/UTC');
    expect(u.days).toHaveLength(90);
    expect(u.days.at(-1)!.day).toBe('2026-11-20');
    expect(u.days[0]!.day).toBe('2026-08-23');
    expect(u.uptime).toBe(1);
  });

  it.each([
    ['a major outage counts fully', 'major_outage', 1 - 6 / 24],
    ['a partial outage counts 30 %', 'partial_outage', 1 - (0.3 * 6) / 24],
    ['degraded performance does not count', 'degraded_performance', 1],
  ] as const)('%s', (_, status, expected) => {
    const u = componentUptime('api', [
      makeIncident('a', { started: '2026-11-19T06:00:00Z', resolved: '2026-11-19T12:00:00Z', components: { api: status } }),
    ], now, 'Etc/UTC');
    expect(day(u, '2026-11-19').uptime).toBeCloseTo(expected, 10);
  });

  it('splits an incident that spans midnight in the site zone between both days', () => {
    // 22:00–02:00 Berlin time (21:00–01:00 UTC).
    const u = componentUptime('api', [
      makeIncident('a', { started: '2026-11-18T21:00:00Z', resolved: '2026-11-19T01:00:00Z', components: { api: 'major_outage' } }),
    ], now, 'Europe/Berlin');
    expect(day(u, '2026-11-18').downMinutes).toBeCloseTo(120);
    expect(day(u, '2026-11-19').downMinutes).toBeCloseTo(120);
  });

  it('counts overlapping incidents once, at the worst status in force', () => {
    const u = componentUptime('api', [
      makeIncident('a', { started: '2026-11-19T10:00:00Z', resolved: '2026-11-19T12:00:00Z', components: { api: 'major_outage' } }),
      makeIncident('b', { started: '2026-11-19T11:00:00Z', resolved: '2026-11-19T13:00:00Z', components: { api: 'partial_outage' } }),
    ], now, 'Etc/UTC');
    // 10–12 major (120 min) + 12–13 partial (0.3 × 60 min).
    expect(day(u, '2026-11-19').downMinutes).toBeCloseTo(138);
    expect(day(u, '2026-11-19').worst).toBe('major_outage');
  });

  it('leaves maintenance out of the figure', () => {
    const u = componentUptime('api', [
      makeIncident('m', { kind: 'maintenance', components: ['api'], scheduled_for: '2026-11-19T00:00:00Z', scheduled_until: '2026-11-19T12:00:00Z' }),
      makeIncident('a', { started: '2026-11-19T12:00:00Z', resolved: '2026-11-19T18:00:00Z', components: { api: 'major_outage' } }),
    ], now, 'Etc/UTC');
    const d = day(u, '2026-11-19');
    expect(d.maintenanceMinutes).toBeCloseTo(720);
    expect(d.uptime).toBeCloseTo(0.5, 10);
  });

  it('counts an ongoing incident up to now, and only the observed part of today', () => {
    const u = componentUptime('api', [
      makeIncident('a', { started: '2026-11-20T06:00:00Z', components: { api: 'major_outage' } }),
    ], now, 'Etc/UTC');
    expect(day(u, '2026-11-20').uptime).toBeCloseTo(0.5, 10);
  });

  it('uses the 25-hour day on the DST change', () => {
    const u = componentUptime('api', [
      makeIncident('a', { started: '2026-10-25T10:00:00Z', resolved: '2026-10-25T15:00:00Z', components: { api: 'major_outage' } }),
    ], new Date('2026-10-27T00:00:00Z'), 'Europe/Berlin');
    expect(day(u, '2026-10-25').uptime).toBeCloseTo(1 - 5 / 25, 10);
  });

  it('ignores other components, notices, withdrawn incidents and incidents older than 90 days', () => {
    const u = componentUptime('api', [
      makeIncident('web', { started: '2026-11-19T06:00:00Z', resolved: '2026-11-19T12:00:00Z', components: { web: 'major_outage' } }),
      makeIncident('fyi', { kind: 'notice', started: '2026-11-19T06:00:00Z', components: { api: 'major_outage' } }),
      makeIncident('gone', { started: '2026-11-19T06:00:00Z', withdrawn: true, components: { api: 'major_outage' } }),
      makeIncident('old', { started: '2026-01-01T00:00:00Z', resolved: '2026-01-02T00:00:00Z', components: { api: 'major_outage' } }),
    ], now, 'Etc/UTC');
    expect(u.uptime).toBe(1);
  });
});

describe('zoned times as people type them', () => {
  it.each([
    ['2026-11-20t14:02z', '2026-11-20T14:02:00.000Z'],
    ['2026-11-20 14:02:00+01:00', '2026-11-20T13:02:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseZonedTime(text)).toEqual({ ok: true, date: new Date(iso) });
  });

  it('suggests a zoned form for a lowercase time without a zone', () => {
    expect(parseZonedTime('2026-11-20t14:02')).toMatchObject({ ok: false, message: expect.stringContaining('write it as 2026-11-20T14:02:00Z') });
  });
});
