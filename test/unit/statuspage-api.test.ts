import { describe, expect, it } from 'vitest';
import { statuspageEndpoints, type StatuspageEndpoint, type StatuspageIncident } from '../../src/lib/schema/statuspage-api.ts';
import { buildPageView } from '../../src/lib/page-view.ts';
import { statuspageId, toStatuspageApi } from '../../src/lib/statuspage-api.ts';
import { makeContent, makeIncident } from '../support/content.ts';

const now = new Date('2026-11-20T15:00:00Z');
const content = makeContent(
  [
    { id: 'api', name: 'Public API', group: 'Platform', description: 'REST endpoints' },
    { id: 'web', name: 'Web app', group: 'Platform' },
    { id: 'group-platform', name: 'A component whose id looks like a group id' },
    { id: 'db', name: 'Database' },
  ],
  [
    makeIncident('api-errors', {
      title: 'Elevated errors', impact: 'major', components: { api: 'partial_outage' }, started: '2026-11-20T14:00:00Z',
      updates: [
        { at: '2026-11-20T14:05:00Z', status: 'investigating', body: 'Looking into **it**.' },
        { at: '2026-11-20T14:40:00Z', status: 'monitoring', body: 'A fix is out.' },
        { at: '2026-11-20T18:00:00Z', status: 'resolved', body: 'Written ahead of time.' },
      ],
    }),
    makeIncident('web-down', {
      title: 'Web app down', impact: 'critical', components: { web: 'major_outage' }, started: '2026-11-10T08:00:00Z',
      updates: [
        { at: '2026-11-10T08:05:00Z', status: 'investigating', body: 'Down.' },
        { at: '2026-11-10T09:00:00Z', status: 'resolved', body: 'Back.' },
      ],
    }),
    makeIncident('db-now', {
      title: 'DB upgrade', kind: 'maintenance', components: ['db'],
      scheduled_for: '2026-11-20T14:30:00Z', scheduled_until: '2026-11-20T16:00:00Z',
    }),
    makeIncident('db-next', {
      title: 'DB next', kind: 'maintenance', components: ['db'],
      scheduled_for: '2026-11-27T02:00:00Z', scheduled_until: '2026-11-27T03:00:00Z',
    }),
    makeIncident('db-done', {
      title: 'DB done', kind: 'maintenance', components: ['db'],
      scheduled_for: '2026-11-01T02:00:00Z', scheduled_until: '2026-11-01T03:00:00Z',
    }),
    makeIncident('gone', { title: 'Withdrawn', components: ['db'], started: '2026-11-20T14:00:00Z', withdrawn: true }),
  ],
);
const api = toStatuspageApi(content.site, buildPageView(content, now));

