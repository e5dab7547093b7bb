import { describe, expect, it } from 'vitest';
import { formatUptime, formatUptimeDay, uptimeLevel } from '../../src/lib/uptime-display.ts';
import type { UptimeDay } from '../../src/lib/uptime.ts';

const day = (fields: Partial<UptimeDay>): UptimeDay => ({
  day: '2026-11-19', uptime: 1, downMinutes: 0, maintenanceMinutes: 0, worst: 'operational', incidentIds: [], ...fields,
});

describe('one day of an uptime bar in words', () => {
  it('says the figure and how long the component was down', () => {
    expect(formatUptimeDay(day({ uptime: 0.9888, downMinutes: 16 }))).toBe('19 Nov 2026: 98.88% up, 16 min down');
  });

  it('says a day was maintenance only, and a day without observation has no data', () => {
    expect(formatUptimeDay(day({ uptime: null, maintenanceMinutes: 1440, worst: 'under_maintenance' })))
      .toBe('19 Nov 2026: no data, 1 d maintenance');
    expect(formatUptimeDay(day({ uptime: null }))).toBe('19 Nov 2026: no data');
  });
});

describe('the shade of a day', () => {
  it('is full only for a day without any trouble', () => {
    expect(uptimeLevel({ uptime: 1, worst: 'operational' })).toBe('a');
    expect(uptimeLevel({ uptime: 1, worst: 'degraded_performance' })).toBe('b');
  });

  it('darkens with downtime', () => {
    expect(uptimeLevel({ uptime: 0.9995, worst: 'partial_outage' })).toBe('b');
    expect(uptimeLevel({ uptime: 0.995, worst: 'partial_outage' })).toBe('c');
    expect(uptimeLevel({ uptime: 0.5, worst: 'major_outage' })).toBe('d');
  });

  it('tells maintenance-only days from days without data', () => {
    expect(uptimeLevel({ uptime: null, worst: 'under_maintenance' })).toBe('m');
    expect(uptimeLevel({ uptime: null, worst: 'operational' })).toBe('n');
  });
});

describe('uptime as a percentage', () => {
  it.each([
    [0.99996, '99.99%'], [1, '100%'], [0.5, '50.00%'], [null, 'no data'],
  ])('uptime %s reads %s, never rounded up', (fraction, text) => {
    expect(formatUptime(fraction)).toBe(text);
  });
});
