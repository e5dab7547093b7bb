import { parseIncidentFile } from '../content/parse.ts';
import { INCIDENTS_DIR } from '../content/site-content.ts';
import { serializeIncidentFile } from '../content/write.ts';
import type { Component } from '../schema/components.ts';
import type { IncidentFieldsInput } from '../schema/incident.ts';
import type { Problem } from '../problems.ts';
import { appendComponents } from './merge-components.ts';
import { slugify, uniqueId } from '../slug.ts';

/** An incident mapped from another tool, before it has its final id. */
export interface ImportedIncident {
  /** Where it came from, for messages: a file path, or `incidents.json: <id>`. */
  source: string;
  /** The id it should get; made unique and valid by `planImport`. */
  idHint: string;
  fields: IncidentFieldsInput;
  description: string;
}

/** What an import will write, and everything it has to say about the source. */
export interface ImportPlan {
  /** The new text of `content/components.yaml`. */
  componentsText: string;
  addedComponents: Component[];
  files: { id: string; source: string; text: string }[];
  warnings: Problem[];
  /** Source items not imported, each with the reason. */
  skipped: Problem[];
}

/**
 * Turns mapped incidents into the files to write: ids made valid and unique (in source order, so
 * a re-import gives every item the same id), and each file parsed back as `npm run check` would,
 * so nothing is written that the build would reject.
 */
export function planImport(input: {
  componentsText: string | undefined;
  existing: readonly Component[];
  added: readonly Component[];
  incidents: readonly ImportedIncident[];
  warnings: readonly Problem[];
  skipped: readonly Problem[];
}): ImportPlan {
  const components = [...input.existing, ...input.added];
  const used = new Set<string>();
  const skipped = [...input.skipped];
  const files: ImportPlan['files'] = [];
  for (const incident of input.incidents) {
    const id = uniqueId(slugify(incident.idHint) || 'incident', (candidate) => used.has(candidate));
    used.add(id);
    const text = serializeIncidentFile(incident.fields, incident.description);
    const parsed = parseIncidentFile(text, `${INCIDENTS_DIR}/${id}.md`, id, components);
    if (!parsed.value) {
      for (const p of parsed.problems) skipped.push({ file: incident.source, field: p.field, message: `not imported: ${p.message}` });
      continue;
    }
    files.push({ id, source: incident.source, text });
  }
  return {
    componentsText: input.added.length || input.componentsText === undefined
      ? appendComponents(input.componentsText, input.added)
      : input.componentsText,
    addedComponents: [...input.added],
    files,
    warnings: [...input.warnings],
    skipped,
  };
}
