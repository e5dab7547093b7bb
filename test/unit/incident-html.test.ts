import { describe, expect, it } from 'vitest';
import { incidentFeedHtml } from '../../src/lib/feeds/incident-html.ts';
import { makeIncident } from '../support/content.ts';
import { english, translatorFor } from '../support/i18n.ts';

describe('an entry in the feeds', () => {
  it('heads the scope by kind: what is broken in an incident, what to expect in a maintenance', () => {
    const names = new Map<string, string>();
    const incident = makeIncident('a', { started: '2026-11-20T14:00:00Z', scope: 'Writes fail.' });
    const maintenance = makeIncident('m', {
      kind: 'maintenance', scheduled_for: '2026-11-20T14:00:00Z', scheduled_until: '2026-11-20T15:00:00Z', scope: 'Brief resets.',
    });
    expect(incidentFeedHtml(incident, 'Etc/UTC', names, english)).toContain('<strong>What is broken</strong>: Writes fail.');
    expect(incidentFeedHtml(maintenance, 'Etc/UTC', names, english)).toContain('<strong>What to expect</strong>: Brief resets.');
  });

  it('writes an incident once per language, zone and component names, and again when they differ', () => {
    const incident = makeIncident('b', { started: '2026-11-20T14:00:00Z', components: ['api'], updates: [{ at: '2026-11-20T14:05:00Z', status: 'investigating', body: 'Looking.' }] });
    const first = incidentFeedHtml(incident, 'Etc/UTC', new Map([['api', 'Public API']]), english);
    expect(incidentFeedHtml(incident, 'Etc/UTC', new Map([['api', 'Public API']]), english)).toBe(first);
    expect(incidentFeedHtml(incident, 'Etc/UTC', new Map([['api', 'Sending API']]), english)).toContain('Sending API');
    expect(incidentFeedHtml(incident, 'Europe/Berlin', new Map([['api', 'Public API']]), english)).not.toBe(first);
    expect(incidentFeedHtml(incident, 'Etc/UTC', new Map([['api', 'Public API']]), translatorFor('de'))).toContain('Wird untersucht');
  });
});