describe('the Statuspage v2 mapping', () => {
  it.each(Object.keys(statuspageEndpoints) as StatuspageEndpoint[])('gives %s exactly the Statuspage shape', (path) => {
    expect(statuspageEndpoints[path].safeParse(api[path]).error).toBeUndefined();
  });

  it('describes the page with a stable id and its URL without a trailing slash', () => {
    expect(api['status.json'].page).toEqual({
      id: statuspageId('https://status.test.example'), name: 'Test Cloud', url: 'https://status.test.example',
      time_zone: 'Etc/UTC', updated_at: '2026-11-20T14:40:00.000Z',
    });
    expect(api['status.json'].page.id).toMatch(/^[a-z0-9]{12}$/);
  });

  it('reports the indicator and Statuspage wording of the page status', () => {
    expect(api['status.json'].status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
  });

  it('lists a group as a group entry with its children, and children point back to it', () => {
    const components = api['components.json'].components;
    const group = components.find((c) => c.group)!;
    expect(group).toMatchObject({ name: 'Platform', group: true, components: ['api', 'web'], status: 'partial_outage', group_id: null });
    expect(group.id).not.toBe('group-platform');
    expect(components.filter((c) => c.group_id === group.id).map((c) => c.id)).toEqual(['api', 'web']);
    expect(components.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('makes a group id of an accented name as a slug of its words, not split at each accent', () => {
    const accented = makeContent([{ id: 'cdn', name: 'CDN', group: 'Réseau Européen' }], []);
    const components = toStatuspageApi(accented.site, buildPageView(accented, now))['components.json'].components;
    expect(components.find((c) => c.group)!.id).toBe('group-reseau-europeen');
  });

  it('gives components their current status, description and a null start date', () => {
    const byId = new Map(api['components.json'].components.map((c) => [c.id, c]));
    expect(byId.get('api')).toMatchObject({ status: 'partial_outage', description: 'REST endpoints', start_date: null, group: false });
    expect(byId.get('web')).toMatchObject({ status: 'operational', description: null });
    expect(byId.get('db')!.status).toBe('under_maintenance');
    expect('components' in byId.get('api')!).toBe(false);
  });

  it('lists only unresolved incidents in the summary, with updates newest first up to now', () => {
    const [incident, ...rest] = api['summary.json'].incidents as [StatuspageIncident, ...StatuspageIncident[]];
    expect(rest).toEqual([]);
    expect(incident).toMatchObject({
      id: 'api-errors', status: 'monitoring', impact: 'major', resolved_at: null,
      monitoring_at: '2026-11-20T14:40:00.000Z', shortlink: 'https://status.test.example/incidents/api-errors/',
    });
    expect(incident.incident_updates.map((u) => [u.status, u.body])).toEqual([
      ['monitoring', 'A fix is out.'], ['investigating', 'Looking into it.'],
    ]);
    expect(incident.components.map((c) => c.id)).toEqual(['api']);
  });

  it('tells in each update how it changed the affected components', () => {
    const web = api['incidents.json'].incidents.find((i) => i.id === 'web-down')!;
    expect(web.incident_updates.map((u) => u.affected_components)).toEqual([
      [{ code: 'web', name: 'Web app', old_status: 'major_outage', new_status: 'operational' }],
      [{ code: 'web', name: 'Web app', old_status: 'operational', new_status: 'major_outage' }],
    ]);
    expect(web).toMatchObject({ status: 'resolved', resolved_at: '2026-11-10T09:00:00.000Z' });
  });

  it('keeps maintenances out of the incident lists and withdrawn entries out of everything', () => {
    expect(api['incidents.json'].incidents.map((i) => i.id)).toEqual(['api-errors', 'web-down']);
    expect(JSON.stringify(api)).not.toContain('"gone"');
  });

  it('sorts maintenance into active, upcoming and all', () => {
    const ids = (path: 'scheduled-maintenances.json' | 'scheduled-maintenances/upcoming.json' | 'scheduled-maintenances/active.json') =>
      api[path].scheduled_maintenances.map((m) => [m.id, m.status]);
    expect(ids('scheduled-maintenances/active.json')).toEqual([['db-now', 'in_progress']]);
    expect(ids('scheduled-maintenances/upcoming.json')).toEqual([['db-next', 'scheduled']]);
    expect(ids('scheduled-maintenances.json')).toEqual([['db-next', 'scheduled'], ['db-now', 'in_progress'], ['db-done', 'completed']]);
    expect(api['summary.json'].scheduled_maintenances.map((m) => m.id)).toEqual(['db-now', 'db-next']);
    const done = api['scheduled-maintenances.json'].scheduled_maintenances.at(-1)!;
    expect(done).toMatchObject({
      impact: 'maintenance', resolved_at: '2026-11-01T03:00:00.000Z',
      scheduled_for: '2026-11-01T02:00:00.000Z', scheduled_until: '2026-11-01T03:00:00.000Z',
    });
  });

  it('lets a notice change no component in its updates', () => {
    const notice = makeIncident('heads-up', {
      title: 'Heads up', kind: 'notice', components: { api: 'degraded_performance' }, started: '2026-11-20T14:00:00Z',
      updates: [{ at: '2026-11-20T14:00:00Z', status: 'identified', body: 'FYI.' }],
    });
    const withNotice = makeContent([{ id: 'api', name: 'API' }], [notice]);
    const [update] = toStatuspageApi(withNotice.site, buildPageView(withNotice, now))['summary.json'].incidents[0]!.incident_updates;
    expect(update!.affected_components).toEqual([{ code: 'api', name: 'API', old_status: 'operational', new_status: 'operational' }]);
  });

  it('says all systems are operational only when nothing is wrong', () => {
    const quiet = makeContent([{ id: 'api', name: 'API' }], []);
    expect(toStatuspageApi(quiet.site, buildPageView(quiet, now))['status.json'].status)
      .toEqual({ indicator: 'none', description: 'All Systems Operational' });
  });

  it('keeps a page URL with a path, without the trailing slash', () => {
    const sub = makeContent([], [], { url: 'https://octo.github.io/status/' });
    expect(toStatuspageApi(sub.site, buildPageView(sub, now))['status.json'].page.url).toBe('https://octo.github.io/status');
  });
});
