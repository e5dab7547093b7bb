import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { validate, type Origin } from '../validate.ts';
import { missingAnswer, type Adapted, type Adapter, type ListedComponent } from './adapter.ts';
import { answerName, AnswerList, answerTime, identity, optional, parseJson, validItems } from './answer.ts';
import { ownLink } from './links.ts';
import type { UpstreamComponentState, UpstreamIndicator, UpstreamItem, UpstreamItemState } from './model.ts';

/*
 * Instatus's public `summary.json` (the page's state, active incidents and maintenance) and
 * `v2/components.json`. Their states are upper-case words; a word we do not know is unknown,
 * never up. Keys are left out when empty.
 */

const Summary = z.looseObject({
  page: z.looseObject({ name: optional(z.string()), url: optional(z.string()), status: optional(z.string()) }),
  activeIncidents: AnswerList,
  activeMaintenances: AnswerList,
});

const ComponentList = z.looseObject({ components: z.array(z.unknown()) });

const Component = z
  .looseObject({
    ...identity,
    status: optional(z.string()),
    group: optional(z.union([z.string(), z.looseObject({ name: optional(z.string()) })])),
    children: optional(z.array(z.unknown())),
  })
  .refine((c) => c.id != null || c.name != null, 'has neither an id nor a name');
type Component = z.infer<typeof Component>;

const Item = z.looseObject({
  ...identity,
  status: optional(z.string()),
  impact: optional(z.string()),
  url: optional(z.string()),
  started: optional(z.string()),
  start: optional(z.string()),
  updatedAt: optional(z.string()),
});
type Item = z.infer<typeof Item>;

/**
 * The page's state. Instatus words name how many components are hit how badly (ONEMAJOROUTAGE,
 * ALLMINOROUTAGE…) or say only that something is wrong (HASISSUES), so the worst plausible reading wins.
 * @example instatusIndicator('HASISSUES') // → 'minor'
 */
export function instatusIndicator(word: string | null | undefined): UpstreamIndicator {
  const w = (word ?? '').toUpperCase();
  if (/^(ALL)?UP$|^OPERATIONAL$/.test(w)) return 'none';
  if (w === 'ALLMAJOROUTAGE') return 'critical';
  if (w.includes('MAJOROUTAGE')) return 'major';
  if (/MINOROUTAGE|PARTIALOUTAGE|DEGRADED|HASISSUES/.test(w)) return 'minor';
  if (w.includes('MAINTENANCE')) return 'maintenance';
  return 'unknown';
}

const COMPONENT_STATES: Record<string, UpstreamComponentState> = {
  OPERATIONAL: 'operational',
  UNDERMAINTENANCE: 'under_maintenance',
  DEGRADEDPERFORMANCE: 'degraded_performance',
  PARTIALOUTAGE: 'partial_outage',
  // Between partial and major on their scale: read as the worse of our two neighbours.
  MINOROUTAGE: 'partial_outage',
  MAJOROUTAGE: 'major_outage',
};

const ITEM_STATES: Record<string, UpstreamItemState> = {
  INVESTIGATING: 'investigating', IDENTIFIED: 'identified', MONITORING: 'monitoring', RESOLVED: 'resolved',
  NOTSTARTEDYET: 'scheduled', INPROGRESS: 'in_progress', COMPLETED: 'completed',
};

const lookup = <T extends string>(table: Record<string, T>, word: string | null | undefined, fallback: T): T => {
  const key = (word ?? '').toUpperCase();
  return Object.hasOwn(table, key) ? table[key]! : fallback;
};

/** Reads `summary.json` and, when it was fetched, `v2/components.json`. */
export const readInstatus: Adapter = (upstream, answers, origin): Adapted => {
  if (answers.summary === undefined) return { ok: false, problems: [missingAnswer(origin('summary'))] };
  const json = parseJson(answers.summary, origin('summary'));
  if (json.value === undefined) return { ok: false, problems: json.problems };
  const summary = validate(Summary, json.value, origin('summary'));
  if (!summary.ok) return { ok: false, problems: summary.problems };

  const warnings: Problem[] = [];
  const take = <T>(result: { items: T[]; problems: Problem[] }) => {
    warnings.push(...result.problems);
    return result.items;
  };
  const incidents = take(validItems(Item, summary.value.activeIncidents, origin('summary'), 'activeIncidents'));
  const maintenances = take(validItems(Item, summary.value.activeMaintenances, origin('summary'), 'activeMaintenances'));
  const components = answers.components === undefined ? [] : take(readComponentList(answers.components, origin('components')));
  const status = summary.value.page.status;
  return {
    ok: true,
    report: {
      indicator: instatusIndicator(status),
      reported: status ? answerName(status) : null,
      components: components.flatMap(listComponent),
      items: [...incidents.map((i) => toItem(upstream.url, i, 'incident')), ...maintenances.map((m) => toItem(upstream.url, m, 'maintenance'))],
      posts: [],
      page: null,
    },
    warnings,
  };
};

function readComponentList(text: string, origin: Origin): { items: Component[]; problems: Problem[] } {
  const json = parseJson(text, origin);
  if (json.value === undefined) return { items: [], problems: json.problems };
  const list = validate(ComponentList, json.value, origin);
  if (!list.ok) return { items: [], problems: list.problems };
  return validItems(Component, list.value.components, origin, 'components');
}

/** A component, and the members of a group as components in that group. */
function listComponent(c: Component): ListedComponent[] {
  const group = typeof c.group === 'string' ? c.group : c.group?.name ?? null;
  const members = (c.children ?? []).flatMap((child): Component[] => {
    const parsed = Component.safeParse(child);
    return parsed.success ? [parsed.data] : [];
  });
  const own: ListedComponent = {
    component: {
      id: c.id ?? '',
      name: answerName(c.name ?? c.id!),
      group: group ? answerName(group) : null,
      state: lookup(COMPONENT_STATES, c.status, 'unknown'),
      reported: c.status ? answerName(c.status) : null,
    },
    isGroup: members.length > 0,
  };
  return [own, ...members.flatMap((m) => listComponent({ ...m, group: own.component.name }))];
}

function toItem(home: string, item: Item, kind: UpstreamItem['kind']): UpstreamItem {
  const state = lookup(ITEM_STATES, item.status, 'unknown');
  return {
    id: item.id ?? '',
    kind,
    // The summary lists only active incidents, and maintenance that may not have begun.
    active: kind === 'incident' ? state !== 'resolved' : state === 'in_progress',
    name: answerName(item.name ?? ''),
    state,
    reported: item.status ? answerName(item.status) : null,
    impact: item.impact ? answerName(item.impact) : null,
    url: ownLink(item.url, home),
    shortlink: null,
    started: answerTime(item.started ?? item.start),
    updated: answerTime(item.updatedAt),
    resolved: null,
    latest: null,
  };
}
