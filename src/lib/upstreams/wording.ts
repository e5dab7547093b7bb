import { componentStatusLabel, indicatorDescription, updateStatusLabel } from '../wording.ts';
import type { ComponentStatus } from '../schema/vocabulary.ts';
import type { UpstreamComponentState, UpstreamIndicator, UpstreamItemState } from './model.ts';

/** Words of the "Upstream services" section, the dependency notes and the upstream link states. */
export const upstreamWords = {
  heading: 'Upstream services',
  intro: (site: string) => `Services ${site} depends on, as their own status pages report them. They never change ${site}'s status above.`,
  theirWords: 'In their words:',
  asOf: 'As of',
  snapshot: 'Could not be read for this build; as of',
  unreadable: 'Could not be read for this build.',
  feedLabel: 'No status published',
  feedNote: 'Their feed lists posts, not a status.',
  latestPosts: 'Latest posts',
  noPosts: 'No posts in their feed.',
  moreOperational: (n: number) => `and ${n} more component${n === 1 ? '' : 's'}, operational`,
  itemKind: { incident: 'Incident', maintenance: 'Maintenance' },
  updated: 'updated',
  since: 'since',
  /** An incident, maintenance or post of theirs that has no title. */
  untitled: 'Untitled',
} as const;

/** Our words for an upstream's overall state: our own headline's vocabulary, and "unknown". */
export const upstreamIndicatorLabel: Record<UpstreamIndicator, string> = { ...indicatorDescription, unknown: 'Status unknown' };

/** Our words for one of their components' states. */
export const upstreamComponentLabel: Record<UpstreamComponentState, string> = { ...componentStatusLabel, unknown: 'Unknown' };

/** Our words for one of their incidents' states. */
export const upstreamItemLabel: Record<UpstreamItemState, string> = { ...updateStatusLabel, unknown: 'State unknown' };

/** What a degraded upstream component means for ours, worded after "GitHub reports …". */
const componentTrouble: Record<Exclude<ComponentStatus, 'operational'>, (name: string) => string> = {
  degraded_performance: (name) => `degraded performance of ${name}`,
  partial_outage: (name) => `a partial outage of ${name}`,
  major_outage: (name) => `a major outage of ${name}`,
  under_maintenance: (name) => `maintenance of ${name}`,
};

/** The same for a whole upstream. */
const upstreamTrouble: Record<Exclude<UpstreamIndicator, 'none' | 'unknown'>, string> = {
  minor: 'a minor service outage',
  major: 'a partial system outage',
  critical: 'a major system outage',
  maintenance: 'maintenance',
};

/**
 * The one-line note on a component that depends on an upstream in trouble; in the past tense
 * when it comes from an earlier build's data.
 * @example dependencyNoteText('GitHub', { component: 'Actions', state: 'partial_outage' }, true)
 * // → 'GitHub reports a partial outage of Actions'
 */
export function dependencyNoteText(
  upstream: string,
  trouble: { component: string; state: Exclude<ComponentStatus, 'operational'> } | { indicator: Exclude<UpstreamIndicator, 'none' | 'unknown'> },
  live: boolean,
): string {
  const what = 'component' in trouble ? componentTrouble[trouble.state](trouble.component) : upstreamTrouble[trouble.indicator];
  return `${upstream} ${live ? 'reports' : 'reported'} ${what}`;
}
