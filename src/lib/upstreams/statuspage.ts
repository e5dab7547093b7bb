import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { StatuspageIndicator } from '../schema/statuspage-api.ts';
import type { Upstream } from '../schema/upstreams.ts';
import { ComponentStatus, IncidentState, MaintenanceState } from '../schema/vocabulary.ts';
import { validate, type Origin } from '../validate.ts';
import { missingAnswer, type Adapted, type Adapter, type ListedComponent } from './adapter.ts';
import { answerBody, answerName, AnswerList, AnswerText, answerTime, identity, optional, parseJson, validItems } from './answer.ts';
import { ownLink, pageBase, webLink } from './links.ts';
import type { UpstreamComponentState, UpstreamIndicator, UpstreamItem, UpstreamItemState } from './model.ts';

/*
 * Atlassian Statuspage's public API v2, which many hosts imitate (incident.io, Sitrep itself).
 * Imitators leave keys out, so every key is optional; what is missing reads as unknown, never as
 * operational. Only a summary with neither a status nor components is not a summary at all.
 */

const Summary = z
  .looseObject({
    status: optional(z.looseObject({ indicator: optional(z.string()), description: optional(z.string()) })),
    components: AnswerList,
    incidents: AnswerList,
    scheduled_maintenances: AnswerList,
  })
  .refine((s) => s.status != null || s.components != null, 'is not a Statuspage summary: it has neither a status nor components');

const IncidentList = z.looseObject({ incidents: z.array(z.unknown()) });

const Component = z
  .looseObject({ ...identity, status: optional(z.string()), group: optional(z.boolean()), group_id: optional(AnswerText) })
  .refine((c) => c.id != null || c.name != null, 'has neither an id nor a name');

const Update = z.looseObject({
  body: optional(z.string()),
  display_at: optional(z.string()),
  created_at: optional(z.string()),
});
type Update = z.infer<typeof Update>;

const Incident = z.looseObject({
  ...identity,
  status: optional(z.string()),
  impact: optional(z.string()),
  shortlink: optional(z.string()),
  started_at: optional(z.string()),
  created_at: optional(z.string()),
  updated_at: optional(z.string()),
  resolved_at: optional(z.string()),
  scheduled_for: optional(z.string()),
  incident_updates: optional(z.array(z.unknown())),
});
type Incident = z.infer<typeof Incident>;

/** Statuspage's words for an incident's state, in ours; a postmortem is a resolved incident with a write-up. */
const ITEM_STATES: Record<string, UpdateStateWord> = {
  ...Object.fromEntries([...IncidentState.options, ...MaintenanceState.options].map((s) => [s, s])),
  postmortem: 'resolved',
};
type UpdateStateWord = Exclude<UpstreamItemState, 'unknown'>;

const indicatorOf = (word: string | null | undefined): UpstreamIndicator =>
  StatuspageIndicator.safeParse(word).data ?? 'unknown';
const componentStateOf = (word: string | null | undefined): UpstreamComponentState =>
  ComponentStatus.safeParse(word).data ?? 'unknown';
const itemStateOf = (word: string | null | undefined): UpstreamItemState =>
  (word && Object.hasOwn(ITEM_STATES, word) ? ITEM_STATES[word] : undefined) ?? 'unknown';

