import { createHash } from 'node:crypto';
import type { Component } from './schema/components.ts';
import type { Locale } from './i18n/locale.ts';
import type { Incident } from './schema/incident.ts';
import type { SiteSettings } from './schema/site.ts';

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
 * Everything every page shows around its own content, and the code that writes it. Each field
 * counts in every page's key: a new setting, message or notice that every page shows is added
 * here, and the type then makes the one place that assembles the frame (`getSiteData`) supply it.
 */
export interface PageFrame {
  /** The site's settings: its name, links, language, time zone, everything from site.yaml. */
  site: SiteSettings;
  components: readonly Component[];
  /** The date of the GitHub snapshot shown ("GitHub data as of …"), or null when none is. */
  githubNotice: Date | null;
  /**
   * The page's language: its tag, the tag dates and numbers are formatted with, and Sitrep's words
   * in it (the site's own `strings:` are part of `site`).
   */
  language: { tag: string; lang: string; intl: string; locale: Locale };
  /**
   * A digest of the modules the prerender imports from source rather than bundles: Astro's own
   * page dependency hash covers only bundled code (src/io/unbundled-source.mjs).
   */
  code: string;
}

/** A digest of the frame every page shows (`PageFrame`), computed once per build for `pageKey`. */
export function frameKey(frame: PageFrame): string {
  return digest(keyJson(frame));
}

/** Made once per build: an incident's part goes into its own page's key and its history page's. */
const made = new WeakMap<Incident, { now: Date; key: string }>();

/** An incident's part of a page key: a digest of the incident and of where the clock stands among its times. */
export function incidentKey(incident: Incident, now: Date): string {
  const earlier = made.get(incident);
  if (earlier?.now === now) return earlier.key;
  const key = digest(keyJson(incident), clockPhase(incident, now));
  made.set(incident, { now, key });
  return key;
}

/**
 * The incremental build's key for a page: a digest of the frame (`frameKey`) and of everything
 * else the page shows (incident keys, the state of upstream incidents it links to, its place in a
 * list). Two builds with the same key make the same page, so Astro copies it from the previous
 * build instead of rendering it again.
 */
export function pageKey(frame: string, shown: readonly unknown[]): string {
  return digest(frame, keyJson(shown));
}
