import type { Component } from '../schema/components.ts';
import type { Problem } from '../problems.ts';
import { createComponentDirectory } from './component-directory.ts';
import { readCstateConfig } from './cstate-config.ts';
import { mapCstateIssue } from './cstate-issue.ts';
import { planImport, type ImportedIncident, type ImportPlan } from './import-plan.ts';

/** A cState site as read from disk: its config and every file under `content/issues/`. */
export interface CstateSiteFiles {
  configFile: string;
  config: Record<string, unknown>;
  /** Paths relative to the site root, with their text; `text` is undefined for files that are not Markdown. */
  issues: { file: string; text?: string }[];
}

/**
 * Maps a whole cState site onto Sitrep: its systems become components (grouped by category,
 * matched to existing ones by id or name) and each issue file an incident, or a reason why not.
 * `now` is the time of the import. Dates without a zone are read in `zone` (`--timezone`), else
 * the cState config's `timeZone`, else the target's `siteZone`, else UTC (Hugo's default).
 */
export function importCstateSite(
  site: CstateSiteFiles,
  target: { componentsText?: string; components: readonly Component[] },
  options: { now: Date; zone?: string; siteZone?: { zone: string; file: string } },
): ImportPlan {
  const { config, problems } = readCstateConfig(site.config, site.configFile);
  const warnings: Problem[] = [...problems];
  const skipped: Problem[] = [];
  const directory = createComponentDirectory(target.components);
  config.systems.forEach((system, i) => {
    const group = system.category && !config.untitledCategories.has(system.category) ? system.category : undefined;
    // A system is matched to an existing component by name only: a guess could merge two real components.
    const found = directory.find(system.name, false)
      ?? directory.findOrAdd(system.displayName ?? system.name, { extra: { description: system.description, group }, guess: false, idFrom: system.name });
    directory.alias(system.name, found.id);
    const existing = target.components.find((c) => c.id === found.id);
    if (existing && existing.name !== (system.displayName ?? system.name)) {
      warnings.push({ file: site.configFile, field: `params.systems.${i}`, message: `"${system.name}" is taken as the existing component "${existing.id}" (${existing.name})` });
    }
  });
  const [zone, zoneReason] = options.zone ? [options.zone, 'given by --timezone']
    : config.timeZone ? [config.timeZone, `the timeZone of ${site.configFile}`]
    : options.siteZone ? [options.siteZone.zone, `the time zone of ${options.siteZone.file}`]
    : ['Etc/UTC', "Hugo's default"];
  const incidents: ImportedIncident[] = [];
  for (const { file, text } of site.issues) {
    const name = file.split('/').pop()!;
    if (text === undefined) skipped.push({ file, message: 'not a Markdown file' });
    else if (/^_index\.md$/i.test(name)) skipped.push({ file, message: 'the section index page, not an issue' });
    else if (!text.trim()) skipped.push({ file, message: 'is empty' });
    else {
      const result = mapCstateIssue(file, text, { zone, zoneReason, now: options.now, components: directory });
      warnings.push(...result.warnings);
      if (result.incident) incidents.push(result.incident);
      else skipped.push({ file, message: result.skip ?? 'could not be read' });
    }
  }
  return planImport({
    componentsText: target.componentsText,
    existing: target.components,
    added: directory.added(),
    incidents,
    warnings,
    skipped,
  });
}
