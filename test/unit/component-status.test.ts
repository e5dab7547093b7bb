import { describe, expect, it } from 'vitest';
import { deriveComponentStatuses, derivePageIndicator } from '../../src/lib/component-status.ts';
import { isActive } from '../../src/lib/lifecycle.ts';
import { buildPageView } from '../../src/lib/page-view.ts';
import type { Component } from '../../src/lib/schema/components.ts';
import { makeIncident } from '../support/content.ts';
import { SiteSettings } from '../../src/lib/schema/site.ts';

const at = (iso: string) => new Date(iso);
const components: Component[] = [
  { id: 'api', name: 'API', group: 'Platform' },
  { id: 'web', name: 'Web', group: 'Platform' },
  { id: 'db', name: 'Database' },
];

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
      { site: SiteSettings.parse({ name: 'X', url: 'https://x.example' }), components, incidents: [
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
