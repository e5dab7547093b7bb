import { z } from 'zod';
import { Upstream } from '../schema/upstreams.ts';
import { ComponentStatus, UpdateStatus } from '../schema/vocabulary.ts';

/**
 * What an upstream's answer may hold, at most: enough to show, never enough to swamp a page.
 * Large providers list hundreds of components; text is theirs and may be anything.
 */
export const UPSTREAM_LIMITS = { components: 100, incidents: 20, name: 200, body: 2_000 } as const;

/**
 * An upstream's overall state in our vocabulary: Statuspage's indicator, or `unknown` when they
 * said nothing we can read. Unknown is its own state and never reads as operational.
 */
export const UpstreamIndicator = z.enum(['none', 'minor', 'major', 'critical', 'maintenance', 'unknown']);
export type UpstreamIndicator = z.infer<typeof UpstreamIndicator>;

/** A component's state in our vocabulary, or `unknown`. */
export const UpstreamComponentState = z.enum([...ComponentStatus.options, 'unknown']);
export type UpstreamComponentState = z.infer<typeof UpstreamComponentState>;

/** An incident's or maintenance's state in our vocabulary, or `unknown`. */
export const UpstreamItemState = z.enum([...UpdateStatus.options.flatMap((o) => o.options), 'unknown']);
export type UpstreamItemState = z.infer<typeof UpstreamItemState>;

export const UpstreamComponent = z.object({
  id: z.string(),
  name: z.string(),
  /** The group it belongs to on their page, by name. */
  group: z.string().nullable(),
  state: UpstreamComponentState,
  /** Their own word for the state, as they sent it. */
  reported: z.string().nullable(),
});
export type UpstreamComponent = z.infer<typeof UpstreamComponent>;

export const UpstreamItem = z.object({
  id: z.string(),
  kind: z.enum(['incident', 'maintenance']),
  /** An unresolved incident, or maintenance in progress: shown on the page. Others only answer links to them. */
  active: z.boolean(),
  name: z.string(),
  state: UpstreamItemState,
  reported: z.string().nullable(),
  /** Their impact word (Statuspage: none, minor, major, critical, maintenance). */
  impact: z.string().nullable(),
  /** Where it is read on their own page: their host, or the shortlink their API gave. */
  url: z.string().nullable(),
  /** Another address of the same item (Statuspage's shortlink), for recognising links to it. */
  shortlink: z.string().nullable(),
  started: z.date().nullable(),
  updated: z.date().nullable(),
  resolved: z.date().nullable(),
  /** Their latest update, plain text. */
  latest: z.string().nullable(),
});
export type UpstreamItem = z.infer<typeof UpstreamItem>;

export const UpstreamPost = z.object({
  title: z.string(),
  url: z.string().nullable(),
  published: z.date().nullable(),
});
export type UpstreamPost = z.infer<typeof UpstreamPost>;

/** What an upstream said, read and cleaned: the same model whatever kind of page it is. */
export const UpstreamReport = z.object({
  indicator: UpstreamIndicator,
  /** Their own words for the overall state ("Partially Degraded Service"), when they give any. */
  reported: z.string().nullable(),
  /** Their components the maintainer selected (all when none are), in the maintainer's order. */
  components: z.array(UpstreamComponent),
  /**
   * Their unresolved incidents and maintenance in progress first, then recent ones, for
   * recognising links to them: at most `UPSTREAM_LIMITS.incidents` in all.
   */
  items: z.array(UpstreamItem),
  /** A feed's latest posts, newest first. A feed says what was posted, not a state. */
  posts: z.array(UpstreamPost),
  /** Their page for people, when it is not the configured address: a feed's site. */
  page: z.string().nullable(),
});
export type UpstreamReport = z.infer<typeof UpstreamReport>;

/**
 * One upstream as this build knows it: read now, or from the last good snapshot, or not at all
 * (no report: its status is unknown).
 */
export const UpstreamReading = z.object({
  upstream: Upstream,
  source: z.enum(['live', 'snapshot', 'none']),
  /** When the report was fetched; null without one. */
  asOf: z.date().nullable(),
  report: UpstreamReport.nullable(),
});
export type UpstreamReading = z.infer<typeof UpstreamReading>;
