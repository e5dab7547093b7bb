import { parseFeed } from '@rowanmanning/feed-parser';
import { HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statuspageEndpoints, type StatuspageEndpoint } from '../../src/lib/schema/statuspage-api.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

/** Key sets from Statuspage's API documentation and real captures (every key a real Statuspage v2 page publishes). */
const KEYS = {
  page: ['id', 'name', 'url', 'time_zone', 'updated_at'],
  component: ['id', 'name', 'status', 'created_at', 'updated_at', 'position', 'description', 'showcase', 'start_date', 'group_id', 'page_id', 'group', 'only_show_if_degraded'],
  incident: ['id', 'name', 'status', 'created_at', 'updated_at', 'monitoring_at', 'resolved_at', 'impact', 'shortlink', 'started_at', 'page_id', 'incident_updates', 'components'],
  update: ['id', 'status', 'body', 'incident_id', 'created_at', 'updated_at', 'display_at', 'affected_components', 'deliver_notifications', 'custom_tweet', 'tweet_id'],
};
const sorted = (keys: string[]) => [...keys].sort();
const keysOf = (o: object) => Object.keys(o).sort();

describe('machine-readable outputs of a site at 15:00 UTC on 20 Nov 2026', () => {
  let site: BuiltSite & { ok: boolean };
  const json = async (file: string) => JSON.parse(await site.read(file));
  beforeAll(async () => {
    site = await buildSite({ fixture: 'integrations' }, { now: '2026-11-20T15:00:00Z' });
    if (!site.ok) throw new Error(site.log);
  });
  afterAll(() => site?.cleanup());

  describe('the Statuspage v2 API', () => {
    it.each(Object.keys(statuspageEndpoints) as StatuspageEndpoint[])('serves api/v2/%s in exactly Statuspage\'s shape', async (path) => {
      expect(statuspageEndpoints[path].safeParse(await json(`api/v2/${path}`)).error).toBeUndefined();
    });

    it('uses exactly the documented keys on every object', async () => {
      const summary = await json('api/v2/summary.json');
      const all = await json('api/v2/scheduled-maintenances.json');
      expect(keysOf(summary)).toEqual(sorted(['page', 'components', 'incidents', 'scheduled_maintenances', 'status']));
      expect(keysOf(summary.page)).toEqual(sorted(KEYS.page));
      expect(keysOf(summary.status)).toEqual(['description', 'indicator']);
      for (const c of summary.components) expect(keysOf(c)).toEqual(sorted(c.group ? [...KEYS.component, 'components'] : KEYS.component));
      for (const i of (await json('api/v2/incidents.json')).incidents) {
        expect(keysOf(i)).toEqual(sorted(KEYS.incident));
        for (const u of i.incident_updates) expect(keysOf(u)).toEqual(sorted(KEYS.update));
      }
      for (const m of all.scheduled_maintenances) expect(keysOf(m)).toEqual(sorted([...KEYS.incident, 'scheduled_for', 'scheduled_until']));
    });

    it('reads the right indicator and page', async () => {
      expect(await json('api/v2/status.json')).toMatchObject({
        page: { name: 'Integrations Cloud', url: 'https://status.integrations.example', time_zone: 'America/Chicago' },
        status: { indicator: 'major', description: 'Partial System Outage' },
      });
    });

    it('lists groups with their children and every component\'s current status', async () => {
      const { components } = await json('api/v2/components.json');
      const byName = Object.fromEntries(components.map((c: { name: string }) => [c.name, c]));
      expect(byName.Platform).toMatchObject({ group: true, components: ['api', 'web'], status: 'partial_outage' });
      expect(byName.Storage).toMatchObject({ group: true, components: ['db'], status: 'under_maintenance' });
      expect(byName['Public API']).toMatchObject({ id: 'api', status: 'partial_outage', group_id: byName.Platform.id, description: 'REST endpoints' });
      expect(byName['Web app']).toMatchObject({ status: 'operational', group_id: byName.Platform.id });
      expect(byName.Database).toMatchObject({ status: 'under_maintenance', group_id: byName.Storage.id });
      expect(byName.CDN).toMatchObject({ status: 'operational', group_id: null });
    });

    it('lists unresolved incidents with their updates newest first', async () => {
      const { incidents } = await json('api/v2/incidents/unresolved.json');
      expect(incidents.map((i: { id: string }) => i.id)).toEqual(['api-errors']);
      expect(incidents[0]).toMatchObject({ status: 'identified', impact: 'major', resolved_at: null, started_at: '2026-11-20T14:02:00.000Z' });
      expect(incidents[0].incident_updates.map((u: { status: string; body: string }) => [u.status, u.body])).toEqual([
        ['identified', 'A faulty load balancer pool is rejecting writes.'],
        ['investigating', 'We are investigating elevated error rates on writes.'],
      ]);
      expect((await json('api/v2/summary.json')).incidents).toEqual(incidents);
    });

    it('lists resolved incidents in the recent incidents only', async () => {
      const { incidents } = await json('api/v2/incidents.json');
      expect(incidents.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([['api-errors', 'identified'], ['web-slow', 'resolved']]);
      expect(incidents[1]).toMatchObject({ monitoring_at: '2026-11-12T10:50:00.000Z', resolved_at: '2026-11-12T11:30:00.000Z' });
    });

    it('sorts maintenance into in progress, upcoming and completed, and leaves the withdrawn one out', async () => {
      const ids = async (file: string) => (await json(file)).scheduled_maintenances.map((m: { id: string; status: string }) => [m.id, m.status]);
      expect(await ids('api/v2/scheduled-maintenances/active.json')).toEqual([['db-upgrade', 'in_progress']]);
      expect(await ids('api/v2/scheduled-maintenances/upcoming.json')).toEqual([['cdn-migration', 'scheduled']]);
      expect(await ids('api/v2/summary.json')).toEqual([['db-upgrade', 'in_progress'], ['cdn-migration', 'scheduled']]);
      expect(await ids('api/v2/scheduled-maintenances.json')).toEqual([
        ['cdn-migration', 'scheduled'], ['db-upgrade', 'in_progress'], ['mail-done', 'completed'],
      ]);
      const done = (await json('api/v2/scheduled-maintenances.json')).scheduled_maintenances.at(-1);
      expect(done).toMatchObject({ resolved_at: '2026-11-05T06:45:00.000Z', updated_at: '2026-11-05T06:45:00.000Z', impact: 'maintenance' });
      expect(done.incident_updates[0].affected_components).toEqual([
        { code: 'mail', name: 'Email, "notifications" & more', old_status: 'under_maintenance', new_status: 'operational' },
      ]);
    });
  });

  describe('feeds', () => {
    it('keeps /rss.xml, readable by a feed parser, with a self link', async () => {
      const feed = parseFeed(await site.read('rss.xml'));
      expect(feed.meta.type).toBe('rss');
      expect(feed.self).toBe('https://status.integrations.example/rss.xml');
      expect(feed.items.map((i) => i.title)).not.toContain('CDN cache purge, cancelled');
    });

    it('writes /history.atom with every shown incident and maintenance, updates newest first', async () => {
      const feed = parseFeed(await site.read('history.atom'));
      expect(feed.meta.type).toBe('atom');
      expect(feed.self).toBe('https://status.integrations.example/history.atom');
      expect(feed.items.map((i) => i.id).sort()).toEqual(
        ['api-errors', 'cdn-migration', 'db-upgrade', 'mail-done', 'web-slow'].map((id) => `https://status.integrations.example/incidents/${id}/`),
      );
      const api = feed.items.find((i) => i.title === 'Elevated error rates on the API')!;
      expect(api.updated!.toISOString()).toBe('2026-11-20T14:35:00.000Z');
      expect(api.content!.indexOf('Identified')).toBeLessThan(api.content!.indexOf('Investigating'));
    });

    it('writes a feed per component with only that component\'s incidents', async () => {
      const feed = parseFeed(await site.read('components/cdn/rss.xml'));
      expect(feed.self).toBe('https://status.integrations.example/components/cdn/rss.xml');
      expect(feed.items.map((i) => i.title)).toEqual(['CDN provider migration']);
    });
  });

  describe('the maintenance calendar', () => {
    it('parses with ical.js: every window in UTC, the withdrawn one cancelled', async () => {
      const ics = await site.read('maintenance.ics');
      expect(ics).not.toMatch(/[^\r]\n/);
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
      expect(Object.keys(byUid).sort()).toEqual(
        ['cdn-cancelled', 'cdn-migration', 'db-upgrade', 'mail-done'].map((id) => `${id}@status.integrations.example`),
      );
      const db = byUid['db-upgrade@status.integrations.example']!;
      expect(db.startDate.toJSDate().toISOString()).toBe('2026-11-20T14:00:00.000Z');
      expect(db.endDate.toJSDate().toISOString()).toBe('2026-11-20T16:00:00.000Z');
      expect(db.startDate.zone.tzid).toBe('UTC');
      expect(byUid['cdn-cancelled@status.integrations.example']!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(byUid['cdn-migration@status.integrations.example']!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    });
  });

  describe('badges', () => {
    it('writes SVG and shields.io JSON badges for the page and each component', async () => {
      expect(await json('badges/status.json')).toEqual({ schemaVersion: 1, label: 'status', message: 'partial system outage', color: 'orange', cacheSeconds: 300 });
      expect(await json('badges/db.json')).toMatchObject({ label: 'Database', message: 'under maintenance', color: 'blue' });
      expect(await json('badges/cdn.json')).toMatchObject({ message: 'operational', color: 'brightgreen' });
      expect(await site.read('badges/api.svg')).toContain('aria-label="Public API: partial outage"');
      expect(await site.read('badges/status.svg')).toContain('<title>status: partial system outage</title>');
      expect(await site.read('badges/mail.svg')).toContain('aria-label="Email, &quot;notifications&quot; &amp; more: operational"');
    });
  });

  describe('the embed page', () => {
    it('is valid HTML without scripts, showing the status and current incidents', async () => {
      const html = await site.read('embed/index.html');
      const report = await new HtmlValidate().validateString(html);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
      expect(html).not.toMatch(/<script|<header|<footer/);
      expect(html).toContain('Partial System Outage');
      expect(html).toContain('href="https://status.integrations.example/incidents/api-errors/"');
      expect(html).toContain('Database version upgrade');
    });
  });
});

describe('a site published under a path', () => {
  let site: BuiltSite & { ok: boolean };
  beforeAll(async () => {
    site = await buildSite({
      files: {
        'content/site.yaml': 'name: Octo\nurl: https://octo.github.io/status\n',
        'content/components.yaml': '- id: api\n  name: API\n',
      },
    }, { now: '2026-11-20T15:00:00Z' });
    if (!site.ok) throw new Error(site.log);
  });
  afterAll(() => site?.cleanup());

  it('says all systems are operational when nothing is wrong, with the page URL and its path', async () => {
    expect(JSON.parse(await site.read('api/v2/summary.json'))).toMatchObject({
      page: { url: 'https://octo.github.io/status' },
      status: { indicator: 'none', description: 'All Systems Operational' },
      incidents: [], scheduled_maintenances: [],
    });
  });

  it('embeds a valid snippet that says so', async () => {
    const html = await site.read('embed/index.html');
    expect((await new HtmlValidate().validateString(html)).valid).toBe(true);
    expect(html).toContain('All Systems Operational');
    expect(html).not.toContain('<ul>');
  });

  it('links feeds and the calendar under the path', async () => {
    expect(parseFeed(await site.read('history.atom')).self).toBe('https://octo.github.io/status/history.atom');
    expect(await site.read('maintenance.ics')).toContain('PRODID:');
  });
});
