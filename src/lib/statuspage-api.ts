import { createHash } from 'node:crypto';
import { firstPostedAt } from './incident.ts';
import { markdownToText } from './markdown.ts';
import type { Incident, IncidentUpdate } from './schema/incident.ts';
import type {
  StatuspageApi, StatuspageComponent, StatuspageIncident, StatuspageIncidentUpdate, StatuspageMaintenance, StatuspagePage,
} from './schema/statuspage-api.ts';
import type { SiteSettings } from './schema/site.ts';
import type { ComponentStatus } from './schema/vocabulary.ts';
import { newestFirst, type PageView } from './page-view.ts';
import { slugify, uniqueId } from './slug.ts';
import { endedAt, incidentState, maintenanceState } from './lifecycle.ts';
import { absoluteUrl, pagePath } from './urls.ts';
import type { Indicator } from './component-status.ts';

/** Statuspage's own words for each indicator: the API is a protocol, so they stay English in every language. */
export const indicatorDescription: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
  maintenance: 'Service Under Maintenance',
};

/** Statuspage's list endpoints return "the 50 most recent". */
export const STATUSPAGE_LIST_LIMIT = 50;

/**
 * A stable Statuspage-style id (12 characters of `[a-z0-9]`, as in every real page) for a text.
 * @example statuspageId('https://status.example.com') // → the same 12 characters on every build
 */
export function statuspageId(text: string): string {
  return BigInt(`0x${createHash('sha256').update(text).digest('hex').slice(0, 16)}`).toString(36).padStart(12, '0').slice(-12);
}

const iso = (d: Date) => d.toISOString();
const newest = (dates: Date[]) => dates.reduce<Date | null>((a, d) => (!a || d > a ? d : a), null);
const oldest = (dates: Date[]) => dates.reduce<Date | null>((a, d) => (!a || d < a ? d : a), null);

/** Moments at which an incident changed anything shown (began, ended, was updated), up to `now`. */
function changeTimes(incident: Incident, now: Date): Date[] {
  return [incident.started, incident.scheduledFor, endedAt(incident, now), ...incident.updates.map((u) => u.at)]
    .filter((d): d is Date => d !== null && d <= now);
}

/** The group's id: a slug of its name, kept apart from component ids and other groups. */
function groupIds(page: PageView): Map<string, string> {
  const taken = new Set(page.components.map((c) => c.component.id));
  const ids = new Map<string, string>();
  for (const group of page.groups) {
    if (group.name === null || ids.has(group.name)) continue;
    const id = uniqueId(`group-${slugify(group.name) || 'unnamed'}`, (candidate) => taken.has(candidate));
    taken.add(id);
    ids.set(group.name, id);
  }
  return ids;
}

/**
 * The status a component has after an update: the incident's, unless the update ends it or
 * precedes a window; a notice changes no status.
 */
function statusAfter(incident: Incident, update: IncidentUpdate, during: ComponentStatus): ComponentStatus {
  const affecting = incident.kind === 'maintenance'
    ? update.status === 'in_progress' || update.status === 'verifying'
    : incident.kind === 'incident' && update.status !== 'resolved';
  return affecting ? during : 'operational';
}

/** What every mapped object needs to know about the page. */
interface Context {
  site: SiteSettings;
  now: Date;
  pageId: string;
  componentById: ReadonlyMap<string, StatuspageComponent>;
}

/** Components in display order, each group's entry before its children; positions count from 1. */
function toComponents(page: PageView, pageId: string, pageUpdated: Date): StatuspageComponent[] {
  const groupIdByName = groupIds(page);
  // Once per component: a grouped component's times count for it and for its group.
  const timesById = new Map(page.components.map(({ component: { id } }) => [id, (page.byComponent.get(id) ?? []).flatMap((i) => changeTimes(i, page.now))]));
  const timesOf = (id: string) => timesById.get(id) ?? [];
  const components: StatuspageComponent[] = [];
  const entry = (
    id: string, name: string, status: ComponentStatus, description: string | null, times: Date[], groupId: string | null,
  ) => ({
    id, name, status,
    created_at: iso(oldest(times) ?? pageUpdated),
    updated_at: iso(newest(times) ?? pageUpdated),
    position: components.length + 1,
    description,
    showcase: true,
    start_date: null,
    group_id: groupId,
    page_id: pageId,
  });
  for (const group of page.groups) {
    const groupId = group.name === null ? null : groupIdByName.get(group.name)!;
    if (group.name !== null && groupId !== null) {
      const times = group.components.flatMap((v) => timesOf(v.component.id));
      components.push({
        ...entry(groupId, group.name, group.status, null, times, null),
        showcase: false, group: true, only_show_if_degraded: false, components: group.components.map((v) => v.component.id),
      });
    }
    for (const { component, status } of group.components) {
      components.push({
        ...entry(component.id, component.name, status, component.description ?? null, timesOf(component.id), groupId),
        group: false, only_show_if_degraded: false,
      });
    }
  }
  return components;
}

/**
 * An incident's updates up to now, newest first. Each tells how it changed the incident's
 * components: the first turns them from operational to the incident's status, one that ends it
 * (or a maintenance update outside the work) turns them back.
 */
