import { toIncident } from '../incident.ts';
import { stripHtml } from '../markdown.ts';
import { warnInto, type Problem, type Warn } from '../problems.ts';
import type { Component } from '../schema/components.ts';
import { IncidentFields, type Incident, type IncidentFieldsInput } from '../schema/incident.ts';
import { IncidentKind, statusesForKind, type UpdateStatus } from '../schema/vocabulary.ts';
import { validate } from '../validate.ts';
import type { AuthorAssociation, StatusIssue } from './issue-data.ts';
import { parseIssueBody, withHeadings, type BodyField } from './issue-body.ts';
import { parseStatusComment } from './status-comment.ts';
import { isTrusted } from './trust.ts';

export interface GithubMapping {
  /** `owner/name`, to name issues in warnings. */
  repo: string;
  /** The label that makes an issue an incident (`github.label`). */
  label: string;
  trusted: readonly AuthorAssociation[];
  components: readonly Component[];
  /** Form headings the site's own words add (its `strings:`), by the field each fills. */
  headings?: ReadonlyMap<string, BodyField | 'description'>;
}

/** The GitHub issues as incidents, and what the build log should say about the rest. */
export interface GithubIncidents {
  incidents: Incident[];
  /** Fields that could not be used, by issue; the issue is shown with what was valid. */
  warnings: Problem[];
  /** Left out because their authors are not in `github.trusted`. */
  untrusted: { issues: number; comments: number };
  /** Closed as not planned (or as a duplicate): withdrawn, shown nowhere. */
  withdrawn: number;
}

/** The id of an issue's incident; the GitHub loader fails the build when a Markdown file takes it. */
const issueIncidentId = (number: number) => `issue-${number}`;

/**
 * Maps issues onto the one Incident model. Untrusted issues and comments are dropped here, so
 * nothing after this point can show them; one bad issue costs warnings, never the others.
 */
export function issuesToIncidents(issues: readonly StatusIssue[], mapping: GithubMapping): GithubIncidents {
  const result: GithubIncidents = { incidents: [], warnings: [], untrusted: { issues: 0, comments: 0 }, withdrawn: 0 };
  for (const issue of issues) {
    if (!isTrusted(issue, mapping.trusted)) {
      result.untrusted.issues++;
      continue;
    }
    if (issue.state === 'CLOSED' && (issue.stateReason === 'NOT_PLANNED' || issue.stateReason === 'DUPLICATE')) {
      result.withdrawn++;
      continue;
    }
    const mapped = mapSafely(issue, mapping);
    result.untrusted.comments += mapped.untrustedComments;
    result.warnings.push(...mapped.warnings);
    if (mapped.incident) result.incidents.push(mapped.incident);
  }
  return result;
}

/** One issue that trips an unforeseen error is a warning, never a broken build. */
function mapSafely(issue: StatusIssue, mapping: GithubMapping): ReturnType<typeof issueToIncident> {
  try {
    return issueToIncident(issue, mapping);
  } catch (error) {
    const message = `cannot be read, so it is not shown: ${error instanceof Error ? error.message : String(error)}`;
    return { warnings: [{ file: `${mapping.repo}#${issue.number}`, message }], untrustedComments: 0 };
  }
}

type Fields = Record<string, unknown>;

