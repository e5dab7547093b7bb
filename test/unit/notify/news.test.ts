import { describe, expect, it } from 'vitest';
import { buildPageView } from '../../../src/lib/page-view.ts';
import { planChannel, type ChannelPlan } from '../../../src/lib/notify/news.ts';
import type { ChannelLedger } from '../../../src/lib/notify/ledger.ts';
import type { Incident, IncidentFieldsInput } from '../../../src/lib/schema/incident.ts';
import { makeContent, makeIncident } from '../../support/content.ts';

const components = [{ id: 'api', name: 'Public API' }, { id: 'web', name: 'Website' }];

/** Plans a channel over `incidents` at `now`, as a run would, and returns the plan. */
function plan(incidents: Incident[], now: string, ledger: ChannelLedger | undefined, options: { components?: string[]; reminders?: number[]; githubRead?: boolean } = {}): ChannelPlan {
  const content = makeContent(components, incidents);
  return planChannel({
    view: buildPageView(content, new Date(now)), incidents, ledger, components: options.components,
    reminders: options.reminders ?? [60], githubRead: options.githubRead ?? true,
  });
}

/** A run after which every message was delivered: the ledger the next run starts from. */
function delivered(result: ChannelPlan): ChannelLedger {
  const ledger = structuredClone(result.ledger);
  for (const n of result.send) ledger.incidents[n.id] = n.told;
  return ledger;
}

const outage = (fields: Partial<IncidentFieldsInput> = {}) => makeIncident('api-down', {
  title: 'API errors', components: { api: 'partial_outage' }, started: '2026-11-20T14:00:00Z', ...fields,
});

