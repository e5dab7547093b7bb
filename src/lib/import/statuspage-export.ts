import type { Component } from '../schema/components.ts';
import type { IncidentFieldsInput } from '../schema/incident.ts';
import {
  ComponentStatus, Impact, IncidentState, MaintenanceState, type UpdateStatus,
} from '../schema/vocabulary.ts';
import { warnInto, type Problem, type Warn } from '../problems.ts';
import { worseStatus } from '../component-status.ts';
import { createComponentDirectory, type ComponentDirectory } from './component-directory.ts';
import { planImport, type ImportedIncident, type ImportPlan } from './import-plan.ts';
import { parseLooseTime } from './loose-time.ts';
import { looseText } from './loose-values.ts';
import { importedSiteSettings } from './site-settings.ts';

/** A saved Statuspage v2 export: the parsed JSON of each file, by file name. */
export interface StatuspageExport {
  components: { file: string; data: unknown };
  incidents: { file: string; data: unknown };
  maintenances?: { file: string; data: unknown };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The list under `key` in a v2 response (`{ page, incidents: [...] }`), or a bare list. */
function listIn(data: unknown, key: string): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (isObject(data) && Array.isArray(data[key])) return data[key];
  return undefined;
}

/**
 * Maps a Statuspage v2 export onto Sitrep: components (group components become groups),
 * incidents with their updates and affected components, and scheduled maintenances.
 */
export function importStatuspageExport(
  exported: StatuspageExport,
  target: { componentsText?: string; components: readonly Component[] },
): ImportPlan {
  const warnings: Problem[] = [];
  const skipped: Problem[] = [];
  const directory = createComponentDirectory(target.components);
  const idOf = readComponents(exported.components, directory, skipped);

  const incidents: ImportedIncident[] = [];
  const seen = new Set<string>();
  // Maintenances first: incidents.json may repeat them with fewer fields.
  const sources: [StatuspageExport['incidents'] | undefined, string][] = [
    [exported.maintenances, 'scheduled_maintenances'], [exported.incidents, 'incidents'],
  ];
  for (const [source, key] of sources) {
    if (!source) continue;
    const list = listIn(source.data, key);
    if (!list) {
      skipped.push({ file: source.file, field: key, message: `has no "${key}" list` });
      continue;
    }
    list.forEach((item, i) => {
      const where = `${source.file}: ${key}.${i}${isObject(item) && looseText(item.id) ? ` (${looseText(item.id)})` : ''}`;
      if (!isObject(item)) {
        skipped.push({ file: where, message: 'is not an object' });
        return;
      }
      const id = looseText(item.id) || `${key}-${i}`;
      if (seen.has(id)) return;
      seen.add(id);
      const mapped = mapItem(item, where, directory, idOf, warnings);
      if ('skip' in mapped) skipped.push({ file: where, message: mapped.skip });
      else incidents.push({ source: where, idHint: id, ...mapped });
    });
  }
  return planImport({ componentsText: target.componentsText, existing: target.components, added: directory.added(), incidents, warnings, skipped });
}

/**
 * A `content/site.yaml` from the export's `page` (`name`, `url`, `time_zone`), which every v2
 * response carries, for a site that has none yet; problems say what had to be guessed.
 */
export function siteSettingsFromStatuspage(exported: StatuspageExport, target: string): { text: string; problems: Problem[] } {
  const sources = [exported.components, exported.incidents, exported.maintenances].filter((s) => s !== undefined);
  const withPage = sources.find((s) => isObject(s.data) && isObject(s.data.page)) ?? exported.components;
  const page = isObject(withPage.data) && isObject(withPage.data.page) ? withPage.data.page : {};
  return importedSiteSettings({
    file: withPage.file,
    name: { field: 'page.name', value: looseText(page.name) },
    url: { field: 'page.url', value: looseText(page.url) },
    timezone: looseText(page.time_zone) ? { field: 'page.time_zone', value: looseText(page.time_zone) } : undefined,
  }, target);
}

/** Adds the export's components to the directory; returns Statuspage component id → Sitrep id. */
function readComponents(source: StatuspageExport['components'], directory: ComponentDirectory, skipped: Problem[]): Map<string, string> {
  const idOf = new Map<string, string>();
  const list = listIn(source.data, 'components');
  if (!list) {
    skipped.push({ file: source.file, field: 'components', message: 'has no "components" list' });
    return idOf;
  }
  const items = list.filter(isObject);
  const groups = new Map(items.filter((c) => c.group === true).map((c) => [looseText(c.id), looseText(c.name)]));
  const ordered = items
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (Number(a.c.position) || 0) - (Number(b.c.position) || 0) || a.i - b.i);
  for (const { c, i } of ordered) {
    if (c.group === true) continue;
    const name = looseText(c.name);
    if (!name) {
      skipped.push({ file: source.file, field: `components.${i}`, message: 'has no name' });
      continue;
    }
    const group = groups.get(looseText(c.group_id)) || undefined;
    const found = directory.findOrAdd(name, { extra: { description: looseText(c.description) || undefined, group }, guess: false });
    if (looseText(c.id)) idOf.set(looseText(c.id), found.id);
  }
  return idOf;
}

