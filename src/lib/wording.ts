import type { ComponentStatus, IncidentKind, UpdateStatus } from './schema/vocabulary.ts';
import type { Incident } from './schema/incident.ts';
import type { Indicator } from './component-status.ts';
import type { Translator } from './i18n/translator.ts';
import { escapeMarkup } from './escape.ts';

/** The page's overall status, as its headline says it. */
export const indicatorLabel = (indicator: Indicator, t: Translator): string => t.t(`indicator.${indicator}`);

/** A component's status, for people. */
export const componentStatusLabel = (status: ComponentStatus, t: Translator): string => t.t(`componentStatus.${status}`);

/** A component's status inside a sentence or on a badge ("partial outage"). */
export const componentStatusInline = (status: ComponentStatus, t: Translator): string => t.t(`componentStatusInline.${status}`);

/** An update's state, for people. */
export const updateStatusLabel = (status: UpdateStatus, t: Translator): string => t.t(`updateStatus.${status}`);

/** What an item is: incident, maintenance or notice. */
export const kindLabel = (kind: IncidentKind, t: Translator): string => t.t(`kind.${kind}`);

/** The heading of an item's scope, by kind: maintenance and notices break nothing. */
export function scopeLabel(kind: IncidentKind, t: Translator): string {
  return t.t(kind === 'maintenance' ? 'fact.scopeMaintenance' : kind === 'notice' ? 'fact.scopeNotice' : 'fact.scope');
}

/**
 * The line under the page's headline: what is going on now, in the order the headline weighs it
 * (open incidents, then maintenance, then notices, which affect nothing); null when nothing is.
 * @example activitySummary([{ kind: 'incident' }, { kind: 'notice' }], 0, english) // → 'One incident is open. Details below.'
 */
export function activitySummary(active: readonly Pick<Incident, 'kind'>[], maintenanceInProgress: number, t: Translator): string | null {
  const incidents = active.filter((i) => i.kind === 'incident').length;
  const notices = active.filter((i) => i.kind === 'notice').length;
  if (incidents > 0) return t.plural('home.summaryIncidents', incidents);
  if (maintenanceInProgress > 0) return t.t('home.summaryMaintenance');
  if (notices > 0) return t.plural('home.summaryNotices', notices);
  return null;
}

/**
 * A state in words. A notice informs rather than reports a fault, so until an update gives it a
 * state, it is simply "Current" (not "Investigating").
 * @example stateLabel({ kind: 'notice', updates: [] }, 'investigating', english) // → 'Current'
 */
export function stateLabel(incident: Pick<Incident, 'kind' | 'updates'>, state: UpdateStatus, t: Translator): string {
  return incident.kind === 'notice' && state === 'investigating' && incident.updates.length === 0 ? t.t('updateStatus.current') : updateStatusLabel(state, t);
}

/**
 * The heading over what is happening now, naming only the kinds present.
 * @example activeHeading([{ kind: 'notice' }], english) // → 'Notices'
 */
export function activeHeading(active: readonly Pick<Incident, 'kind'>[], t: Translator): string {
  const hasIncident = active.some((i) => i.kind === 'incident');
  const hasNotice = active.some((i) => i.kind === 'notice');
  return t.t(hasIncident && hasNotice ? 'home.activeIncidentsAndNotices' : hasNotice ? 'home.activeNotices' : 'home.activeIncidents');
}

/**
 * What an item is, for its tag.
 * @example kindImpactLabel({ kind: 'incident', impact: 'major' }, english) // → 'Incident: major impact'
 */
export function kindImpactLabel(incident: Pick<Incident, 'kind' | 'impact'>, t: Translator): string {
  return incident.kind === 'incident' ? t.t(`kindImpact.${incident.impact}`) : kindLabel(incident.kind, t);
}

/**
 * Names (components, upstreams) as HTML, listed the language's way, each isolated in `<bdi>`: a
 * name in another script keeps its own direction and does not reorder its neighbours.
 * @example isolatedNames(['Public API', 'Web'], english) // → '<bdi>Public API</bdi>, <bdi>Web</bdi>'
 */
export function isolatedNames(names: readonly string[], t: Translator): string {
  return t.list(names.map((name) => `<bdi>${escapeMarkup(name)}</bdi>`));
}

/**
 * The names of an item's components, for people; an id that names no component is shown as is.
 * @example componentNameList({ components: [{ id: 'api', … }, { id: 'old', … }] }, new Map([['api', 'Public API']]), english) // → 'Public API, old'
 */
export function componentNameList(incident: Pick<Incident, 'components'>, names: ReadonlyMap<string, string>, t: Translator): string {
  return t.list(namesOf(incident, names));
}

/** An item's component names, an unknown id as is. */
export const namesOf = (incident: Pick<Incident, 'components'>, names: ReadonlyMap<string, string>): string[] =>
  incident.components.map((c) => names.get(c.id) ?? c.id);
