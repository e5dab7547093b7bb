import type { Translator } from '../i18n/translator.ts';
import { componentStatusLabel, indicatorLabel, updateStatusLabel } from '../wording.ts';
import type { ComponentStatus } from '../schema/vocabulary.ts';
import type { UpstreamComponentState, UpstreamIndicator, UpstreamItemState } from './model.ts';

/** Our words for an upstream's overall state: our own headline's vocabulary, and "unknown". */
export const upstreamIndicatorLabel = (indicator: UpstreamIndicator, t: Translator): string =>
  indicator === 'unknown' ? t.t('upstream.indicatorUnknown') : indicatorLabel(indicator, t);

/** Our words for one of their components' states. */
export const upstreamComponentLabel = (state: UpstreamComponentState, t: Translator): string =>
  state === 'unknown' ? t.t('upstream.componentUnknown') : componentStatusLabel(state, t);

/** Our words for one of their incidents' states. */
export const upstreamItemLabel = (state: UpstreamItemState, t: Translator): string =>
  state === 'unknown' ? t.t('upstream.itemUnknown') : updateStatusLabel(state, t);

/** Trouble an upstream reports, about one of its components or about itself as a whole. */
export type UpstreamTrouble =
  | { component: string; state: Exclude<ComponentStatus, 'operational'> }
  | { indicator: Exclude<UpstreamIndicator, 'none' | 'unknown'> };

/**
 * The one-line note on a component that depends on an upstream in trouble; in the past tense
 * when it comes from an earlier build's data.
 * @example dependencyNoteText('GitHub', { component: 'Actions', state: 'partial_outage' }, true, english)
 * // → 'GitHub reports a partial outage of Actions'
 */
export function dependencyNoteText(upstream: string, trouble: UpstreamTrouble, live: boolean, t: Translator): string {
  const tense = live ? 'reports' : 'reported';
  return 'component' in trouble
    ? t.t(`upstream.${tense}.${trouble.state}`, { upstream, component: trouble.component })
    : t.t(`upstream.${tense}.${trouble.indicator}`, { upstream });
}
