import { describe, expect, it } from 'vitest';
import { endedAt, incidentState, isActive, maintenanceState } from '../../src/lib/lifecycle.ts';
import { makeIncident } from '../support/content.ts';

const at = (iso: string) => new Date(iso);

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
