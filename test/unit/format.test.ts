import { describe, expect, it } from 'vitest';
import { activeHeading, activitySummary, componentNameList, kindImpactLabel, stateLabel } from '../../src/lib/wording.ts';
import { formatCalendarDay, formatDateTime, formatDuration } from '../../src/lib/time-format.ts';
import { formatUptime, formatUptimeDay, uptimeLevel } from '../../src/lib/uptime-display.ts';
import { toneOfIncident } from '../../src/lib/tone.ts';
import type { UptimeDay } from '../../src/lib/uptime.ts';
import { english } from '../support/i18n.ts';

const day = (fields: Partial<UptimeDay>): UptimeDay => ({
  day: '2026-11-19', uptime: 1, downMinutes: 0, maintenanceMinutes: 0, worst: 'operational', incidentIds: [], ...fields,
});

describe('one day of an uptime bar in words', () => {
  it('names the calendar day as written, whatever the zone of the machine', () => {
    expect(formatCalendarDay('2026-01-01')).toBe('1 Jan 2026');
    expect(formatCalendarDay('2026-12-31')).toBe('31 Dec 2026');
  });

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

describe('how an incident is labelled and coloured', () => {
  it('tags an incident with its impact, maintenance and notices with their kind', () => {
    expect(kindImpactLabel({ kind: 'incident', impact: 'major' }, english)).toBe('Incident: major impact');
    expect(kindImpactLabel({ kind: 'maintenance', impact: 'none' }, english)).toBe('Maintenance');
  });

  it('never colours an open incident as fine, even without impact', () => {
    expect(toneOfIncident({ kind: 'incident', impact: 'none' })).toBe('minor');
    expect(toneOfIncident({ kind: 'incident', impact: 'critical' })).toBe('critical');
    expect(toneOfIncident({ kind: 'maintenance', impact: 'major' })).toBe('maintenance');
  });

  it('colours anything over as good news, whatever its impact', () => {
    expect(toneOfIncident({ kind: 'incident', impact: 'critical' }, 'resolved')).toBe('ok');
    expect(toneOfIncident({ kind: 'maintenance', impact: 'none' }, 'completed')).toBe('ok');
    expect(toneOfIncident({ kind: 'incident', impact: 'critical' }, 'monitoring')).toBe('critical');
    expect(toneOfIncident({ kind: 'maintenance', impact: 'none' }, 'in_progress')).toBe('maintenance');
  });
});

describe("an item's components in words", () => {
  it('names each component in the order given, and keeps an id that names none', () => {
    const components = [{ id: 'api', status: 'major_outage' }, { id: 'old', status: 'operational' }] as const;
    expect(componentNameList({ components: [...components] }, new Map([['api', 'Public API']]), english)).toBe('Public API, old');
  });
});

describe('the line under the page headline', () => {
  it('counts open incidents first, then says maintenance is in progress, then counts notices', () => {
    expect(activitySummary([{ kind: 'incident' }, { kind: 'incident' }, { kind: 'notice' }], 1, english)).toBe('2 incidents are open. Details below.');
    expect(activitySummary([{ kind: 'notice' }], 1, english)).toBe('Maintenance is in progress. Details below.');
    expect(activitySummary([{ kind: 'notice' }], 0, english)).toBe('One notice is posted. Details below.');
    expect(activitySummary([], 0, english)).toBeNull();
  });
});

describe('formatting for people', () => {
  it.each([
    [0.99996, '99.99%'], [1, '100%'], [0.5, '50.00%'], [null, 'no data'],
  ])('uptime %s reads %s, never rounded up', (fraction, text) => {
    expect(formatUptime(fraction, english)).toBe(text);
  });

  it.each([[9_300_000, '2 hrs, 35 mins'], [0, '0 mins'], [90_000_000, '1 day, 1 hr']])('%i ms lasts "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('shows a time in the site zone with its abbreviation', () => {
    expect(formatDateTime(new Date('2026-11-19T09:12:00Z'), 'Europe/Amsterdam')).toBe('19 Nov 2026, 10:12 CET');
  });
});

describe('the heading over what is happening now', () => {
  it.each([
    [['incident'], 'Active incidents'],
    [['notice'], 'Notices'],
    [['notice', 'incident'], 'Active incidents and notices'],
  ] as const)('for %j reads "%s"', (kinds, heading) => {
    expect(activeHeading(kinds.map((kind) => ({ kind })), english)).toBe(heading);
  });
});

describe('a state in words', () => {
  it('calls a notice nobody has updated "Current", and otherwise says the state', () => {
    expect(stateLabel({ kind: 'notice', updates: [] }, 'investigating', english)).toBe('Current');
    expect(stateLabel({ kind: 'incident', updates: [] }, 'investigating', english)).toBe('Investigating');
    expect(stateLabel({ kind: 'notice', updates: [] }, 'resolved', english)).toBe('Resolved');
  });
});
