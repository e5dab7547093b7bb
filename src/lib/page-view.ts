import type { Content } from './content/site-content.ts';
import type { Component } from './schema/components.ts';
import type { Incident } from './schema/incident.ts';
import type { ComponentStatus } from './schema/vocabulary.ts';
import { impactRank } from './schema/vocabulary.ts';
import { deriveComponentStatuses, derivePageIndicator, worseStatus, type Indicator } from './component-status.ts';
import { isActive, isUpcoming } from './lifecycle.ts';
import { componentUptime, type UptimeSummary } from './uptime.ts';

export interface ComponentView {
  component: Component;
  status: ComponentStatus;
  uptime: UptimeSummary;
  /** Whether the 90-day uptime meets the SLO; null without an SLO or without data. */
  meetsSlo: boolean | null;
}

export interface ComponentGroupView {
  /** Null for components without a group. */
  name: string | null;
  status: ComponentStatus;
  components: ComponentView[];
}

/** Everything the pages show, derived once from content and the build time. */
export interface PageView {
  now: Date;
  indicator: Indicator;
  components: ComponentView[];
  groups: ComponentGroupView[];
  /** Active incidents and notices, worst impact first, then newest. */
  active: Incident[];
  maintenanceInProgress: Incident[];
  /** Scheduled maintenance, soonest first. */
  maintenanceUpcoming: Incident[];
  /** Everything over (resolved incidents and notices, completed maintenance), newest first. */
  past: Incident[];
  /** Every shown incident (withdrawn ones left out) by id. */
  byId: Map<string, Incident>;
  /** Incidents per component id, newest first. */
  byComponent: Map<string, Incident[]>;
}

/** Orders incidents by start, newest first; ties by id, so every build lists them alike. */
export const newestFirst = (a: Incident, b: Incident) => b.started.getTime() - a.started.getTime() || a.id.localeCompare(b.id);

/** Derives the status page from validated content at `now`. Upstreams have no part in it: they never change our status. */
export function buildPageView(content: Pick<Content, 'site' | 'components' | 'incidents'>, now: Date): PageView {
  const incidents = content.incidents.filter((i) => !i.withdrawn);
  const statuses = deriveComponentStatuses(content.components, incidents, now);
  const active = incidents
    .filter((i) => i.kind !== 'maintenance' && isActive(i, now))
    .sort((a, b) => impactRank[b.impact] - impactRank[a.impact] || newestFirst(a, b));
  const maintenanceInProgress = incidents.filter((i) => i.kind === 'maintenance' && isActive(i, now)).sort(newestFirst);
  const maintenanceUpcoming = incidents
    .filter((i) => isUpcoming(i, now))
    .sort((a, b) => a.scheduledFor!.getTime() - b.scheduledFor!.getTime());
  const current = new Set([...active, ...maintenanceInProgress, ...maintenanceUpcoming]);
  const past = incidents.filter((i) => !current.has(i) && i.started.getTime() <= now.getTime()).sort(newestFirst);
  const indicator = derivePageIndicator(statuses, active, maintenanceInProgress.length > 0);

  const byComponent = new Map<string, Incident[]>(content.components.map((c) => [c.id, []]));
  for (const incident of [...incidents].sort(newestFirst)) {
    for (const { id } of incident.components) byComponent.get(id)?.push(incident);
  }

  const components = content.components.map((component): ComponentView => {
    const uptime = componentUptime(component.id, byComponent.get(component.id) ?? [], now, content.site.timezone);
    return {
      component,
      status: statuses.get(component.id) ?? 'operational',
      uptime,
      meetsSlo: component.slo === undefined || uptime.uptime === null ? null : uptime.uptime * 100 >= component.slo,
    };
  });

  return {
    now,
    indicator,
    components,
    groups: groupComponents(components),
    active,
    maintenanceInProgress,
    maintenanceUpcoming,
    past,
    byId: new Map(incidents.map((i) => [i.id, i])),
    byComponent,
  };
}

/** Groups in order of first appearance; ungrouped components each stand alone in that order. */
function groupComponents(views: ComponentView[]): ComponentGroupView[] {
  const groups: ComponentGroupView[] = [];
  const byName = new Map<string, ComponentGroupView>();
  for (const view of views) {
    const name = view.component.group;
    if (!name) {
      groups.push({ name: null, status: view.status, components: [view] });
      continue;
    }
    let group = byName.get(name);
    if (!group) {
      group = { name, status: 'operational', components: [] };
      byName.set(name, group);
      groups.push(group);
    }
    group.components.push(view);
    group.status = worseStatus(group.status, view.status);
  }
  return groups;
}
