import { describe, expect, it } from 'vitest';
import { formatUptime, formatUptimeDay, uptimeLevel, uptimeSentence } from '../../src/lib/uptime-display.ts';
import type { UptimeDay } from '../../src/lib/uptime.ts';
import { english, translatorFor } from '../support/i18n.ts';

const day = (fields: Partial<UptimeDay>): UptimeDay => ({
  day: '2026-11-19', uptime: 1, downMinutes: 0, maintenanceMinutes: 0, worst: 'operational', incidentIds: [], ...fields,
});

describe('one day of an uptime bar in words', () => {
  it('says the figure and how long the component was down', () => {
    expect(formatUptimeDay(day({ uptime: 0.9888, downMinutes: 16 }), english)).toBe('19 Nov 2026: 98.88% up, 16 mins down');
  });

  it('says a day was maintenance only, and a day without observation has no data', () => {
    expect(formatUptimeDay(day({ uptime: null, maintenanceMinutes: 1440, worst: 'under_maintenance' }), english))
      .toBe('19 Nov 2026: no data, 1 day maintenance');
    expect(formatUptimeDay(day({ uptime: null }), english)).toBe('19 Nov 2026: no data');
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

describe('the sentence under the bars', () => {
  const days = (bad: number) => Array.from({ length: 90 }, (_, i) => day({ downMinutes: i < bad ? 5 : 0 }));
  it('says the uptime, the window, the target and the days with downtime, in the site\'s language', () => {
    expect(uptimeSentence({ days: days(2), uptime: 0.99952 }, 99.9, english)).toBe('99.95% uptime over 90 days (target 99.9%); 2 days with downtime.');
    expect(uptimeSentence({ days: days(0), uptime: 1 }, undefined, english)).toBe('100% uptime over 90 days; no day with downtime.');
    expect(uptimeSentence({ days: days(1), uptime: 0.9999 }, undefined, translatorFor('de'))).toBe('99,99\u00a0% Verfügbarkeit über 90 Tage; 1 Tag mit Ausfällen.');
  });
});

describe('uptime as a percentage', () => {
  it.each([
    [0.99996, '99.99%'], [1, '100%'], [0.5, '50.00%'], [null, 'no data'],
  ])('uptime %s reads %s, never rounded up', (fraction, text) => {
    expect(formatUptime(fraction, english)).toBe(text);
  });
});
