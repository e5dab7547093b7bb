import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Upstream, type UpstreamInput } from '../../src/lib/schema/upstreams.ts';
import type { Answers } from '../../src/lib/upstreams/adapter.ts';
import { instatusIndicator } from '../../src/lib/upstreams/instatus.ts';
import { readAnswers, upstreamEndpoints, type ReadAnswers } from '../../src/lib/upstreams/report.ts';
import type { UpstreamReport } from '../../src/lib/upstreams/model.ts';
import { projectRoot } from '../support/build-site.ts';
import { upstreamView } from '../../src/lib/upstreams/view.ts';
import { english, translatorFor } from '../support/i18n.ts';

const ORIGIN = 'https://status.provider.example';
const fixture = (name: string) =>
  readFileSync(path.join(projectRoot, 'test/fixtures/upstreams', name), 'utf8').replaceAll('{{origin}}', ORIGIN);
const upstream = (fields: Partial<UpstreamInput> = {}) => Upstream.parse({ id: 'prov', name: 'Provider', url: ORIGIN, ...fields });

function report(result: ReadAnswers): UpstreamReport {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}
const problems = (result: ReadAnswers) => (result.ok ? [] : result.problems.map((p) => `${p.field ?? '-'}: ${p.message}`));

describe('what Sitrep asks an upstream for', () => {
  it('reads a Statuspage page\'s summary and recent incidents from its own path, also under a sub-path', () => {
    expect(upstreamEndpoints({ kind: 'statuspage', url: 'https://www.githubstatus.com' }).map((e) => [e.key, e.url, e.required])).toEqual([
      ['summary', 'https://www.githubstatus.com/api/v2/summary.json', true],
      ['incidents', 'https://www.githubstatus.com/api/v2/incidents.json', false],
    ]);
    expect(upstreamEndpoints({ kind: 'statuspage', url: 'https://octo.github.io/status' })[0]!.url).toBe('https://octo.github.io/status/api/v2/summary.json');
  });

  it('reads Instatus\'s summary and components, and a feed at its own address', () => {
    expect(upstreamEndpoints({ kind: 'instatus', url: 'https://status.railbird.example/' }).map((e) => e.url)).toEqual([
      'https://status.railbird.example/summary.json', 'https://status.railbird.example/v2/components.json',
    ]);
    expect(upstreamEndpoints({ kind: 'feed', url: 'https://status.aws.example/rss/ec2-us-east-1.rss' }).map((e) => e.url)).toEqual([
      'https://status.aws.example/rss/ec2-us-east-1.rss',
    ]);
  });
});

