import { describe, expect, it } from 'vitest';
import { deriveComponentStatuses, derivePageIndicator } from '../../src/lib/component-status.ts';
import { endedAt, incidentState, isActive, maintenanceState } from '../../src/lib/lifecycle.ts';
import { buildPageView } from '../../src/lib/page-view.ts';
import type { Component } from '../../src/lib/schema/components.ts';
import { makeIncident } from '../support/content.ts';

const at = (iso: string) => new Date(iso);
const components: Component[] = [
  { id: 'api', name: 'API', group: 'Platform' },
  { id: 'web', name: 'Web', group: 'Platform' },
  { id: 'db', name: 'Database' },
];

describe('incident state', () => {
  const apiDown = makeIncident('api-down', {
    started: '2026-11-20T14:00:00Z',
    components: { api: 'major_outage' },
    updates: [
      { at: '2026-11-20T14:05:00Z', status: 'investigating' },
      { at: '2026-11-20T14:30:00Z', status: 'identified' },
      { at: '2026-11-20T15:00:00Z', status: 'resolved' },
    ],
  });
  it.each([
    ['before any update', '2026-11-20T14:01:00Z', 'investigating'],
    ['after the first update', '2026-11-20T14:10:00Z', 'investigating'],
    ['after "identified"', '2026-11-20T14:45:00Z', 'identified'],
    ['at the resolving update', '2026-11-20T15:00:00Z', 'resolved'],
    ['long after', '2026-12-20T00:00:00Z', 'resolved'],
  ])('%s it is %s', (_, now, expected) => {
    expect(incidentState(apiDown, at(now))).toBe(expected);
  });

  it('is resolved by a resolved time even without a resolving update', () => {
    const i = makeIncident('x', { started: '2026-11-20T14:00:00Z', resolved: '2026-11-20T15:00:00Z' });
    expect(incidentState(i, at('2026-11-20T14:59:59Z'))).toBe('investigating');
    expect(incidentState(i, at('2026-11-20T15:00:00Z'))).toBe('resolved');
  });
});

describe('maintenance state by its window', () => {
  const window = { kind: 'maintenance' as const, components: ['db'], scheduled_for: '2026-11-20T02:00:00Z', scheduled_until: '2026-11-20T04:00:00Z' };
  it.each([
    ['before the window', '2026-11-20T01:59:59Z', 'scheduled'],
    ['at its start', '2026-11-20T02:00:00Z', 'in_progress'],
    ['inside', '2026-11-20T03:00:00Z', 'in_progress'],
    ['at its end', '2026-11-20T04:00:00Z', 'completed'],
  ])('%s it is %s', (_, now, expected) => {
    expect(maintenanceState(makeIncident('m', window), at(now))).toBe(expected);
  });

  it('starts early when an in_progress update says so, and ends early when completed', () => {
    const m = makeIncident('m', {
      ...window,
      updates: [
        { at: '2026-11-20T01:50:00Z', status: 'in_progress' },
        { at: '2026-11-20T03:10:00Z', status: 'completed' },
      ],
    });
    expect(maintenanceState(m, at('2026-11-20T01:55:00Z'))).toBe('in_progress');
    expect(maintenanceState(m, at('2026-11-20T03:10:00Z'))).toBe('completed');
  });

  it('overruns only when an update after the window says it is still going', () => {
    const m = makeIncident('m', { ...window, updates: [{ at: '2026-11-20T04:05:00Z', status: 'verifying' }] });
    expect(maintenanceState(m, at('2026-11-20T04:02:00Z'))).toBe('completed');
    expect(maintenanceState(m, at('2026-11-20T04:06:00Z'))).toBe('verifying');
  });
});