/** Maps one trusted, not withdrawn issue. */
function issueToIncident(
  issue: StatusIssue,
  mapping: GithubMapping,
): { incident?: Incident; warnings: Problem[]; untrustedComments: number } {
  const file = `${mapping.repo}#${issue.number}`;
  const warnings: Problem[] = [];
  const warn = warnInto(warnings, file);

  const body = parseIssueBody(issue.body, mapping.headings && withHeadings(mapping.headings));
  body.problems.forEach((p) => warn(p.field, p.message));
  const fromBody: Fields = { ...body.fields };
  const labels = fromLabels(issue.labels, warn);

  if (typeof fromBody.impact === 'string') fromBody.impact = fromBody.impact.trim().toLowerCase();
  if (labels.impact) fromBody.impact = labels.impact;
  fromBody.components = resolveComponents(fromBody.components, labels.components, mapping.components, warn);
  if (typeof fromBody.title === 'string') fromBody.title = plainTitle(fromBody.title);

  const kind = kindOf(labels.kind ?? fromBody.kind, fromBody, issue, mapping.label, warn);
  delete fromBody.kind;
  if (issue.state === 'OPEN' && fromBody.resolved !== undefined) {
    warn('resolved', 'is ignored while the issue is open: close the issue as completed to resolve it');
    delete fromBody.resolved;
  }
  const comments = commentUpdates(issue, mapping.trusted, kind, warn);
  const defaults: Fields = {
    title: plainTitle(issue.title),
    kind,
    ...(kind === 'maintenance' ? {} : { started: issue.createdAt }),
    ...(issue.state === 'CLOSED' && issue.closedAt ? { resolved: issue.closedAt } : {}),
  };
  fromBody.updates = [...(Array.isArray(fromBody.updates) ? fromBody.updates : []), ...comments.updates];

  const fields = parseLeniently(defaults, fromBody, file, warnings);
  if (!fields) return { warnings, untrustedComments: comments.untrusted };
  // Pages link to the issue; only an http(s) address may become a link.
  const url = /^https?:\/\//i.test(issue.url) ? issue.url : `https://github.com/${mapping.repo}/issues/${issue.number}`;
  const incident = toIncident(issueIncidentId(issue.number), fields, body.description, { type: 'github', url, number: issue.number });
  // The issue's state is the truth: reopened means ongoing, whatever an earlier update said.
  return { incident: issue.state === 'OPEN' ? { ...incident, resolved: null } : incident, warnings, untrustedComments: comments.untrusted };
}

/** Titles are plain text everywhere (pages, feeds, JSON), so markup in them is dropped, not escaped. */
const plainTitle = (title: string) => stripHtml(title).replace(/\s+/g, ' ');

/** `impact:<level>`, `kind:<kind>` and `component:<id>` labels, case-insensitive. */
function fromLabels(labels: readonly string[], warn: Warn) {
  const found: { impact?: string; kind?: string; components: string[] } = { components: [] };
  for (const label of labels) {
    const m = /^(impact|kind|component)\s*:\s*(.+)$/i.exec(label.trim());
    if (!m) continue;
    const key = m[1]!.toLowerCase() as 'impact' | 'kind' | 'component';
    const value = m[2]!.trim().toLowerCase();
    if (key === 'component') found.components.push(value);
    else if (found[key] === undefined) found[key] = value;
    else if (found[key] !== value) warn(key, `has two labels; using "${found[key]}", not "${value}"`);
  }
  return found;
}

/**
 * The kind a label or the body names; else a maintenance when it gives a window, a notice when
 * it is pinned without the incident label (an announcement), an incident otherwise.
 */
function kindOf(
  named: unknown,
  fromBody: Fields,
  issue: StatusIssue,
  label: string,
  warn: Warn,
): IncidentKind {
  if (named !== undefined) {
    const parsed = IncidentKind.safeParse(typeof named === 'string' ? named.trim().toLowerCase() : named);
    if (parsed.success) return parsed.data;
    warn('kind', `must be one of ${IncidentKind.options.join(', ')}; got ${JSON.stringify(named)} (ignored)`);
  }
  if (fromBody.scheduled_for !== undefined || fromBody.scheduled_until !== undefined) return 'maintenance';
  const labelled = issue.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  return issue.pinned && !labelled ? 'notice' : 'incident';
}

/**
 * Components named by id or display name, case-insensitive, from the body (a list, or a map to
 * statuses) and from `component:` labels. Unknown names are warnings, not failures.
 */
function resolveComponents(
  value: unknown,
  fromLabels: readonly string[],
  components: readonly Component[],
  warn: Warn,
): Fields {
  const byName = new Map<string, string>();
  for (const c of components) byName.set(c.name.toLowerCase(), c.id).set(c.id, c.id);
  const entries: [string, unknown][] = Array.isArray(value)
    ? rejoinNames(value.map(String), (name) => byName.has(name.toLowerCase())).map((name) => [name, null])
    : value && typeof value === 'object' ? Object.entries(value) : [];
  if (value !== undefined && !Array.isArray(value) && (typeof value !== 'object' || value === null)) {
    warn('components', 'must be a list of components, or a map of component to status');
  }
  const resolved: Fields = {};
  for (const [name, status] of [...entries, ...fromLabels.map((id): [string, unknown] => [id, null])]) {
    const id = byName.get(name.trim().toLowerCase());
    if (!id) warn('components', `unknown component "${name}"; known: ${components.map((c) => c.id).join(', ') || '(none)'}`);
    else if (!(id in resolved) || status !== null) resolved[id] = status;
  }
  return resolved;
}

