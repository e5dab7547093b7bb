import { z } from 'zod';
import { ZONED_TIME as ZONED_TIME_PATTERN } from '../time.ts';
import { ComponentsFile } from './components.ts';
import { IncidentFields, type IncidentFieldsInput } from './incident.ts';
import { SiteSettings } from './site.ts';
import { UpstreamsFile, type UpstreamInput } from './upstreams.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>>; required?: string[] };

/** A zoned ISO 8601 date-time, as editors should check it. */
// No `format: date-time`: RFC 3339 needs seconds, which incident files may leave out.
const ZONED_TIME = { type: 'string', pattern: ZONED_TIME_PATTERN.source };

const INCIDENT_FIELD_HELP = {
  title: 'Short headline, e.g. "Elevated error rates on the API".',
  kind: 'incident (default), maintenance (needs scheduled_for and scheduled_until) or notice (informs, changes no status).',
  impact: 'none | minor | major | critical. Defaults from the components\' statuses.',
  components: 'Component id → its status during the incident, or a plain list of component ids.',
  started: 'When it began, with a zone: 2026-11-20T14:02:00Z.',
  resolved: 'When it ended; leave out while ongoing.',
  scheduled_for: 'Maintenance: when the window starts.',
  scheduled_until: 'Maintenance: when the window ends.',
  scope: 'What is broken.',
  affected: 'Who is affected.',
  alternatives: 'What to do instead.',
  eta: 'When a fix is expected: a zoned date-time, or text such as "within the hour".',
  upstream: 'Links to upstream outages.',
  updates: 'The timeline, any order; shown newest first.',
  withdrawn: 'true hides it everywhere (a maintenance becomes cancelled in the calendar).',
  translations: 'Its text in the site\'s other languages, by tag: { de: { title, scope, affected, alternatives, eta, description, updates: [{ at, body }] } }.',
} satisfies Record<keyof IncidentFieldsInput, string>;

const UPSTREAM_FIELD_HELP = {
  id: 'Lowercase id, used in a component\'s depends_on.',
  name: 'The provider\'s name as the page shows it.',
  url: 'Their public status page (https), e.g. https://www.githubstatus.com; for a feed, the feed\'s address.',
  kind: 'statuspage (default: Atlassian Statuspage v2, and any Sitrep page) | instatus | feed (RSS or Atom: latest posts, no status).',
  components: 'Only these of their components, by name or id in any case; all of them when left out.',
} satisfies Record<keyof UpstreamInput, string>;

/**
 * JSON Schemas (draft 2020-12) of the content formats, for editors. Generated from the zod
 * schemas; the input forms the schemas accept are patched in where zod cannot express them.
 */
export function contentJsonSchemas(): Record<'site' | 'components' | 'incident' | 'upstreams', JsonSchema> {
  const generate = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const incident = generate(IncidentFields);
  const props = incident.properties!;
  const record = props.components!;
  props.components = {
    anyOf: [{ type: 'array', items: record.propertyNames }, record],
  };
  incident.required = incident.required?.filter((key) => key !== 'components');
  for (const key of ['started', 'resolved', 'scheduled_for', 'scheduled_until']) props[key] = { ...ZONED_TIME };
  props.eta = { anyOf: [ZONED_TIME, { type: 'string' }] };
  const updates = props.updates as { items: { properties: Record<string, unknown> } };
  updates.items.properties.at = { ...ZONED_TIME };
  const translation = (props.translations as { additionalProperties: { properties: Record<string, { items: { properties: Record<string, unknown> } }> } })
    .additionalProperties;
  translation.properties.updates!.items.properties.at = { ...ZONED_TIME };
  for (const [key, description] of Object.entries(INCIDENT_FIELD_HELP)) props[key] = { ...props[key], description };
  incident.title = 'Sitrep incident front matter';
  const upstreams = generate(UpstreamsFile);
  const upstreamProps = (upstreams.items as JsonSchema).properties!;
  for (const [key, description] of Object.entries(UPSTREAM_FIELD_HELP)) upstreamProps[key] = { ...upstreamProps[key], description };
  const components = generate(ComponentsFile);
  (components.items as JsonSchema).properties!.depends_on!.description = 'Upstreams it relies on, from content/upstreams.yaml: an id, or id/component such as github/Actions. Adds a note when they report trouble; never changes its status.';
  return {
    site: { ...generate(SiteSettings), title: 'Sitrep content/site.yaml' },
    components: { ...components, title: 'Sitrep content/components.yaml' },
    incident,
    upstreams: { ...upstreams, title: 'Sitrep content/upstreams.yaml' },
  };
}
