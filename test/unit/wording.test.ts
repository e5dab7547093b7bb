import { describe, expect, it } from 'vitest';
import { activeHeading, activitySummary, componentNameList, kindImpactLabel, stateLabel } from '../../src/lib/wording.ts';
import { english } from '../support/i18n.ts';

describe('how an item is tagged', () => {
  it('tags an incident with its impact, maintenance and notices with their kind', () => {
    expect(kindImpactLabel({ kind: 'incident', impact: 'major' }, english)).toBe('Incident: major impact');
    expect(kindImpactLabel({ kind: 'maintenance', impact: 'none' }, english)).toBe('Maintenance');
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
