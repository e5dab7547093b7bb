import { stringify } from 'yaml';
import type { IncidentFieldsInput } from '../schema/incident.ts';

/** Front-matter key order, so written files read like the documented format. */
const KEY_ORDER = [
  'title', 'kind', 'impact', 'components', 'started', 'resolved', 'scheduled_for', 'scheduled_until',
  'scope', 'affected', 'alternatives', 'eta', 'upstream', 'updates', 'withdrawn',
] as const satisfies readonly (keyof IncidentFieldsInput)[];

/**
 * Writes an `incidents/<id>.md` file from fields in their written form (ISO strings for times).
 * Empty values are left out, so the file holds only what was said.
 * @example serializeIncidentFile({ title: 'API down', started: '2026-11-20T14:02:00Z' })
 * // → '---\ntitle: API down\nstarted: 2026-11-20T14:02:00Z\n---\n'
 */
export function serializeIncidentFile(fields: IncidentFieldsInput, body = ''): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = fields[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === 'withdrawn' && value === false) continue;
    ordered[key] = value instanceof Date ? value.toISOString() : value;
  }
  const yaml = stringify(ordered, { lineWidth: 0 });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `${text}\n` : ''}`;
}
