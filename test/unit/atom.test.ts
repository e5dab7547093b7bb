import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { toAtomFeed } from '../../src/lib/feeds/atom.ts';
import { makeContent, makeIncident } from '../support/content.ts';
import { englishSite } from '../support/i18n.ts';

const now = new Date('2026-11-20T15:00:00Z');
const outage = (updates: { at: string; status: 'investigating' | 'identified' | 'resolved'; body: string }[]) =>
  makeIncident('api-errors', { title: 'Errors & timeouts <API>', components: { api: 'partial_outage' }, started: '2026-11-20T14:00:00Z', updates });
const first = [{ at: '2026-11-20T14:05:00Z', status: 'investigating' as const, body: 'Looking into it.' }];
const second = [...first, { at: '2026-11-20T14:40:00Z', status: 'identified' as const, body: 'Found the **cause**.' }];
const atom = (incidents: ReturnType<typeof makeIncident>[]) => {
  const content = makeContent([{ id: 'api', name: 'Public API' }], incidents);
  return toAtomFeed(content.site, content.components, content.incidents, now, englishSite);
};

describe('the Atom history feed', () => {
  it('parses as Atom with a self link, an alternate link and one entry per shown incident', () => {
    const feed = parseFeed(atom([outage(second), makeIncident('gone', { title: 'Gone', components: [], started: '2026-11-20T14:00:00Z', withdrawn: true })]));
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe('https://status.test.example/history.atom');
    expect(feed.url).toBe('https://status.test.example/');
    expect(feed.items).toHaveLength(1);
    const [entry] = feed.items;
    expect(entry!.title).toBe('Errors & timeouts <API>');
    expect(entry!.id).toBe('https://status.test.example/incidents/api-errors/');
    expect(entry!.url).toBe('https://status.test.example/incidents/api-errors/');
  });

  it('moves an entry\'s updated time when the incident gets an update, and keeps its id', () => {
    const before = parseFeed(atom([outage(first)])).items[0]!;
    const after = parseFeed(atom([outage(second)])).items[0]!;
    expect(before.updated!.toISOString()).toBe('2026-11-20T14:05:00.000Z');
    expect(after.updated!.toISOString()).toBe('2026-11-20T14:40:00.000Z');
    expect(after.published!.toISOString()).toBe('2026-11-20T14:00:00.000Z');
    expect(after.id).toBe(before.id);
  });

  it('dates an upcoming maintenance by its latest update, not by its future window', () => {
    const window = makeIncident('db', {
      title: 'DB upgrade', kind: 'maintenance', components: ['api'],
      scheduled_for: '2026-11-27T02:00:00Z', scheduled_until: '2026-11-27T03:00:00Z',
      updates: [{ at: '2026-11-20T09:00:00Z', status: 'scheduled', body: 'Planned.' }],
    });
    expect(parseFeed(atom([window])).items[0]!.updated!.toISOString()).toBe('2026-11-20T09:00:00.000Z');
  });

  it('shows the updates newest first in the entry content', () => {
    const content = parseFeed(atom([outage(second)])).items[0]!.content!;
    expect(content).toContain('Found the <strong>cause</strong>.');
    expect(content.indexOf('Identified')).toBeLessThan(content.indexOf('Investigating'));
  });

  it('dates an empty feed by the build time', () => {
    expect(parseFeed(atom([])).updated!.toISOString()).toBe('2026-11-20T15:00:00.000Z');
  });
});