function mapItem(
  item: Json, where: string, directory: ComponentDirectory, idOf: Map<string, string>, warnings: Problem[],
): Omit<ImportedIncident, 'source' | 'idHint'> | { skip: string } {
  const warn = warnInto(warnings, where);
  const time = (field: string): Date | undefined => {
    if (item[field] === undefined || item[field] === null || item[field] === '') return undefined;
    const t = parseLooseTime(item[field], 'Etc/UTC');
    if (!t.ok) warn(field, `${t.message}; ignored`);
    return t.ok ? t.date : undefined;
  };
  const title = looseText(item.name);
  if (!title) return { skip: 'has no name' };
  const maintenance = item.scheduled_for !== undefined && item.scheduled_for !== null;
  const started = time('started_at') ?? time('created_at');
  const scheduledFor = time('scheduled_for');
  const scheduledUntil = time('scheduled_until') ?? (maintenance ? time('resolved_at') : undefined);
  if (maintenance && (!scheduledFor || !scheduledUntil)) return { skip: 'is a maintenance without a readable scheduled_for and scheduled_until' };
  if (!maintenance && !started) return { skip: 'has no readable started_at or created_at' };

  const vocabulary: readonly string[] = maintenance ? MaintenanceState.options : IncidentState.options;
  const rawUpdates = Array.isArray(item.incident_updates) ? item.incident_updates.filter(isObject) : [];
  const worst = new Map<string, ComponentStatus>();
  const postmortems: string[] = [];
  const updates: NonNullable<IncidentFieldsInput['updates']> = [];
  const chronological = rawUpdates
    .map((u, i) => {
      const t = parseLooseTime(u.display_at ?? u.created_at, 'Etc/UTC');
      return { u, i, at: t.ok ? t.date : undefined };
    })
    .sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
  let previous: UpdateStatus | undefined;
  for (const { u, i, at } of chronological) {
    for (const affected of Array.isArray(u.affected_components) ? u.affected_components.filter(isObject) : []) {
      const id = componentId(affected.code, affected.name, directory, idOf, warn);
      const status = ComponentStatus.safeParse(affected.new_status);
      if (id && status.success && status.data !== 'operational') {
        const before = worst.get(id);
        worst.set(id, before ? worseStatus(before, status.data) : status.data);
      }
    }
    const body = looseText(u.body);
    if (u.status === 'postmortem') {
      if (body) postmortems.push(body);
      continue;
    }
    if (!at) {
      warn(`incident_updates.${i}`, 'has no readable display_at or created_at; kept in the description');
      if (body) postmortems.push(body);
      continue;
    }
    let status = vocabulary.includes(looseText(u.status)) ? (looseText(u.status) as UpdateStatus) : undefined;
    if (!status) {
      status = previous ?? (vocabulary[0] as UpdateStatus);
      warn(`incident_updates.${i}.status`, `"${looseText(u.status)}" is not ${maintenance ? 'a maintenance' : 'an incident'} status; read as "${status}"`);
    }
    previous = status;
    updates.push({ at: at.toISOString(), status, body });
  }

  const components: Record<string, ComponentStatus | null> = {};
  for (const c of Array.isArray(item.components) ? item.components.filter(isObject) : []) {
    const id = componentId(c.id, c.name, directory, idOf, warn);
    if (id) components[id] = null;
  }
  for (const [id, status] of worst) components[id] = maintenance ? null : status;

  const fields: IncidentFieldsInput = { title, kind: maintenance ? 'maintenance' : 'incident', components, updates };
  const impact = Impact.safeParse(item.impact);
  if (!maintenance) {
    if (impact.success) fields.impact = impact.data;
    else if (item.impact !== undefined) warn('impact', `"${looseText(item.impact)}" is not an impact; left to follow from the components`);
    fields.started = started!.toISOString();
  } else {
    fields.scheduled_for = scheduledFor!.toISOString();
    fields.scheduled_until = scheduledUntil!.toISOString();
  }
  const ended = ['resolved', 'postmortem', 'completed'].includes(looseText(item.status));
  const resolvedAt = time('resolved_at');
  if (ended) {
    const begin = scheduledFor ?? started!;
    let end = resolvedAt ?? (updates.length ? new Date(updates.at(-1)!.at) : undefined);
    if (end && end < begin) {
      warn('resolved_at', 'is before the start; the end is taken as the start');
      end = begin;
    }
    if (end) fields.resolved = end.toISOString();
  }
  const postmortem = [looseText(item.postmortem_body), ...postmortems].filter(Boolean);
  return { fields, description: postmortem.join('\n\n') };
}

/** The Sitrep id of a component an incident names by Statuspage id (and name); added when unknown. */
function componentId(
  code: unknown, name: unknown, directory: ComponentDirectory, idOf: Map<string, string>, warn: Warn,
): string | undefined {
  const known = idOf.get(looseText(code));
  if (known) return known;
  if (!looseText(name)) return undefined;
  const found = directory.findOrAdd(looseText(name), { guess: false });
  if (found.how === 'added') warn('components', `"${looseText(name)}" is not in the components file; added as component "${found.id}"`);
  if (looseText(code)) idOf.set(looseText(code), found.id);
  return found.id;
}