/**
 * A multi-select dropdown joins its choices with ", ", so a name that holds a comma arrives in
 * pieces; rejoins neighbouring pieces (longest first) that together make a known name.
 * @example rejoinNames(['Delivery', 'EU region', 'SMTP'], known) // → ['Delivery, EU region', 'SMTP']
 */
function rejoinNames(pieces: readonly string[], isKnown: (name: string) => boolean): string[] {
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let end = i;
    for (let j = pieces.length - 1; j > i; j--) {
      if (isKnown(pieces.slice(i, j + 1).join(', '))) {
        end = j;
        break;
      }
    }
    names.push(pieces.slice(i, end + 1).join(', '));
    i = end;
  }
  return names;
}

/** Trusted comments, oldest first, as updates; each state word carries forward to plain comments. */
function commentUpdates(
  issue: StatusIssue,
  trusted: readonly AuthorAssociation[],
  kind: IncidentKind,
  warn: Warn,
) {
  const allowed = statusesForKind[kind];
  let status: UpdateStatus = allowed[0]!;
  let untrusted = 0;
  const updates: { at: string; status: UpdateStatus; body: string }[] = [];
  for (const comment of issue.comments) {
    if (comment.isMinimized) continue;
    if (!isTrusted(comment, trusted)) {
      untrusted++;
      continue;
    }
    const said = parseStatusComment(comment.body);
    if (said.status && allowed.includes(said.status as UpdateStatus)) status = said.status as UpdateStatus;
    else if (said.status) warn('updates', `comment ${comment.url}: "${said.status}" is not a status here; use one of ${allowed.join(', ')}`);
    updates.push({ at: comment.createdAt, status, body: said.body });
  }
  return { updates, untrusted };
}

/**
 * Validates `defaults` overlaid with what the issue says; every field the schema rejects is
 * dropped with a warning (falling back to its default) until the rest is valid. Undefined only
 * when no default can stand in, e.g. a maintenance without a valid window.
 */
function parseLeniently(defaults: Fields, fromBody: Fields, file: string, warnings: Problem[]): IncidentFields | undefined {
  const given: Fields = { ...fromBody };
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = validate(IncidentFields, { ...defaults, ...given } as IncidentFieldsInput, { file });
    if (result.ok) return result.value;
    let dropped = false;
    for (const issue of result.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (const path of keys) dropped = dropField(given, path) || dropped;
    }
    if (!dropped) {
      warnings.push(...result.problems.map((p) => ({ ...p, message: `${p.message}; the issue cannot be shown` })));
      return undefined;
    }
    warnings.push(...result.problems.map((p) => ({ ...p, message: `${p.message} (ignored)` })));
  }
  return undefined;
}

/** Drops the value at `path` that the issue gave: one list item or map entry when it can, else the field. */
function dropField(given: Fields, path: readonly PropertyKey[]): boolean {
  const [key, item] = path as [string | undefined, PropertyKey | undefined];
  if (key === undefined) return false;
  // "resolved is before started": the issue's own start is the suspect, its close time is a fact.
  const target = key === 'resolved' && !(key in given) ? (['started', 'scheduled_for'].find((k) => k in given)) : key;
  if (target === undefined || !(target in given)) return false;
  const value = given[target];
  if (target === key && item !== undefined && Array.isArray(value) && typeof item === 'number') {
    given[target] = value.filter((_, i) => i !== item);
  } else if (target === key && item !== undefined && value && typeof value === 'object' && !Array.isArray(value) && String(item) in value) {
    const { [String(item)]: _, ...rest } = value as Fields;
    given[target] = rest;
  } else {
    delete given[target];
  }
  return true;
}
