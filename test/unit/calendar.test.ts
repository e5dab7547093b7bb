import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, eventSequence, foldLine, toMaintenanceCalendar } from '../../src/lib/calendar.ts';
import { makeContent, makeIncident } from '../support/content.ts';
import { english } from '../support/i18n.ts';

const now = new Date('2026-11-20T15:00:00Z');
const window = {
  title: 'Database upgrade; read-only, briefly', kind: 'maintenance' as const, components: ['db'],
  scheduled_for: '2026-11-27T02:00:00+01:00', scheduled_until: '2026-11-27T03:00:00+01:00',
  scope: 'Writes fail — reads work.',
};
const content = makeContent([{ id: 'db', name: 'Datenbank Größe' }], [
  makeIncident('db-upgrade', { ...window, updates: [{ at: '2026-11-18T09:00:00Z', status: 'scheduled', body: 'We **will** upgrade.' }] }),
  makeIncident('dropped', { ...window, title: 'Dropped window', withdrawn: true }),
  makeIncident('outage', { title: 'Not maintenance', components: ['db'], started: '2026-11-20T14:00:00Z' }),
], { url: 'https://octo.github.io/status/' });
const ics = toMaintenanceCalendar(content.site, content.components, content.incidents, now, english);
const events = () => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('the maintenance calendar', () => {
  it('parses with ical.js into one event per maintenance window, in UTC', () => {
    const [upgrade, dropped] = events();
    expect(events()).toHaveLength(2);
    expect(upgrade!.uid).toBe('db-upgrade@octo.github.io/status');
    expect(upgrade!.summary).toBe('Database upgrade; read-only, briefly');
    expect(upgrade!.startDate.toJSDate().toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(upgrade!.endDate.toJSDate().toISOString()).toBe('2026-11-27T02:00:00.000Z');
    expect(upgrade!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(upgrade!.component.getFirstPropertyValue('url')).toBe('https://octo.github.io/status/incidents/db-upgrade/');
    expect(upgrade!.description).toContain('Datenbank Größe (under maintenance)');
    expect(upgrade!.description).toContain('We will upgrade.');
    expect(ics).toContain('DTSTART:20261127T010000Z\r\n');
    expect(dropped!.uid).toBe('dropped@octo.github.io/status');
  });

  it('marks a withdrawn window as cancelled, so subscribed calendars remove it', () => {
    const dropped = events()[1]!;
    expect(dropped.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(dropped.component.getFirstPropertyValue('url')).toBeNull();
  });

  it('has the required calendar and event properties', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    for (const event of calendar.getAllSubcomponents('vevent')) {
      for (const name of ['uid', 'dtstamp', 'dtstart', 'dtend', 'sequence']) expect(event.hasProperty(name)).toBe(true);
      expect(event.hasProperty('duration')).toBe(false);
    }
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('raises the sequence when a window moves later, when an update is posted, and when it is withdrawn', () => {
    const base = makeIncident('m', window);
    const sequence = (fields: Partial<typeof window> & { updates?: { at: string; status: 'scheduled'; body: string }[]; withdrawn?: boolean }) =>
      eventSequence(makeIncident('m', { ...window, ...fields }));
    const moved = { at: '2026-11-20T09:00:00Z', status: 'scheduled' as const, body: 'Moved.' };
    expect(sequence({ scheduled_until: '2026-11-27T04:00:00+01:00' })).toBeGreaterThan(eventSequence(base));
    expect(sequence({ scheduled_for: '2026-11-27T02:30:00+01:00' })).toBeGreaterThan(eventSequence(base));
    expect(sequence({ scheduled_for: '2026-11-26T02:00:00+01:00', scheduled_until: '2026-11-26T03:00:00+01:00', updates: [moved] }))
      .toBeGreaterThan(eventSequence(base));
    expect(sequence({ withdrawn: true })).toBeGreaterThan(eventSequence(base));
    expect(sequence({ updates: [moved, moved, moved] })).toBeLessThan(2 ** 31);
  });
});

describe('iCalendar text encoding', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('folds long lines without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('counts every character by its UTF-8 octets: ASCII, accents, CJK, emoji, a lone surrogate', () => {
    const encoder = new TextEncoder();
    for (const piece of ['a', 'ä', '漢', '😀', '\ud800']) {
      for (const length of [18, 19, 37, 38, 74, 75, 76, 150]) {
        const line = piece.repeat(length);
        const parts = foldLine(line).split('\r\n');
        // Each part as full as it can be: the next character would not have fitted.
        parts.forEach((part, i) => {
          expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
          if (i < parts.length - 1) expect(encoder.encode(part + piece).length).toBeGreaterThan(75);
        });
        expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
      }
    }
  });
});
