// The file-system side shared by the importers: read the target site, write a plan, report.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComponents, parseSiteSettings } from '../../src/lib/content/parse.ts';
import { COMPONENTS_FILE, INCIDENTS_DIR, SITE_FILE } from '../../src/lib/content/site-content.ts';
import type { ImportPlan } from '../../src/lib/import/import-plan.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import type { Component } from '../../src/lib/schema/components.ts';
import { contentRoot } from '../../src/io/content-root.mjs';

/** Reads a file, or undefined when it does not exist. */
export async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The components of the site imported into; exits when its components file is invalid. */
export async function readTarget(root: string): Promise<{ componentsText?: string; components: Component[] }> {
  const componentsText = await readOptional(path.join(root, COMPONENTS_FILE));
  if (componentsText === undefined) return { components: [] };
  const parsed = parseComponents(componentsText, COMPONENTS_FILE);
  if (!parsed.value) fail(`${COMPONENTS_FILE} must be valid before importing into it:\n${formatProblems(parsed.problems)}`);
  return { componentsText, components: parsed.value };
}

/** The time zone of the site imported into, when its settings file is there and valid. */
export async function readSiteZone(root: string): Promise<{ zone: string; file: string } | undefined> {
  const text = await readOptional(path.join(root, SITE_FILE));
  const zone = text === undefined ? undefined : parseSiteSettings(text, SITE_FILE).value?.timezone;
  return zone ? { zone, file: SITE_FILE } : undefined;
}

/**
 * Writes the plan under `root` (incidents updated in place, so a re-import changes nothing that
 * did not change), prints every warning and skipped item, then a summary. Exits non-zero when
 * nothing could be imported.
 */
export async function applyImport(root: string, plan: ImportPlan, from: string): Promise<void> {
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
  if (!plan.files.length) process.exit(1);
}

/** Prints `message` and exits non-zero. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Where to import into: `--into`, else the folder the site is built from. */
export function targetRoot(into: string | undefined): string {
  return into === undefined ? contentRoot() : path.resolve(into);
}