function toUpdates(incident: Incident, ctx: Context): StatuspageIncidentUpdate[] {
  const chronological = incident.updates.filter((u) => u.at <= ctx.now).reverse();
  let before = new Map(incident.components.map((c) => [c.id, 'operational' as ComponentStatus]));
  return chronological.map((update) => {
    const after = new Map(incident.components.map((c) => [c.id, statusAfter(incident, update, c.status)]));
    const affected = incident.components.map((c) => ({
      code: c.id, name: ctx.componentById.get(c.id)?.name ?? c.id, old_status: before.get(c.id)!, new_status: after.get(c.id)!,
    }));
    before = after;
    return {
      id: update.id, status: update.status, body: markdownToText(update.body), incident_id: incident.id,
      created_at: iso(update.at), updated_at: iso(update.at), display_at: iso(update.at),
      affected_components: affected.length ? affected : null,
      deliver_notifications: true, custom_tweet: null, tweet_id: null,
    };
  }).reverse();
}

/** The fields incidents and maintenances share. */
function commonFields(incident: Incident, resolvedAt: Date | null, ctx: Context) {
  const created = firstPostedAt(incident);
  const monitoring = incident.updates.filter((u) => u.status === 'monitoring' && u.at <= ctx.now).at(-1);
  return {
    id: incident.id,
    name: incident.title,
    created_at: iso(created),
    updated_at: iso(newest(changeTimes(incident, ctx.now)) ?? created),
    monitoring_at: monitoring ? iso(monitoring.at) : null,
    resolved_at: resolvedAt ? iso(resolvedAt) : null,
    shortlink: absoluteUrl(ctx.site.url, pagePath.incident(incident.id)),
    started_at: iso(incident.started),
    page_id: ctx.pageId,
    incident_updates: toUpdates(incident, ctx),
    components: incident.components.flatMap((c) => ctx.componentById.get(c.id) ?? []),
  };
}

function toIncident(incident: Incident, ctx: Context): StatuspageIncident {
  const status = incidentState(incident, ctx.now);
  return { ...commonFields(incident, endedAt(incident, ctx.now), ctx), status, impact: incident.impact };
}

function toMaintenance(m: Incident, ctx: Context): StatuspageMaintenance {
  const status = maintenanceState(m, ctx.now);
  return {
    ...commonFields(m, endedAt(m, ctx.now), ctx), status, impact: 'maintenance',
    scheduled_for: iso(m.scheduledFor!), scheduled_until: iso(m.scheduledUntil!),
  };
}

/** The page object, its components, and what every mapped item needs. */
function pageContext(site: SiteSettings, page: PageView) {
  const { now } = page;
  const pageUrl = absoluteUrl(site.url, pagePath.home).replace(/\/+$/, '');
  const pageId = statuspageId(pageUrl);
  const pageUpdated = newest([...page.byId.values()].flatMap((i) => changeTimes(i, now))) ?? now;
  const pageObject: StatuspagePage = { id: pageId, name: site.name, url: pageUrl, time_zone: site.timezone, updated_at: iso(pageUpdated) };
  const components = toComponents(page, pageId, pageUpdated);
  const ctx: Context = { site, now, pageId, componentById: new Map(components.filter((c) => !c.group).map((c) => [c.id, c])) };
  return { pageObject, components, ctx };
}

/**
 * One incident or maintenance as Statuspage's API shows it, with the page it belongs to: what a
 * Statuspage-style webhook carries.
 */
export function toStatuspageItem(site: SiteSettings, page: PageView, incident: Incident): { page: StatuspagePage; item: StatuspageIncident | StatuspageMaintenance } {
  const { pageObject, ctx } = pageContext(site, page);
  return { page: pageObject, item: incident.kind === 'maintenance' ? toMaintenance(incident, ctx) : toIncident(incident, ctx) };
}

/**
 * Maps the derived status page onto Statuspage's public v2 API: exactly its fields, types and
 * enums, so existing clients, widgets and exporters read a Sitrep page unchanged. Ids are stable:
 * the page's is a hash of its URL, a component's or incident's is its own id, a group's a slug.
 */
export function toStatuspageApi(site: SiteSettings, page: PageView): StatuspageApi {
  const { now } = page;
  const { pageObject, components, ctx } = pageContext(site, page);
  const incidents = (list: Incident[]) => list.map((i) => toIncident(i, ctx));
  const maintenances = (list: Incident[]) => list.map((m) => toMaintenance(m, ctx));

  const recentIncidents = [...page.active, ...page.past.filter((i) => i.kind !== 'maintenance')]
    .sort(newestFirst).slice(0, STATUSPAGE_LIST_LIMIT);
  const recentMaintenance = [...page.maintenanceInProgress, ...page.maintenanceUpcoming, ...page.past.filter((i) => i.kind === 'maintenance')]
    .sort((a, b) => b.scheduledFor!.getTime() - a.scheduledFor!.getTime() || a.id.localeCompare(b.id))
    .slice(0, STATUSPAGE_LIST_LIMIT);
  const unresolved = incidents(page.active);
  const active = maintenances(page.maintenanceInProgress);
  const upcoming = maintenances(page.maintenanceUpcoming);
  const status = { indicator: page.indicator, description: indicatorDescription[page.indicator] };

  return {
    'summary.json': { page: pageObject, components, incidents: unresolved, scheduled_maintenances: [...active, ...upcoming], status },
    'status.json': { page: pageObject, status },
    'components.json': { page: pageObject, components },
    'incidents.json': { page: pageObject, incidents: incidents(recentIncidents) },
    'incidents/unresolved.json': { page: pageObject, incidents: unresolved },
    'scheduled-maintenances.json': { page: pageObject, scheduled_maintenances: maintenances(recentMaintenance) },
    'scheduled-maintenances/upcoming.json': { page: pageObject, scheduled_maintenances: upcoming },
    'scheduled-maintenances/active.json': { page: pageObject, scheduled_maintenances: active },
  };
}