describe('a Statuspage answer', () => {
  const answers: Answers = { summary: fixture('statuspage-summary.json'), incidents: fixture('statuspage-incidents.json') };

  it('gives the overall state in their words and in ours', () => {
    const r = report(readAnswers(upstream(), answers));
    expect(r.indicator).toBe('major');
    expect(r.reported).toBe('Partial System Outage');
  });

  it('lists every component but group headings when none are selected, with an unknown word read as unknown', () => {
    const r = report(readAnswers(upstream(), answers));
    expect(r.components.map((c) => [c.name, c.group, c.state])).toEqual([
      ['Git Operations', null, 'operational'],
      ['API Requests', null, 'degraded_performance'],
      ['Actions', null, 'partial_outage'],
      ['Pages', null, 'under_maintenance'],
      ['Codespaces', 'Cloud', 'operational'],
      ['Copilot', null, 'unknown'],
    ]);
    expect(r.components.at(-1)!.reported).toBe('mostly_fine');
  });

  it('lists only the selected components, in the maintainer\'s order, by name or id in any case; one they lack stays, unknown', () => {
    const result = readAnswers(upstream({ components: ['actions', 'brv1bkgrwx7q', 'Merge Queue'] }), answers);
    expect(report(result).components.map((c) => [c.name, c.state])).toEqual([
      ['Actions', 'partial_outage'], ['API Requests', 'degraded_performance'], ['Merge Queue', 'unknown'],
    ]);
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual(['lists no component "Merge Queue" (named in content/upstreams.yaml)']);
  });

  it('puts unresolved incidents and maintenance in progress first, and keeps recent ones for links', () => {
    const r = report(readAnswers(upstream(), answers));
    expect(r.items.map((i) => [i.name, i.kind, i.state, i.active])).toEqual([
      ['Disruption with some GitHub services', 'incident', 'identified', true],
      ['Pages database maintenance', 'maintenance', 'in_progress', true],
      ['Codespaces network upgrade', 'maintenance', 'scheduled', false],
      ['Incident with Webhooks', 'incident', 'resolved', false],
      ['Incident with Git Operations', 'incident', 'resolved', false],
    ]);
    const [open] = r.items;
    expect(open).toMatchObject({
      url: `${ORIGIN}/incidents/x7k2mcnqv1zd`,
      shortlink: 'https://stspg.io/x7k2mcnq',
      started: new Date('2026-11-20T14:02:11.895Z'),
      latest: 'We have identified the cause of delayed Actions runs and are deploying a fix.',
    });
    expect(r.items[3]!.resolved).toEqual(new Date('2026-11-20T10:02:00.000Z'));
  });

  it('reads a page that leaves keys out (as incident.io-hosted pages do) without calling anything operational', () => {
    const r = report(readAnswers(upstream(), { summary: JSON.stringify({ components: [{ id: 'a', name: 'API', status: 'operational' }] }) }));
    expect(r.indicator).toBe('unknown');
    expect(r.items).toEqual([]);
    const bare = report(readAnswers(upstream(), { summary: JSON.stringify({ page: { name: 'x' }, status: { description: 'Fine?' } }) }));
    expect(bare.indicator).toBe('unknown');
    expect(bare.reported).toBe('Fine?');
  });

  it('refuses what is not a summary: cut-off JSON, an HTML page, valid JSON of another shape', () => {
    expect(problems(readAnswers(upstream(), { summary: '{"status":{"indic' }))).toEqual(['-: is not JSON: it begins "{\\"status\\":{\\"indic"']);
    expect(problems(readAnswers(upstream(), { summary: '<!DOCTYPE html><p>Hi' }))[0]).toMatch(/is not JSON/);
    expect(problems(readAnswers(upstream(), { summary: '{"ok":true,"data":[1]}' }))).toEqual(['-: is not a Statuspage summary: it has neither a status nor components']);
    expect(problems(readAnswers(upstream(), { summary: '{"status":"ok"}' }))).toEqual(['-: is not a Statuspage summary: it has neither a status nor components']);
    expect(problems(readAnswers(upstream(), { summary: '[]' }))[0]).toMatch(/must be a map, not a list/);
    expect(problems(readAnswers(upstream(), {}))).toEqual(['-: was not read']);
  });

  it('keeps the summary when incidents.json is not a list of incidents, and says so', () => {
    const result = readAnswers(upstream(), { summary: fixture('statuspage-summary.json'), incidents: '{"nope":1}' });
    expect(report(result).items.filter((i) => i.active)).toHaveLength(2);
    expect(result.ok && result.warnings.map((w) => `${w.file} ${w.field}: ${w.message}`)).toEqual([
      `prov (${ORIGIN}/api/v2/incidents.json) incidents: is required`,
    ]);
  });

  it('shows every item it can read, an open incident without a name or id too, and names the ones it cannot', () => {
    const result = readAnswers(upstream(), {
      summary: JSON.stringify({
        status: { indicator: 'minor' },
        components: [{ status: 'major_outage' }, { id: 'c1', status: 'operational' }],
        incidents: ['oops', { status: 'investigating' }, { id: 'ok1', name: 'Fine', status: 'investigating' }],
      }),
    });
    // A name is the page's to word ("Untitled" in its language); the report keeps none.
    expect(report(result).items.map((i) => [i.id, i.name, i.active])).toEqual([['', '', true], ['ok1', 'Fine', true]]);
    const reading = { upstream: upstream(), source: 'live' as const, asOf: new Date(), report: report(result) };
    expect(upstreamView(reading, english).items.map((i) => i.name)).toEqual(['Untitled', 'Fine']);
    expect(upstreamView(reading, translatorFor('de')).items.map((i) => i.name)[0]).not.toBe('Untitled');
    expect(report(result).components.map((c) => c.name)).toEqual(['c1']);
    expect(result.ok && result.warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      'components.0: has neither an id nor a name',
      'incidents.0: must be a map, not "oops"',
    ]);
  });

  it('says when a component that ours depend on is not in their answer', () => {
    const result = readAnswers(upstream(), answers, ['Actions', 'Merge Queue']);
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual(['lists no component "Merge Queue" (named in depends_on in content/components.yaml)']);
  });
});

describe('text and links from an upstream', () => {
  const huge = 'A'.repeat(10_000);
  const hostile = {
    status: { indicator: 'critical', description: '<script>alert("status")</script>' },
    components: [
      { id: 'c1', name: `<img src=x onerror=alert(1)>${huge}`, status: 'major_outage' },
      { id: 'c2', name: 'Pay\u202epal\u0007 <b>', status: 'operational' },
      ...Array.from({ length: 150 }, (_, i) => ({ id: `n${i}`, name: `Node ${i}`, status: 'operational' })),
    ],
    incidents: [
      { id: 'i1', name: 'Click <a href="javascript:alert(2)">me</a>', status: 'investigating', impact: 'critical', shortlink: 'javascript:alert(3)', incident_updates: [{ body: `${'x'.repeat(5_000)}`, display_at: '2026-11-20T14:00:00Z' }] },
      { id: '../../evil', name: 'Path', status: 'investigating', shortlink: 'https://evil.example/steal' },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `z${i}`, name: `Outage ${i}`, status: 'investigating' })),
    ],
  };
  const r = report(readAnswers(upstream(), { summary: JSON.stringify(hostile) }));

  it('stays text: markup is kept as characters for the page to escape, never parsed', () => {
    expect(r.reported).toBe('<script>alert("status")</script>');
    expect(r.items[0]!.name).toBe('Click <a href="javascript:alert(2)">me</a>');
  });

  it('is cut at 200 characters for names and 2,000 for bodies, and loses control and bidi-override characters', () => {
    expect([...r.components[0]!.name]).toHaveLength(200);
    expect(r.components[0]!.name.endsWith('A…')).toBe(true);
    expect(r.components[1]!.name).toBe('Paypal <b>');
    expect([...r.items[0]!.latest!]).toHaveLength(2_000);
  });

  it('keeps at most 100 components and 20 incidents', () => {
    expect(r.components).toHaveLength(100);
    expect(r.items).toHaveLength(20);
  });

  it('links only over http(s) to the upstream\'s own host, or to a shortlink their API gave', () => {
    expect(r.items[0]).toMatchObject({ url: `${ORIGIN}/incidents/i1`, shortlink: null });
    // An id that is not a plain path segment builds no link on their host; the shortlink is theirs to give.
    expect(r.items[1]).toMatchObject({ url: 'https://evil.example/steal', shortlink: 'https://evil.example/steal' });
  });

  it('keeps, beyond the limit, the components ours depend on', () => {
    const kept = report(readAnswers(upstream(), { summary: JSON.stringify(hostile) }, ['node 149']));
    expect(kept.components).toHaveLength(100);
    expect(kept.components.at(-1)!.name).toBe('Node 149');
  });
});

