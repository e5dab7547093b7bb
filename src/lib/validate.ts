import type { z } from 'zod';
import { fieldPath, type Problem } from './problems.ts';

/** Where a value came from, so that each of its problems names the place to fix. */
export interface Origin {
  /** `incidents/a.md`, `content/site.yaml`, `owner/repo#12`, `api/v2/summary.json`… */
  file: string;
  /** The line of a field, when the source format knows lines (YAML does). */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

/** A valid value, or every problem with it (and zod's issues, for callers that repair input). */
export type Validated<T> =
  | { ok: true; value: T; problems: [] }
  | { ok: false; problems: Problem[]; issues: readonly z.core.$ZodIssue[] };

/**
 * The one way input is validated: `data` against `schema`, with every problem located in
 * `origin` and worded for a maintainer. Messages a schema sets itself win over these.
 * @example validate(IncidentKind, 'outage', { file: 'incidents/a.md' })
 * // → { ok: false, problems: [{ file: 'incidents/a.md', message: 'must be one of incident, maintenance, notice; got "outage"' }], … }
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, origin: Origin): Validated<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true, error: maintainerMessage });
  if (result.success) return { ok: true, value: result.data, problems: [] };
  return { ok: false, problems: issuesToProblems(result.error.issues, origin), issues: result.error.issues };
}

/** One problem per issue, and one per unknown key, located in `origin`. */
function issuesToProblems(issues: readonly z.core.$ZodIssue[], origin: Origin): Problem[] {
  const at = (path: readonly PropertyKey[], message: string): Problem => ({
    file: origin.file, field: fieldPath(path) || undefined, line: origin.lineOf?.(path), message,
  });
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => at([...issue.path, key], issue.message)) : [at(issue.path, issue.message)],
  );
}

/**
 * zod's error customisation: a message for each kind of issue, in a maintainer's words.
 * Returning undefined keeps zod's own (a format check's, such as "Invalid ISO datetime").
 */
const maintainerMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${typeWords[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}; got ${describeValue(issue.input)}`;
    case 'invalid_union':
      return `has an unexpected value ${describeValue(issue.input)}`;
    case 'invalid_key':
      return `has a key ${describeValue(issue.input)} that ${issue.issues[0]?.message ?? 'is not allowed'}`;
    case 'invalid_element':
      return issue.issues[0]?.message;
    case 'unrecognized_keys':
      return 'is not a known field (check the spelling)';
    default:
      return undefined;
  }
};

/** Type names in a maintainer's words. */
const typeWords: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a map', record: 'a map', date: 'a date-time',
};

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return JSON.stringify(value);
}
