// The file-system side shared by the importers and `npm run init --from-…`: read the source and
// the target site, write a plan, report.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComponents, parseSiteSettings } from '../../src/lib/content/parse.ts';
import { COMPONENTS_FILE, INCIDENTS_DIR, SITE_FILE } from '../../src/lib/content/site-content.ts';
import { siteSettingsFromCstate } from '../../src/lib/import/cstate-config.ts';
import { importCstateSite, type CstateSiteFiles } from '../../src/lib/import/cstate-site.ts';
import type { ImportPlan } from '../../src/lib/import/import-plan.ts';
import { importStatuspageExport, siteSettingsFromStatuspage, type StatuspageExport } from '../../src/lib/import/statuspage-export.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import type { Component } from '../../src/lib/schema/components.ts';
import { buildTime } from '../../src/io/clock.ts';
import { contentRoot } from '../../src/io/content-root.mjs';
import { readCstateSite, readOptional, readStatuspageExport } from '../../src/io/import-sources.ts';
import { fail } from './cli.ts';

/** Another tool's site, read and ready to import. */
export type ImportSource =
  | { kind: 'cstate'; dir: string; files: CstateSiteFiles; zone?: string }
  | { kind: 'statuspage'; dir: string; exported: StatuspageExport };

/** Reads the cState site or Statuspage export in `dir`; throws ImportSourceError when it is not one. */
export async function readImportSource(kind: ImportSource['kind'], dir: string, zone?: string): Promise<ImportSource> {
  const resolved = path.resolve(dir);
  return kind === 'cstate'
    ? { kind, dir: resolved, files: await readCstateSite(resolved), zone }
    : { kind, dir: resolved, exported: await readStatuspageExport(resolved) };
}

/**
 * Imports `source` into the site at `root`: incidents and components, and site settings when the
 * site has none (existing settings are never touched). Prints every warning, every item left out
 * and a summary; returns how many items were imported.
 */
export async function importInto(root: string, source: ImportSource): Promise<number> {
  const target = await readTarget(root);
  const plan = source.kind === 'cstate'
    // The build's clock: SITREP_NOW pins it, and is refused when it is not a date-time.
    ? importCstateSite(source.files, target, { now: buildTime, zone: source.zone, siteZone: await readSiteZone(root) })
    : importStatuspageExport(source.exported, target);
  if ((await readOptional(path.join(root, SITE_FILE))) === undefined) {
    const settings = source.kind === 'cstate'
      ? siteSettingsFromCstate(source.files.config, source.files.configFile, SITE_FILE)
      : siteSettingsFromStatuspage(source.exported, SITE_FILE);
    await mkdir(path.join(root, path.dirname(SITE_FILE)), { recursive: true });
    await writeFile(path.join(root, SITE_FILE), settings.text);
    const from = source.kind === 'cstate' ? source.files.configFile : 'the export\'s page';
    plan.warnings.unshift({ file: SITE_FILE, message: `written from ${from}` }, ...settings.problems);
  }
  await applyImport(root, plan, source.dir);
  return plan.files.length;
}

/** The components of the site imported into; exits when its components file is invalid. */
async function readTarget(root: string): Promise<{ componentsText?: string; components: Component[] }> {
  const componentsText = await readOptional(path.join(root, COMPONENTS_FILE));
  if (componentsText === undefined) return { components: [] };
  const parsed = parseComponents(componentsText, COMPONENTS_FILE);
  if (!parsed.value) fail(`${COMPONENTS_FILE} must be valid before importing into it:\n${formatProblems(parsed.problems)}`);
  return { componentsText, components: parsed.value };
}

/** The time zone of the site imported into, when its settings file is there and valid. */
async function readSiteZone(root: string): Promise<{ zone: string; file: string } | undefined> {
  const text = await readOptional(path.join(root, SITE_FILE));
  const zone = text === undefined ? undefined : parseSiteSettings(text, SITE_FILE).value?.timezone;
  return zone ? { zone, file: SITE_FILE } : undefined;
}

/**
 * Writes the plan under `root` (incidents updated in place, so a re-import changes nothing that
 * did not change), prints every warning and skipped item, then a summary.
 */
async function applyImport(root: string, plan: ImportPlan, from: string): Promise<void> {
  const counts = { new: 0, updated: 0, unchanged: 0 };
  await mkdir(path.join(root, INCIDENTS_DIR), { recursive: true });
  for (const file of plan.files) {
    const target = path.join(root, INCIDENTS_DIR, `${file.id}.md`);
    const before = await readOptional(target);
    if (before === file.text) {
      counts.unchanged++;
      continue;
    }
    counts[before === undefined ? 'new' : 'updated']++;
    await writeFile(target, file.text);
  }
  const componentsFile = path.join(root, COMPONENTS_FILE);
  if ((await readOptional(componentsFile)) !== plan.componentsText) {
    await mkdir(path.dirname(componentsFile), { recursive: true });
    await writeFile(componentsFile, plan.componentsText);
  }

  if (plan.warnings.length) console.log(`Warnings:\n${formatProblems(plan.warnings)}\n`);
  if (plan.skipped.length) console.log(`Not imported:\n${formatProblems(plan.skipped)}\n`);
  const added = plan.addedComponents.map((c) => c.id);
  console.log(
    `Imported ${plan.files.length} of ${plan.files.length + plan.skipped.length} items from ${from} into ${path.join(root, INCIDENTS_DIR)}: ` +
      `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged.\n` +
      `Components: ${added.length ? `added ${added.join(', ')} to ${COMPONENTS_FILE}` : 'none added'}.\n` +
      `${plan.warnings.length} warning${plan.warnings.length === 1 ? '' : 's'}, ${plan.skipped.length} not imported.`,
  );
}

/** Where to import into: `--into`, else the folder the site is built from. */
export function targetRoot(into: string | undefined): string {
  return into === undefined ? contentRoot() : path.resolve(into);
}
