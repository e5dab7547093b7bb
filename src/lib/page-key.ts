import { createHash } from 'node:crypto';
import type { Incident } from './schema/incident.ts';

/**
 * JSON with maps and sets written as lists of entries, so that every value a page reads counts;
 * dates become ISO strings through their own `toJSON`.
 */
function keyJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v));
}

/**
 * Where `now` stands among an incident's own times: for each of them, whether it has passed
 * ("<"), is now ("=") or is ahead (">"). Everything an incident's page shows that moves with the
 * clock (its state, whether and when it ended, an estimate that has passed) compares `now` with
 * these times only, so it can change only when this does.
 * @example clockPhase({ started: 10:00, resolved: 11:00, … }, 10:30) // → '<>'
 */
export function clockPhase(incident: Incident, now: Date): string {
  const times = [
    incident.started, incident.resolved, incident.scheduledFor, incident.scheduledUntil,
    incident.eta instanceof Date ? incident.eta : null, ...incident.updates.map((u) => u.at),
  ];
  const at = now.getTime();
  return times.map((t) => (t === null ? '-' : t.getTime() < at ? '<' : t.getTime() === at ? '=' : '>')).join('');
}

const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('base64url');

/**
 * A digest of what every page shows around its own content (the site's settings, the components,
 * notices such as "GitHub data as of …"), computed once per build for `incidentPageKey`.
 */
export function frameKey(frame: unknown): string {
  return digest(keyJson(frame));
}

/** Keys already made this build: an incident's key also goes into the key of its history page. */
const made = new WeakMap<Incident, { now: Date; frame: string; key: string }>();

/**
 * The incremental build's key for an incident's page: a digest of the incident, of where the clock
 * stands among its times and of the frame (`frameKey`). Two builds with the same key make the same
 * page, so Astro copies it from the previous build instead of rendering it again.
 */
export function incidentPageKey(incident: Incident, now: Date, frame: string): string {
  const earlier = made.get(incident);
  if (earlier?.now === now && earlier.frame === frame) return earlier.key;
  const key = digest(frame, keyJson(incident), clockPhase(incident, now));
  made.set(incident, { now, frame, key });
  return key;
}

/**
 * The key for a page that lists incidents (a page of the history): their keys, in order, and the
 * page's place among its siblings (`place`, e.g. its number, the last number and the count).
 */
export function incidentListPageKey(incidents: readonly Incident[], now: Date, frame: string, place: unknown): string {
  return digest(frame, keyJson(place), ...incidents.map((i) => incidentPageKey(i, now, frame)));
}
