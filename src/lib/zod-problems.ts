import type { z } from 'zod';
import { fieldPath, type Problem } from './problems.ts';

/**
 * Turns zod issues into problems a maintainer can act on without reading our source.
 * `lineOf` maps a field path to its line when the format allows it.
 * @example // { code: 'invalid_value', path: ['kind'], values: ['incident', …], input: 'outage' }
 * // → { file, field: 'kind', message: 'must be one of incident, maintenance, notice; got "outage"' }
 */
export function zodIssuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  lineOf?: (path: readonly PropertyKey[]) => number | undefined,
  pathPrefix: readonly PropertyKey[] = [],
): Problem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...pathPrefix, ...issue.path, key];
        return { file, field: fieldPath(path), line: lineOf?.(path), message: 'is not a known field (check the spelling)' };
      });
    }
    const path = [...pathPrefix, ...issue.path];
    return [{ file, field: fieldPath(path) || undefined, line: lineOf?.(path), message: describeIssue(issue) }];
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return issue.message.startsWith('Invalid input') ? 'is required' : issue.message;
      return issue.message.startsWith('Invalid input') ? `must be ${typeWords[issue.expected] ?? issue.expected}, not ${describeValue(input)}` : issue.message;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}; got ${describeValue(input)}`;
    case 'invalid_union':
      return issue.message.startsWith('Invalid input') ? `has an unexpected value ${describeValue(input)}` : issue.message;
    case 'invalid_key':
      return `has a key ${describeValue(input)} that ${describeIssue(issue.issues[0]!)}`;
    case 'invalid_element':
      return describeIssue(issue.issues[0]!);
    default:
      return issue.message;
  }
}

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
