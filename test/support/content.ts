import path from 'node:path';
import type { Content } from '../../src/lib/content/site-content.ts';
import { toIncident } from '../../src/lib/incident.ts';
import { Component } from '../../src/lib/schema/components.ts';
import { IncidentFields, type IncidentFieldsInput, type Incident } from '../../src/lib/schema/incident.ts';
import { SiteSettings } from '../../src/lib/schema/site.ts';
import { projectRoot } from './build-site.ts';
import { filesUnder } from './run-script.ts';

/** An incident from front-matter-like fields (the title defaults to the id), validated as a Markdown file would be. */
export function makeIncident(id: string, fields: Partial<IncidentFieldsInput>, description = ''): Incident {
  return toIncident(id, IncidentFields.parse({ title: id, ...fields }), description, { type: 'file', path: `incidents/${id}.md` });
}

/** Validated content: a site at https://status.test.example with the given components and incidents. */
export function makeContent(
  components: { id: string; name: string; group?: string; description?: string }[],
  incidents: Incident[],
  site: Partial<SiteSettings> = {},
): Content {
  return {
    site: SiteSettings.parse({ name: 'Test Cloud', url: 'https://status.test.example', ...site }),
    components: components.map((c) => Component.parse(c)),
    incidents,
    upstreams: [],
  };
}

/** The example site's content and incident files (test/fixtures/example), by path, to change and build. */
export async function exampleFiles(): Promise<Record<string, string>> {
  const example = path.join(projectRoot, 'test/fixtures/example');
  const files: Record<string, string> = {};
  for (const dir of ['content', 'incidents']) {
    for (const [name, text] of Object.entries(await filesUnder(path.join(example, dir)))) files[`${dir}/${name}`] = text;
  }
  return files;
}
