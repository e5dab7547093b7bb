import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';

/** YAML parsed to plain data, with a way back from a field path to its line. */
export interface YamlSource {
  data: unknown;
  /** Syntax errors, with 1-based lines in the enclosing file. */
  errors: { line: number; message: string }[];
  /** 1-based line of the value at `path` (or of the nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const require = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;
/** The `yaml` package, loaded on first use: its 70-odd modules took about 50 ms of every build's start, for files without a problem. */
const yamlPackage = () => (yaml ??= require('yaml') as typeof import('yaml'));

/**
 * Parses YAML with the 1.2 core schema, so `2026-11-20T14:02` stays a string and a missing zone
 * can be reported instead of silently read as UTC (YAML 1.1 timestamp parsing would do that).
 * `firstLine` is the file line the YAML text starts on (2 for front matter after `---`).
 *
 * js-yaml reads the data: it is several times faster and lighter than building a document,
 * which matters at 10,000 files. The `yaml` package's document, with node positions, is built
 * only when a problem needs a line number.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  let document: { doc: Document; lines: LineCounter } | undefined;
  const positions = () => {
    if (!document) {
      const { LineCounter, parseDocument } = yamlPackage();
      const lines = new LineCounter();
      document = { doc: parseDocument(text, { lineCounter: lines }), lines };
    }
    return document;
  };
  const lineOf = (path: readonly PropertyKey[]) => {
    const { doc, lines } = positions();
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (yamlPackage().isNode(node) && node.range) return lines.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  try {
    return { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }), errors: [], lineOf };
  } catch (error) {
    if (!(error instanceof jsYaml.YAMLException)) throw error;
    const line = (error.mark?.line ?? 0) + firstLine;
    return { data: undefined, errors: [{ line, message: error.reason }], lineOf };
  }
}
