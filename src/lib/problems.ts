/** One thing wrong with the content, located as precisely as we can. */
export interface Problem {
  /** Path relative to the project root, e.g. `incidents/api-down.md`, or `github#123`. */
  file: string;
  /** Dotted field path inside the file, e.g. `updates.2.status`. */
  field?: string;
  /** 1-based line in the file, when the source format lets us know it. */
  line?: number;
  message: string;
}

/** Records a problem with one field (or, without a field, the whole item) of the item being read. */
export type Warn = (field: string | undefined, message: string) => void;

/**
 * A `Warn` that adds each problem, located in `file`, to `problems`.
 * @example const warn = warnInto(warnings, 'octo/status#12'); warn('impact', 'is not an impact')
 * // warnings now ends with { file: 'octo/status#12', field: 'impact', message: 'is not an impact' }
 */
export function warnInto(problems: Problem[], file: string): Warn {
  return (field, message) => {
    problems.push({ file, field, message });
  };
}

/**
 * Formats problems for a terminal, one per line, sorted by file then line.
 * @example formatProblems([{ file: 'incidents/a.md', field: 'kind', line: 3, message: 'must be …' }])
 * // → "incidents/a.md:3  kind: must be …"
 */
export function formatProblems(problems: readonly Problem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      return `${where}  ${p.field ? `${p.field}: ` : ''}${p.message}`;
    })
    .join('\n');
}

/** Joins a zod-style path into the dotted form maintainers see in messages. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
