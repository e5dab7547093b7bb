import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Upstream, type UpstreamInput } from '../../src/lib/schema/upstreams.ts';
import { toUpstreamsApi } from '../../src/lib/upstreams/api.ts';
import type { UpstreamReading } from '../../src/lib/upstreams/model.ts';
import { readAnswers } from '../../src/lib/upstreams/report.ts';
import { dependencyNotes, linkedState, upstreamView } from '../../src/lib/upstreams/view.ts';
import { projectRoot } from '../support/build-site.ts';
import { english } from '../support/i18n.ts';

const GITHUB = 'https://www.githubstatus.com';
const AS_OF = new Date('2026-11-20T14:45:00Z');
const fixture = (name: string) => readFileSync(path.join(projectRoot, 'test/fixtures/upstreams', name), 'utf8');

function reading(fields: Partial<UpstreamInput>, source: UpstreamReading['source'] = 'live'): UpstreamReading {
  const upstream = Upstream.parse({ id: 'github', name: 'GitHub', url: GITHUB, ...fields });
  if (source === 'none') return { upstream, source, asOf: null, report: null };
  const read = readAnswers(upstream, { summary: fixture('statuspage-summary.json'), incidents: fixture('statuspage-incidents.json') });
  if (!read.ok) throw new Error('fixture does not read');
  return { upstream, source, asOf: AS_OF, report: read.report };
}

describe('an upstream on the home page', () => {
  it('shows its state in our words and theirs, its selected components and what is open, as of when', () => {
    const view = upstreamView(reading({ components: ['Actions', 'Git Operations'] }), english);
    expect(view).toMatchObject({ label: 'Partial System Outage', tone: 'major', reported: null, source: 'live', asOf: AS_OF, link: GITHUB });
    expect(view.components.map((c) => `${c.name}: ${c.label}`)).toEqual(['Actions: Partial outage', 'Git Operations: Operational']);
    expect(view.items.map((i) => `${i.kind} ${i.name}: ${i.label}`)).toEqual([
      'incident Disruption with some GitHub services: Identified',
      'maintenance Pages database maintenance: In progress',
    ]);
  });

  it('that could not be read is "Status unknown", and so is each selected component: never operational', () => {
    const view = upstreamView(reading({ components: ['Actions'] }, 'none'), english);
    expect(view).toMatchObject({ label: 'Status unknown', tone: 'unknown', asOf: null, items: [], posts: [] });
    expect(view.components).toEqual([{ name: 'Actions', group: null, tone: 'unknown', label: 'Unknown', reported: null }]);
  });

  it('counts the operational ones instead of listing them when there are many', () => {
    const base = reading({});
    const many = { ...base, report: { ...base.report!, components: Array.from({ length: 40 }, (_, i) => ({ ...base.report!.components[i % 2]!, id: `c${i}`, name: `C${i}` })) } };
    const view = upstreamView(many, english);
    expect(view.components).toHaveLength(20);
    expect(view.components.every((c) => c.label !== 'Operational')).toBe(true);
    expect(view.moreOperational).toBe(20);
  });

  it('shows a feed\'s posts with no status of its own', () => {
    const upstream = Upstream.parse({ id: 'aws', name: 'AWS', url: 'https://status.aws.example/rss/ec2.rss', kind: 'feed' });
    const read = readAnswers(upstream, { feed: fixture('feed.rss').replaceAll('{{origin}}', 'https://status.aws.example') });
    const view = upstreamView({ upstream, source: 'live', asOf: AS_OF, report: read.ok ? read.report : null }, english);
    expect(view).toMatchObject({ isFeed: true, label: 'No status published', tone: 'unknown', link: 'https://status.aws.example/' });
    expect(view.posts).toHaveLength(3);
  });
});

