import { toIncident } from '../../src/lib/incident.ts';
import { IncidentFields, type IncidentFieldsInput, type Incident } from '../../src/lib/schema/incident.ts';

/** An Incident from front-matter-style fields, validated as a Markdown file would be. */
export function incident(id: string, fields: Partial<IncidentFieldsInput>): Incident {
  const parsed = IncidentFields.parse({ title: id, ...fields });
  return toIncident(id, parsed, '', { type: 'file', path: `incidents/${id}.md` });
}
