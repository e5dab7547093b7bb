import { parseDependency } from '../schema/upstreams.ts';
import type { Component } from '../schema/components.ts';
import { toneOfComponentStatus, toneOfIndicator, type Tone } from '../tone.ts';
import { comparableLink } from './links.ts';
import { matchesComponent } from './report.ts';
import type { UpstreamComponent, UpstreamComponentState, UpstreamIndicator, UpstreamItem, UpstreamPost, UpstreamReading } from './model.ts';
import type { Translator } from '../i18n/translator.ts';
import { dependencyNoteText, upstreamComponentLabel, upstreamIndicatorLabel, upstreamItemLabel } from './wording.ts';

/** Up to this many selected components are all listed; beyond it, the operational ones are counted. */
const LISTED_IN_FULL = 12;
/** A feed's latest posts shown on the home page. */
const POSTS_SHOWN = 3;

/** An upstream as the home page shows it. */
export interface UpstreamView {
  id: string;
  name: string;
  /** Their page, for people. */
  link: string;
  tone: Tone;
  /** Its overall state in our words. */
  label: string;
  /** Their own words for it, when they differ from ours. */
  reported: string | null;
  source: UpstreamReading['source'];
  asOf: Date | null;
  isFeed: boolean;
  components: { name: string; group: string | null; tone: Tone; label: string; reported: string | null }[];
  /** Operational components not listed one by one. */
  moreOperational: number;
  items: { name: string; url: string | null; kind: UpstreamItem['kind']; tone: Tone; label: string; since: Date | null }[];
  posts: UpstreamPost[];
}

const toneOfUpstreamIndicator = (indicator: UpstreamIndicator): Tone =>
  indicator === 'unknown' ? 'unknown' : toneOfIndicator[indicator];
const toneOfUpstreamComponent = (state: UpstreamComponentState): Tone =>
  state === 'unknown' ? 'unknown' : toneOfComponentStatus[state];

/** An item's tone: good news once over, else by its impact; an open one with no impact we know is never shown as fine. */
function toneOfItem(item: UpstreamItem): Tone {
  if (item.state === 'resolved' || item.state === 'completed') return 'ok';
  if (item.kind === 'maintenance' || item.impact === 'maintenance') return 'maintenance';
  return item.impact === 'critical' || item.impact === 'major' ? item.impact : 'minor';
}

/**
 * What the home page shows of an upstream, in the page's language. Without a report its state is
 * unknown, and its selected components are listed as unknown too: a missing answer never reads as operational.
 */
export function upstreamView({ upstream, source, asOf, report }: UpstreamReading, t: Translator): UpstreamView {
  const isFeed = upstream.kind === 'feed';
  const indicator = report?.indicator ?? 'unknown';
  const ours = isFeed ? t.t('upstream.feedLabel') : upstreamIndicatorLabel(indicator, t);
  const untitled = t.t('upstream.untitled');
  const components = readingComponents({ upstream, report });
  const listed = components.length <= LISTED_IN_FULL ? components : components.filter((c) => c.state !== 'operational');
  return {
    id: upstream.id,
    name: upstream.name,
    link: report?.page ?? upstream.url,
    tone: toneOfUpstreamIndicator(indicator),
    label: ours,
    reported: report?.reported && report.reported.toLowerCase() !== ours.toLowerCase() ? report.reported : null,
    source,
    asOf,
    isFeed,
    components: listed.map((c) => ({
      name: c.name,
      group: c.group,
      tone: toneOfUpstreamComponent(c.state),
      label: upstreamComponentLabel(c.state, t),
      reported: c.state === 'unknown' ? c.reported : null,
    })),
    moreOperational: components.length - listed.length,
    items: (report?.items ?? []).filter((i) => i.active).map((i) => ({
      name: i.name || untitled, url: i.url, kind: i.kind, tone: toneOfItem(i), label: upstreamItemLabel(i.state, t), since: i.started,
    })),
    posts: (report?.posts ?? []).slice(0, POSTS_SHOWN).map((post) => ({ ...post, title: post.title || untitled })),
  };
}

/** An upstream's components as read, or, with nothing read, the selected ones, each unknown. */
export function readingComponents({ upstream, report }: Pick<UpstreamReading, 'upstream' | 'report'>): UpstreamComponent[] {
  return report?.components ?? (upstream.components ?? []).map((name) => ({ id: '', name, group: null, state: 'unknown', reported: null }));
}

/** A note on one of our components about an upstream it depends on. */
export interface DependencyNote {
  upstreamId: string;
  link: string;
  tone: Tone;
  text: string;
  /** When the data is an earlier build's: the note says "as of". */
  asOf: Date | null;
}

/**
 * The notes a component carries: one per upstream (or upstream component) it depends on that
 * reports trouble. Unknown says nothing here: the upstream's own entry says it is unknown.
 */
export function dependencyNotes(component: Pick<Component, 'depends_on'>, readings: readonly UpstreamReading[], t: Translator): DependencyNote[] {
  return (component.depends_on ?? []).flatMap((entry): DependencyNote[] => {
    const dependency = parseDependency(entry);
    const reading = readings.find((r) => r.upstream.id === dependency.upstream);
    const report = reading?.report;
    if (!reading || !report) return [];
    const live = reading.source === 'live';
    const note = (tone: Tone, text: string): DependencyNote[] => [{
      upstreamId: reading.upstream.id, link: report.page ?? reading.upstream.url, tone, text, asOf: live ? null : reading.asOf,
    }];
    if (dependency.component === undefined) {
      const { indicator } = report;
      if (indicator === 'none' || indicator === 'unknown') return [];
      return note(toneOfUpstreamIndicator(indicator), dependencyNoteText(reading.upstream.name, { indicator }, live, t));
    }
    const wanted = dependency.component;
    const theirs = report.components.find((c) => matchesComponent(c, wanted));
    if (!theirs || theirs.state === 'operational' || theirs.state === 'unknown') return [];
    return note(toneOfUpstreamComponent(theirs.state), dependencyNoteText(reading.upstream.name, { component: theirs.name, state: theirs.state }, live, t));
  });
}

/** The current state of an upstream incident that one of our incidents links to. */
export interface LinkedState {
  upstream: string;
  label: string;
  tone: Tone;
  /** When it was resolved, or last updated. */
  at: Date | null;
  resolved: boolean;
  /** When the data is an earlier build's. */
  asOf: Date | null;
}

/**
 * The state of the upstream incident at `link`, when it is one a configured upstream told us
 * about: its address, its shortlink, or a page on the upstream's host named by its id.
 */
export function linkedState(link: string, readings: readonly UpstreamReading[], t: Translator): LinkedState | undefined {
  const wanted = comparableLink(link);
  if (!wanted) return undefined;
  const url = new URL(wanted);
  const lastSegment = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  for (const reading of readings) {
    const hosts = [reading.upstream.url, reading.report?.page].flatMap((h) => (h ? [new URL(h).host] : []));
    const item = reading.report?.items.find((i) =>
      [i.url, i.shortlink].some((l) => l !== null && comparableLink(l) === wanted) || (i.id !== '' && hosts.includes(url.host) && i.id === lastSegment));
    if (!item) continue;
    const resolved = item.state === 'resolved' || item.state === 'completed';
    return {
      upstream: reading.upstream.name,
      label: upstreamItemLabel(item.state, t),
      tone: toneOfItem(item),
      at: resolved ? item.resolved ?? item.updated : item.updated,
      resolved,
      asOf: reading.source === 'live' ? null : reading.asOf,
    };
  }
  return undefined;
}
