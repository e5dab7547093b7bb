import type { Problem } from '../problems.ts';
import { isTimeZone } from '../time.ts';
import { looseText, parseLooseBoolean } from './loose-values.ts';
import { importedSiteSettings } from './site-settings.ts';

/** A system (component) as cState's `params.systems` lists it. */
export interface CstateSystem {
  name: string;
  displayName?: string;
  description?: string;
  category?: string;
}

export interface CstateConfig {
  systems: CstateSystem[];
  /** Category names whose heading cState hides (`untitled: true`): not a group worth showing. */
  untitledCategories: Set<string>;
  /** Hugo's `timeZone`, the zone cState read dates without one in, when the site set it. */
  timeZone?: string;
}

/** Hugo's `params` map, as `params` or `Params`. */
const paramsOf = (data: Record<string, unknown>) => (data.params ?? data.Params ?? {}) as Record<string, unknown>;

/** Hugo's `timeZone` setting as written, as `timeZone` or `timezone`; empty when unset. */
const zoneOf = (data: Record<string, unknown>) => looseText(data.timeZone ?? data.timezone);

/**
 * Reads the parts of a cState `config.yml` (or Hugo TOML config) an import needs. Systems may be
 * maps (cState 4+) or plain names (cState 3). Anything it cannot use is a problem, not an error.
 */
export function readCstateConfig(data: Record<string, unknown>, file: string): { config: CstateConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const params = paramsOf(data);
  const systems: CstateSystem[] = [];
  const rawSystems = Array.isArray(params.systems) ? params.systems : [];
  if (!Array.isArray(params.systems)) problems.push({ file, field: 'params.systems', message: 'is missing or not a list: no components to import' });
  rawSystems.forEach((raw: unknown, i) => {
    const field = `params.systems.${i}`;
    if (typeof raw === 'string') {
      if (raw.trim()) systems.push({ name: raw.trim() });
      return;
    }
    const s = (raw ?? {}) as Record<string, unknown>;
    const name = looseText(s.name);
    if (!name) {
      problems.push({ file, field, message: 'has no name; skipped' });
      return;
    }
    const system: CstateSystem = { name };
    if (looseText(s.displayName)) system.displayName = looseText(s.displayName);
    if (looseText(s.description)) system.description = looseText(s.description);
    if (looseText(s.category)) system.category = looseText(s.category);
    systems.push(system);
    for (const key of Object.keys(s)) {
      if (!['name', 'displayName', 'description', 'category'].includes(key)) {
        problems.push({ file, field: `${field}.${key}`, message: `not imported: Sitrep components have no "${key}"` });
      }
    }
  });
  const untitledCategories = new Set<string>();
  for (const c of Array.isArray(params.categories) ? params.categories : []) {
    const category = (c ?? {}) as Record<string, unknown>;
    if (parseLooseBoolean(category.untitled) === true && looseText(category.name)) untitledCategories.add(looseText(category.name));
  }
  let timeZone: string | undefined;
  const zone = zoneOf(data);
  if (zone && isTimeZone(zone)) timeZone = zone;
  else if (zone) problems.push({ file, field: 'timeZone', message: `"${zone}" is not an IANA time zone; ignored` });
  return { config: { systems, untitledCategories, timeZone }, problems };
}

/**
 * A `content/site.yaml` from a cState config (`title`, `baseURL`, `params.description`,
 * `timeZone`), for a site that has none yet; problems say what had to be guessed.
 */
export function siteSettingsFromCstate(data: Record<string, unknown>, file: string, target: string): { text: string; problems: Problem[] } {
  return importedSiteSettings({
    file,
    name: { field: 'title', value: looseText(data.title) },
    url: { field: 'baseURL', value: looseText(data.baseURL ?? data.baseurl) },
    description: looseText(paramsOf(data).description) || undefined,
    // An invalid zone is already reported by readCstateConfig.
    timezone: isTimeZone(zoneOf(data)) ? { field: 'timeZone', value: zoneOf(data) } : undefined,
  }, target);
}
