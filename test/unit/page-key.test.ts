import { describe, expect, it } from 'vitest';
import { currentState, endedAt, isActive, isUpcoming } from '../../src/lib/lifecycle.ts';
import { clockPhase, frameKey, incidentKey, pageKey, type PageFrame } from '../../src/lib/page-key.ts';
import type { Incident } from '../../src/lib/schema/incident.ts';
import type { Translator } from '../../src/lib/i18n/translator.ts';
import { makeContent, makeIncident } from '../support/content.ts';
import { english, translatorFor } from '../support/i18n.ts';

const incident = makeIncident('api-down', {
  started: '2026-11-20T14:00:00Z',
  eta: '2026-11-20T15:00:00Z',
  components: { api: 'major_outage' },
  updates: [
    { at: '2026-11-20T14:05:00Z', status: 'investigating' },
    { at: '2026-11-20T14:30:00Z', status: 'identified' },
    { at: '2026-11-20T15:30:00Z', status: 'resolved' },
  ],
});
/** The frame of a site called `name` with one component and no GitHub notice. */
const frameOf = (name: string): PageFrame => {
  const { site, components } = makeContent([{ id: 'api', name: 'API' }], [], { name });
  return { site, components, githubNotice: null, language: languageOf(english), code: 'code-1' };
};
const languageOf = (t: Translator) => ({ tag: t.locale.tag, lang: t.lang, intl: t.intl, locale: t.locale });
const maintenance = makeIncident('db-upgrade', {
  kind: 'maintenance',
  components: ['db'],
  scheduled_for: '2026-11-20T14:00:00Z',
  scheduled_until: '2026-11-20T15:00:00Z',
  updates: [{ at: '2026-11-20T15:10:00Z', status: 'verifying', body: 'Running late.' }],
});

/** Everything an incident's page shows that depends on the clock. */
const clockFacts = (i: Incident, now: Date) => JSON.stringify({
  state: currentState(i, now), ended: endedAt(i, now), active: isActive(i, now), upcoming: isUpcoming(i, now),
  overdue: i.eta instanceof Date && i.eta < now && isActive(i, now),
});

describe('where the clock stands among an incident\'s times', () => {
  it.each([incident, maintenance])('changes whenever anything its page shows changes with the clock (%#)', (subject) => {
    // Every minute of the afternoon, and every time of the incident itself.
    const moments = Array.from({ length: 4 * 60 }, (_, m) => new Date(Date.parse('2026-11-20T13:00:00Z') + m * 60_000));
    const byPhase = new Map<string, string>();
    for (const now of moments) {
      const facts = clockFacts(subject, now);
      const phase = clockPhase(subject, now);
      expect(byPhase.get(phase) ?? facts, `${now.toISOString()} (${phase})`).toBe(facts);
      byPhase.set(phase, facts);
    }
    expect(byPhase.size).toBeGreaterThan(3);
  });

  it('stays the same once everything is in the past', () => {
    expect(clockPhase(incident, new Date('2026-11-21T00:00:00Z'))).toBe(clockPhase(incident, new Date('2027-05-01T00:00:00Z')));
  });
});

describe('a page\'s key for the incremental build', () => {
  const now = new Date('2026-11-21T00:00:00Z');
  const frame = frameKey(frameOf('Test Cloud'));
  const key = (i: Incident, at = now, f = frame, more: unknown[] = []) => pageKey(f, [incidentKey(i, at), ...more]);

  it('is the same for the same incident, frame and clock phase', () => {
    expect(key(incident)).toBe(key(structuredClone(incident), new Date('2026-12-01T00:00:00Z')));
  });

  it('changes with the incident, the frame, the clock phase or anything else the page shows', () => {
    const edited = { ...incident, updates: incident.updates.map((u, i) => (i === 0 ? { ...u, body: 'Edited.' } : u)) };
    expect(key(edited)).not.toBe(key(incident));
    expect(key(incident, now, frameKey(frameOf('Renamed Cloud')))).not.toBe(key(incident));
    expect(key(incident, new Date('2026-11-20T14:45:00Z'))).not.toBe(key(incident));
    // A linked upstream incident that moved on.
    expect(key(incident, now, frame, [[{ label: 'Resolved' }]])).not.toBe(key(incident, now, frame, [[{ label: 'Investigating' }]]));
  });

  it('changes with the GitHub notice, and with the language and its words', () => {
    expect(key(incident, now, frameKey({ ...frameOf('Test Cloud'), githubNotice: now }))).not.toBe(key(incident));
    expect(key(incident, now, frameKey({ ...frameOf('Test Cloud'), language: languageOf(translatorFor('de')) }))).not.toBe(key(incident));
    const reworded = { ...english.locale, messages: { ...english.locale.messages, 'layout.skip': 'Skip ahead' } };
    expect(key(incident, now, frameKey({ ...frameOf('Test Cloud'), language: { ...languageOf(english), locale: reworded } }))).not.toBe(key(incident));
  });

  it('changes with the code the prerender imports from source', () => {
    expect(key(incident, now, frameKey({ ...frameOf('Test Cloud'), code: 'code-2' }))).not.toBe(key(incident));
  });

  it('counts what maps hold, which plain JSON would drop', () => {
    expect(pageKey(frame, [new Map([['api', 'API']])])).not.toBe(pageKey(frame, [new Map([['api', 'Public API']])]));
  });
});

describe('a history page\'s key', () => {
  const now = new Date('2026-11-21T00:00:00Z');
  const frame = frameKey(frameOf('Test Cloud'));
  const list = (items: Incident[], place: number[], at = now) => pageKey(frame, [...place, ...items.map((i) => incidentKey(i, at))]);
  const key = list([incident, maintenance], [2, 5, 120]);

  it('is the same for the same incidents in the same place', () => {
    expect(list([structuredClone(incident), structuredClone(maintenance)], [2, 5, 120])).toBe(key);
  });

  it('changes with its place, its incidents, their order or the clock', () => {
    expect(list([incident, maintenance], [2, 6, 121])).not.toBe(key);
    expect(list([incident], [2, 5, 120])).not.toBe(key);
    expect(list([maintenance, incident], [2, 5, 120])).not.toBe(key);
    expect(list([incident, maintenance], [2, 5, 120], new Date('2026-11-20T14:30:00Z'))).not.toBe(key);
  });
});