describe('when an item ended', () => {
  const window = { kind: 'maintenance' as const, components: ['db'], scheduled_for: '2026-11-20T02:00:00Z', scheduled_until: '2026-11-20T04:00:00Z' };

  it('has no end while maintenance is ahead or in progress, and the window\'s end once completed', () => {
    const m = makeIncident('m', window);
    expect(endedAt(m, at('2026-11-20T01:00:00Z'))).toBeNull();
    expect(endedAt(m, at('2026-11-20T03:00:00Z'))).toBeNull();
    expect(endedAt(m, at('2026-11-20T05:00:00Z'))).toEqual(at('2026-11-20T04:00:00Z'));
  });

  it('ends an incident when it was resolved, and an open one not at all', () => {
    const i = makeIncident('x', { started: '2026-11-20T14:00:00Z', resolved: '2026-11-20T15:00:00Z' });
    expect(endedAt(i, at('2026-11-20T14:30:00Z'))).toBeNull();
    expect(endedAt(i, at('2026-11-20T16:00:00Z'))).toEqual(at('2026-11-20T15:00:00Z'));
  });
});

describe('component statuses and the page indicator', () => {
  const now = at('2026-11-20T15:00:00Z');

  it('takes the worst status of overlapping incidents and maintenance', () => {
    const statuses = deriveComponentStatuses(components, [
      makeIncident('a', { started: '2026-11-20T14:00:00Z', components: { api: 'degraded_performance' } }),
      makeIncident('b', { started: '2026-11-20T14:30:00Z', components: { api: 'partial_outage', web: 'degraded_performance' } }),
      makeIncident('m', { kind: 'maintenance', components: ['db', 'api'], scheduled_for: '2026-11-20T14:00:00Z', scheduled_until: '2026-11-20T16:00:00Z' }),
    ], now);
    expect(Object.fromEntries(statuses)).toEqual({ api: 'partial_outage', web: 'degraded_performance', db: 'under_maintenance' });
  });

  it('ignores resolved, future, withdrawn incidents and notices', () => {
    const statuses = deriveComponentStatuses(components, [
      makeIncident('old', { started: '2026-11-19T14:00:00Z', resolved: '2026-11-19T15:00:00Z', components: { api: 'major_outage' } }),
      makeIncident('future', { started: '2026-11-21T14:00:00Z', components: { api: 'major_outage' } }),
      makeIncident('gone', { started: '2026-11-20T14:00:00Z', withdrawn: true, components: { api: 'major_outage' } }),
      makeIncident('fyi', { kind: 'notice', started: '2026-11-20T14:00:00Z', components: { web: 'major_outage' } }),
    ], now);
    expect([...statuses.values()]).toEqual(['operational', 'operational', 'operational']);
  });

  it.each([
    ['nothing is wrong', [], false, 'none'],
    ['a window is in progress', [], true, 'maintenance'],
    ['an open incident has impact none', [{ impact: 'none' }], true, 'minor'],
    ['an open incident is major', [{ impact: 'major' }], false, 'major'],
    ['an open incident is critical', [{ impact: 'critical' }], false, 'critical'],
  ] as const)('when %s the indicator is %s', (_, open, maintenance, expected) => {
    const active = open.map((f, n) => makeIncident(`i${n}`, { started: '2026-11-20T14:00:00Z', ...f }));
    const statuses = new Map(components.map((c) => [c.id, 'operational' as const]));
    expect(derivePageIndicator(statuses, active, maintenance)).toBe(expected);
  });

  it('never reads "All Systems Operational" while an incident is open, whatever its fields', () => {
    const page = buildPageView(
      { site: { name: 'X', url: 'https://x.example', description: '', timezone: 'Etc/UTC', language: 'en', strings: {}, links: [], history: { page_size: 25, recent_days: 14 } }, components, incidents: [
        makeIncident('quiet', { started: '2026-11-20T14:00:00Z', impact: 'none' }),
      ] },
      now,
    );
    expect(page.active.map((i) => i.id)).toEqual(['quiet']);
    expect(page.indicator).not.toBe('none');
  });

  it('is critical when every component is down', () => {
    const statuses = new Map(components.map((c) => [c.id, 'major_outage' as const]));
    expect(derivePageIndicator(statuses, [], false)).toBe('critical');
  });

  it('treats an incident that starts later as not yet active', () => {
    expect(isActive(makeIncident('later', { started: '2026-11-20T16:00:00Z' }), now)).toBe(false);
  });
});