describe('what a channel is told', () => {
  it('a first run sends nothing and records the present', () => {
    const result = plan([outage()], '2026-11-20T14:30:00Z', undefined);
    expect(result.first).toBe(true);
    expect(result.send).toEqual([]);
    expect(result.ledger.incidents['api-down']?.state).toBe('investigating');
    expect(plan([outage()], '2026-11-20T14:40:00Z', result.ledger).send).toEqual([]);
  });

  it('a new incident is posted once, and a re-run is silent', () => {
    const empty = plan([], '2026-11-20T13:00:00Z', undefined).ledger;
    const first = plan([outage()], '2026-11-20T14:05:00Z', empty);
    expect(first.send.map((n) => n.event)).toEqual(['posted']);
    expect(plan([outage()], '2026-11-20T14:10:00Z', delivered(first)).send).toEqual([]);
  });

  it('an update is told, and editing its text later is not news', () => {
    const base = plan([outage()], '2026-11-20T14:01:00Z', undefined).ledger;
    const updated = outage({ updates: [{ at: '2026-11-20T14:20:00Z', status: 'identified', body: 'Teh cause is found.' }] });
    const run = plan([updated], '2026-11-20T14:25:00Z', base);
    expect(run.send.map((n) => [n.event, n.update?.body])).toEqual([['updated', 'Teh cause is found.']]);
    const fixed = outage({ updates: [{ at: '2026-11-20T14:20:00Z', status: 'identified', body: 'The cause is found.' }] });
    expect(plan([fixed], '2026-11-20T14:30:00Z', delivered(run)).send).toEqual([]);
  });

  it('several updates in one run make one message of the latest state', () => {
    const base = plan([outage()], '2026-11-20T14:01:00Z', undefined).ledger;
    const later = outage({
      updates: [
        { at: '2026-11-20T14:10:00Z', status: 'identified', body: 'Found it.' },
        { at: '2026-11-20T14:20:00Z', status: 'monitoring', body: 'Fix deployed.' },
        { at: '2026-11-20T14:40:00Z', status: 'resolved', body: 'All good.' },
      ],
    });
    const run = plan([later], '2026-11-20T14:45:00Z', base);
    expect(run.send.map((n) => [n.event, n.update?.body])).toEqual([['resolved', 'All good.']]);
  });

  it('an incident opened and closed between two runs makes one "resolved" message that says it was never announced', () => {
    const base = plan([], '2026-11-20T13:00:00Z', undefined).ledger;
    const run = plan([outage({ resolved: '2026-11-20T14:20:00Z' })], '2026-11-20T14:30:00Z', base);
    expect(run.send.map((n) => [n.event, n.unannounced])).toEqual([['resolved', true]]);
  });

  it('news older than 24 hours is skipped, recorded, and not reported again', () => {
    const base = plan([], '2026-11-18T13:00:00Z', undefined).ledger;
    const run = plan([outage()], '2026-11-21T14:30:00Z', base);
    expect(run.send).toEqual([]);
    expect(run.skipped.map((n) => n.event)).toEqual(['posted']);
    const next = plan([outage()], '2026-11-21T14:40:00Z', run.ledger);
    expect([...next.send, ...next.skipped]).toEqual([]);
  });

  it('a withdrawn or deleted item is withdrawn once, only if it was announced and not over', () => {
    const base = plan([outage()], '2026-11-20T14:05:00Z', undefined).ledger;
    const run = plan([outage({ withdrawn: true })], '2026-11-20T14:10:00Z', base);
    expect(run.send.map((n) => n.event)).toEqual(['withdrawn']);
    expect(plan([outage({ withdrawn: true })], '2026-11-20T14:20:00Z', delivered(run)).send).toEqual([]);
    expect(plan([], '2026-11-20T14:10:00Z', base).send.map((n) => [n.event, n.incident])).toEqual([['withdrawn', null]]);
    // Never announced: nothing to withdraw.
    const quiet = plan([], '2026-11-20T13:00:00Z', undefined).ledger;
    expect(plan([outage({ withdrawn: true })], '2026-11-20T14:10:00Z', quiet).send).toEqual([]);
    // Over: deleting an old file is no news.
    const over = plan([outage({ resolved: '2026-11-20T14:03:00Z' })], '2026-11-20T14:05:00Z', undefined).ledger;
    expect(plan([], '2026-11-20T14:10:00Z', over).send).toEqual([]);
  });

  it('GitHub items are not withdrawn when GitHub was not read', () => {
    const issue = { ...outage(), id: 'issue-7', source: { type: 'github' as const, url: 'https://github.com/o/r/issues/7', number: 7 } };
    const base = plan([issue], '2026-11-20T14:05:00Z', undefined).ledger;
    expect(plan([], '2026-11-20T14:10:00Z', base, { githubRead: false }).send).toEqual([]);
    expect(plan([], '2026-11-20T14:10:00Z', base, { githubRead: true }).send.map((n) => n.event)).toEqual(['withdrawn']);
  });

  it('a maintenance is scheduled, reminded, started and completed, each once', () => {
    const window = makeIncident('db', {
      kind: 'maintenance', title: 'DB upgrade', components: ['api'], scheduled_for: '2026-11-21T06:00:00Z', scheduled_until: '2026-11-21T07:00:00Z',
    });
    let ledger = plan([], '2026-11-20T10:00:00Z', undefined).ledger;
    const steps: [string, string[]][] = [
      ['2026-11-20T12:00:00Z', ['scheduled']],
      ['2026-11-20T13:00:00Z', []],
      ['2026-11-21T05:05:00Z', ['reminder']],
      ['2026-11-21T05:30:00Z', []],
      ['2026-11-21T06:00:00Z', ['started']],
      ['2026-11-21T06:30:00Z', []],
      ['2026-11-21T07:01:00Z', ['completed']],
      ['2026-11-21T08:00:00Z', []],
    ];
    for (const [now, events] of steps) {
      const run = plan([window], now, ledger, { reminders: [60] });
      expect(run.send.map((n) => n.event), now).toEqual(events);
      ledger = delivered(run);
    }
  });

  it('a channel with components hears only news touching them', () => {
    const base = plan([], '2026-11-20T13:00:00Z', undefined, { components: ['web'] }).ledger;
    expect(plan([outage()], '2026-11-20T14:05:00Z', base, { components: ['web'] }).send).toEqual([]);
    expect(plan([outage()], '2026-11-20T14:05:00Z', base, { components: ['api'] }).send.map((n) => n.event)).toEqual(['posted']);
  });

  it('an undelivered message is planned again on the next run with the same key', () => {
    const base = plan([], '2026-11-20T13:00:00Z', undefined).ledger;
    const first = plan([outage()], '2026-11-20T14:05:00Z', base);
    const again = plan([outage()], '2026-11-20T14:20:00Z', first.ledger);
    expect(again.send.map((n) => n.key)).toEqual(first.send.map((n) => n.key));
  });
});

describe('the ledger over time', () => {
  it('forgets items a week after they ended, so it holds recent news, not the whole history', () => {
    const old = outage({ started: '2026-11-01T14:00:00Z', resolved: '2026-11-01T15:00:00Z' });
    const first = plan([old, outage({ resolved: '2026-11-20T14:30:00Z' })].map((i, n) => ({ ...i, id: `i${n}` })), '2026-11-20T15:00:00Z', undefined);
    expect(Object.keys(first.ledger.incidents)).toEqual(['i1']);
    const later = plan([outage({ resolved: '2026-11-20T14:30:00Z' })].map((i) => ({ ...i, id: 'i1' })), '2026-11-28T15:00:00Z', first.ledger);
    expect(later.ledger.incidents).toEqual({});
    expect([...later.send, ...later.skipped]).toEqual([]);
  });
});
