import { describe, expect, it } from 'vitest';
import { groupByMonth, recentHistory } from '../../src/lib/history.ts';
import type { Incident } from '../../src/lib/schema/incident.ts';
import { english } from '../support/i18n.ts';

const now = new Date('2026-11-20T12:00:00Z');
const past = (id: string, resolved: string) =>
  ({ id, started: new Date(new Date(resolved).getTime() - 3_600_000), resolved: new Date(resolved) }) as Incident;

describe('recent history on the home page', () => {
  it('keeps what ended within the window, newest first as given', () => {
    const list = [past('a', '2026-11-19T00:00:00Z'), past('b', '2026-11-10T00:00:00Z'), past('c', '2026-10-01T00:00:00Z')];
    expect(recentHistory(list, now, 14, 10)).toEqual({ shown: [list[0], list[1]], total: 2 });
  });

  it('counts past the limit, so the page can point to the rest', () => {
    const list = Array.from({ length: 30 }, (_, i) => past(`i${i}`, '2026-11-19T00:00:00Z'));
    const recent = recentHistory(list, now, 14, 10);
    expect(recent.shown.map((i) => i.id)).toEqual(list.slice(0, 10).map((i) => i.id));
    expect(recent.total).toBe(30);
  });
});

describe('the history by month', () => {
  it('groups consecutive items under the month they started in, in the site\'s zone', () => {
    const list = [
      past('a', '2026-11-02T00:00:00Z'),
      past('b', '2026-11-01T00:30:00Z'), // started 23:30 UTC on 31 Oct: 1 Nov in Amsterdam
      past('c', '2026-10-15T00:00:00Z'),
    ];
    expect(groupByMonth(list, 'Europe/Amsterdam', english).map((g) => [g.month, g.incidents.map((i) => i.id)])).toEqual([
      ['November 2026', ['a', 'b']],
      ['October 2026', ['c']],
    ]);
    expect(groupByMonth(list, 'Etc/UTC', english).map((g) => [g.month, g.incidents.map((i) => i.id)])).toEqual([
      ['November 2026', ['a']],
      ['October 2026', ['b', 'c']],
    ]);
  });
});