describe('a note on a component that depends on an upstream', () => {
  const readings = [reading({})];

  it('names the upstream component in trouble and how, in our words', () => {
    expect(dependencyNotes({ depends_on: ['github/Actions', 'github/api requests', 'github/Pages', 'github/Git Operations'] }, readings, english).map((n) => n.text)).toEqual([
      'GitHub reports a partial outage of Actions',
      'GitHub reports degraded performance of API Requests',
      'GitHub reports maintenance of Pages',
    ]);
  });

  it('names a whole upstream in trouble, and links to it', () => {
    expect(dependencyNotes({ depends_on: ['github'] }, readings, english)).toEqual([
      { upstreamId: 'github', link: GITHUB, tone: 'major', text: 'GitHub reports a partial system outage', asOf: null },
    ]);
  });

  it('says "reported" and as of when, from an earlier build\'s data', () => {
    expect(dependencyNotes({ depends_on: ['github/Actions'] }, [reading({}, 'snapshot')], english)).toEqual([
      expect.objectContaining({ text: 'GitHub reported a partial outage of Actions', asOf: AS_OF }),
    ]);
  });

  it('says nothing of an upstream it could not read, nor of a component it does not know', () => {
    expect(dependencyNotes({ depends_on: ['github', 'github/Actions'] }, [reading({}, 'none')], english)).toEqual([]);
    expect(dependencyNotes({ depends_on: ['github/Copilot', 'github/Nothing'] }, readings, english)).toEqual([]);
  });
});

describe('a link from one of our incidents to an upstream incident', () => {
  const readings = [reading({})];

  it('shows where an open one stands, by its page on their host or its shortlink', () => {
    for (const link of [`${GITHUB}/incidents/x7k2mcnqv1zd`, `${GITHUB}/incidents/x7k2mcnqv1zd/?utm=x#updates`, 'https://stspg.io/x7k2mcnq']) {
      expect(linkedState(link, readings, english), link).toMatchObject({ upstream: 'GitHub', label: 'Identified', resolved: false, at: new Date('2026-11-20T14:38:40.119Z') });
    }
  });

  it('shows a resolved one as resolved, with the time, from their recent incidents', () => {
    expect(linkedState(`${GITHUB}/incidents/q9w8lz3tyb0c`, readings, english)).toMatchObject({ label: 'Resolved', resolved: true, at: new Date('2026-11-20T10:02:00.000Z'), tone: 'ok' });
    expect(linkedState(`${GITHUB}/incidents/p1m5nb7vcx2z`, readings, english)).toMatchObject({ label: 'Resolved', resolved: true });
  });

  it('says nothing of a link it cannot tie to an incident it read', () => {
    expect(linkedState(`${GITHUB}/incidents/unknown123`, readings, english)).toBeUndefined();
    expect(linkedState('https://other.example/incidents/x7k2mcnqv1zd', readings, english)).toBeUndefined();
    expect(linkedState('javascript:alert(1)', readings, english)).toBeUndefined();
    expect(linkedState(`${GITHUB}/incidents/x7k2mcnqv1zd`, [reading({}, 'none')], english)).toBeUndefined();
  });
});

describe('/api/upstreams.json', () => {
  it('gives what the page shows, with unknown spelled out', () => {
    const api = toUpstreamsApi([reading({ components: ['Actions'] }), reading({ id: 'down', name: 'Down', components: ['API'] }, 'none')]);
    expect(api.upstreams[0]).toMatchObject({
      id: 'github', name: 'GitHub', url: GITHUB, kind: 'statuspage', status: 'major', reported: 'Partial System Outage', source: 'live',
      as_of: '2026-11-20T14:45:00.000Z',
      components: [{ id: 'br0l2tvcx85d', name: 'Actions', group: null, status: 'partial_outage', reported: 'partial_outage' }],
    });
    expect(api.upstreams[0]!.incidents.map((i) => [i.kind, i.status, i.url])).toEqual([
      ['incident', 'identified', `${GITHUB}/incidents/x7k2mcnqv1zd`],
      ['maintenance', 'in_progress', `${GITHUB}/incidents/m3pwq8r0ks2d`],
    ]);
    expect(api.upstreams[1]).toMatchObject({
      status: 'unknown', source: 'none', as_of: null, incidents: [],
      components: [{ id: null, name: 'API', group: null, status: 'unknown', reported: null }],
    });
  });
});
