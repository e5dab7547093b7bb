import { Component, ComponentsFile } from '../schema/components.ts';
import { IncidentFields } from '../schema/incident.ts';
import type { Incident } from '../schema/incident.ts';
import { SiteSettings } from '../schema/site.ts';
import { toIncident } from '../incident.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { Problem } from '../problems.ts';
import { parseYamlSource, type YamlSource } from '../yaml-source.ts';
import { validate } from '../validate.ts';

/** A parse result: the value when the input was valid, and every problem found either way. */
export interface Parsed<T> {
  value?: T;
  problems: Problem[];
}

function yamlProblems(source: YamlSource, file: string): Problem[] {
  return source.errors.map((e) => ({ file, line: e.line, message: `YAML syntax: ${e.message}` }));
}

/** Parses `content/site.yaml`. */
export function parseSiteSettings(text: string, file: string): Parsed<SiteSettings> {
  const source = parseYamlSource(text);
  if (source.errors.length) return { problems: yamlProblems(source, file) };
  const result = validate(SiteSettings, source.data ?? {}, { file, lineOf: source.lineOf });
  return result.ok ? { value: result.value, problems: [] } : { problems: result.problems };
}

/** Parses `content/components.yaml`: a list of components with unique ids. */
export function parseComponents(text: string, file: string): Parsed<Component[]> {
  const source = parseYamlSource(text);
  if (source.errors.length) return { problems: yamlProblems(source, file) };
  const result = validate(ComponentsFile, source.data ?? [], { file, lineOf: source.lineOf });
  if (!result.ok) return { problems: result.problems };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  result.value.forEach((c, i) => {
    if (seen.has(c.id)) {
      problems.push({ file, field: `${i}.id`, line: source.lineOf([i, 'id']), message: `duplicate component id "${c.id}"` });
    }
    seen.add(c.id);
  });
  return problems.length ? { problems } : { value: result.value, problems };
}

/** File names become URLs and API ids, so they may hold only lowercase letters, digits, `-` and `_`. */
const INCIDENT_ID = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Parses one `incidents/<id>.md` file into an Incident, checking component ids against
 * the known components. The front matter starts on line 2, after the opening `---`.
 */
export function parseIncidentFile(text: string, file: string, id: string, components: readonly Component[]): Parsed<Incident> {
  const problems: Problem[] = [];
  if (!INCIDENT_ID.test(id)) {
    problems.push({
      file,
      message: `the file name "${id}" is used in URLs: rename it to lowercase letters, digits, "-" and "_" only`,
    });
  }
  let split: { matter: string; content: string };
  try {
    split = splitFrontMatter(text);
  } catch (error) {
    return { problems: [...problems, { file, message: `cannot read front matter: ${(error as Error).message}` }] };
  }
  if (!split.matter.trim()) {
    return { problems: [...problems, { file, line: 1, message: 'has no front matter: start the file with a "---" line, the fields, and another "---"' }] };
  }
  const source = parseYamlSource(split.matter, 2);
  if (source.errors.length) return { problems: [...problems, ...yamlProblems(source, file)] };
  const result = validate(IncidentFields, source.data ?? {}, { file, lineOf: source.lineOf });
  problems.push(...result.problems);

  const known = new Set(components.map((c) => c.id));
  const listed = source.data && typeof source.data === 'object' ? (source.data as { components?: unknown }).components : undefined;
  const ids = Array.isArray(listed) ? listed.map(String) : listed && typeof listed === 'object' ? Object.keys(listed) : [];
  ids.forEach((componentId, i) => {
    if (!known.has(componentId)) {
      const path = Array.isArray(listed) ? ['components', i] : ['components', componentId];
      problems.push({
        file,
        field: `components.${componentId}`,
        line: source.lineOf(path),
        message: `unknown component "${componentId}"; known ids: ${[...known].join(', ') || '(none: add components to content/components.yaml)'}`,
      });
    }
  });
  if (problems.length || !result.ok) return { problems };
  return { value: toIncident(id, result.value, split.content, { type: 'file', path: file }), problems };
}