describe('an Instatus answer', () => {
  const answers: Answers = { summary: fixture('instatus-summary.json'), components: fixture('instatus-components.json') };

  it('maps their words to ours, and a word it does not know to unknown, never up', () => {
    expect(['UP', 'HASISSUES', 'UNDERMAINTENANCE', 'ONEMAJOROUTAGE', 'ALLMAJOROUTAGE', 'ALLMINOROUTAGE', 'SOMETHINGELSE', undefined].map(instatusIndicator))
      .toEqual(['none', 'minor', 'maintenance', 'major', 'critical', 'minor', 'unknown', 'unknown']);
  });

  it('gives the page state, components with their groups, active incidents and maintenance in progress', () => {
    const r = report(readAnswers(upstream({ kind: 'instatus' }), answers));
    expect([r.indicator, r.reported]).toEqual(['minor', 'HASISSUES']);
    expect(r.components.map((c) => [c.group, c.name, c.state])).toEqual([
      ['EU', 'Deploys', 'partial_outage'], [null, 'Dashboard', 'operational'], [null, 'Databases', 'under_maintenance'], [null, 'Edge network', 'unknown'],
    ]);
    expect(r.items.map((i) => [i.name, i.state, i.active, i.url])).toEqual([
      ['Slow deploys in the EU', 'monitoring', true, `${ORIGIN}/incident/clx0a1b2c3d4e5f6`],
      ['Database failover test', 'in_progress', true, `${ORIGIN}/maintenance/clm9z8y7x6w5v4u3`],
      ['Network upgrade', 'scheduled', false, `${ORIGIN}/maintenance/clm1a2b3c4d5e6f7`],
    ]);
  });

  it('reads the summary alone when the components list was not read, and refuses a summary without a page', () => {
    expect(report(readAnswers(upstream({ kind: 'instatus' }), { summary: fixture('instatus-summary.json') })).components).toEqual([]);
    expect(problems(readAnswers(upstream({ kind: 'instatus' }), { summary: '{"activeIncidents":[]}' }))).toEqual(['page: is required']);
  });
});

describe('a feed', () => {
  const feedUpstream = upstream({ kind: 'feed', url: `${ORIGIN}/rss/ec2-us-east-1.rss` });

  it('gives RSS posts newest first, linking only to its own host, and no status', () => {
    const r = report(readAnswers(feedUpstream, { feed: fixture('feed.rss') }));
    expect(r.indicator).toBe('unknown');
    expect(r.posts.map((p) => [p.title, p.url, p.published?.toISOString()])).toEqual([
      ['Informational message: Increased API error rates', `${ORIGIN}/#ec2-us-east-1_1763640000`, '2026-11-20T20:40:00.000Z'],
      ['Service is operating normally: [RESOLVED] Instance launch delays', `${ORIGIN}/#ec2-us-east-1_1763100000`, '2026-11-14T14:15:00.000Z'],
      ['Resolved: network connectivity', null, '2026-11-10T11:00:00.000Z'],
    ]);
    expect(r.page).toBe(`${ORIGIN}/`);
  });

  it('gives Atom entries newest first', () => {
    const r = report(readAnswers(feedUpstream, { feed: fixture('feed.atom') }));
    expect(r.posts.map((p) => p.title)).toEqual(['Newer: load balancer errors', 'Older: storage latency']);
  });

  it('takes an empty feed as normal, and refuses what is not a feed', () => {
    expect(report(readAnswers(feedUpstream, { feed: '<rss version="2.0"><channel><title>Quiet</title></channel></rss>' })).posts).toEqual([]);
    expect(problems(readAnswers(feedUpstream, { feed: '{"json":"instead"}' }))[0]).toMatch(/is not an RSS or Atom feed/);
  });
});