/** Reads `api/v2/summary.json` and, when it was fetched, `api/v2/incidents.json` (recent incidents, for links to them). */
export const readStatuspage: Adapter = (upstream, answers, origin): Adapted => {
  if (answers.summary === undefined) return { ok: false, problems: [missingAnswer(origin('summary'))] };
  const json = parseJson(answers.summary, origin('summary'));
  if (json.value === undefined) return { ok: false, problems: json.problems };
  const summary = validate(Summary, json.value, origin('summary'));
  if (!summary.ok) return { ok: false, problems: summary.problems };
  const { status } = summary.value;

  const warnings: Problem[] = [];
  const take = <T>(result: { items: T[]; problems: Problem[] }) => {
    warnings.push(...result.problems);
    return result.items;
  };
  const components = take(validItems(Component, summary.value.components, origin('summary'), 'components'));
  const incidents = take(validItems(Incident, summary.value.incidents, origin('summary'), 'incidents'));
  const maintenances = take(validItems(Incident, summary.value.scheduled_maintenances, origin('summary'), 'scheduled_maintenances'));
  const recent = answers.incidents === undefined ? [] : take(readIncidentList(answers.incidents, origin('incidents')));

  const item = (kind: UpstreamItem['kind'], fromSummary: boolean) => (i: Incident) => toItem(upstream, i, kind, fromSummary);
  return {
    ok: true,
    report: {
      indicator: indicatorOf(status?.indicator),
      reported: status?.description ? answerName(status.description) : null,
      components: listComponents(components),
      items: [...incidents.map(item('incident', true)), ...maintenances.map(item('maintenance', true)), ...recent.map(item('incident', false))],
      posts: [],
      page: null,
    },
    warnings,
  };
};

/** The incidents of `incidents.json`; it only adds to what links can tell, so its problems never cost the summary. */
function readIncidentList(text: string, origin: Origin): { items: Incident[]; problems: Problem[] } {
  const json = parseJson(text, origin);
  if (json.value === undefined) return { items: [], problems: json.problems };
  const list = validate(IncidentList, json.value, origin);
  if (!list.ok) return { items: [], problems: list.problems };
  return validItems(Incident, list.value.incidents, origin, 'incidents');
}

function listComponents(components: z.infer<typeof Component>[]): ListedComponent[] {
  const groupNames = new Map(components.filter((c) => c.group && c.id != null).map((c) => [c.id, c.name ?? c.id!]));
  return components.map((c) => ({
    component: {
      id: c.id ?? '',
      name: answerName(c.name ?? c.id!),
      group: c.group_id && groupNames.has(c.group_id) ? answerName(groupNames.get(c.group_id)!) : null,
      state: componentStateOf(c.status),
      reported: c.status ? answerName(c.status) : null,
    },
    isGroup: c.group === true,
  }));
}

/**
 * One incident or maintenance. Its link is its page on their own host (where Statuspage keeps
 * both), else the shortlink their API gave; the summary lists only unresolved incidents and
 * upcoming or current maintenance, of which only the current ones are shown.
 */
function toItem(upstream: Upstream, incident: Incident, kind: UpstreamItem['kind'], fromSummary: boolean): UpstreamItem {
  const state = itemStateOf(incident.status);
  const shortlink = webLink(incident.shortlink);
  const id = incident.id ?? '';
  const own = /^[\w-]+$/.test(id) ? ownLink(`incidents/${id}`, pageBase(upstream.url)) : null;
  const active = kind === 'maintenance'
    ? state === 'in_progress' || state === 'verifying'
    : state !== 'resolved' && (fromSummary || state !== 'unknown');
  return {
    id,
    kind,
    active,
    name: answerName(incident.name ?? ''),
    state,
    reported: incident.status ? answerName(incident.status) : null,
    impact: incident.impact ? answerName(incident.impact) : null,
    url: own ?? shortlink,
    shortlink,
    started: answerTime(kind === 'maintenance' ? incident.scheduled_for ?? incident.started_at : incident.started_at ?? incident.created_at),
    updated: answerTime(incident.updated_at),
    resolved: answerTime(incident.resolved_at),
    latest: answerBody(latestUpdate(incident)?.body),
  };
}

/** Their newest update: the list is newest first in every real answer, but the dates decide. */
function latestUpdate(incident: Incident): Update | undefined {
  const updates: Update[] = (incident.incident_updates ?? []).flatMap((u) => {
    const parsed = Update.safeParse(u);
    return parsed.success ? [parsed.data] : [];
  });
  const at = (u: Update) => answerTime(u.display_at ?? u.created_at)?.getTime() ?? -Infinity;
  return updates.reduce<Update | undefined>((newest, u) => (!newest || at(u) > at(newest) ? u : newest), undefined);
}
