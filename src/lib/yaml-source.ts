import { LineCounter, parseDocument, isNode } from 'yaml';

/** YAML parsed to plain data, with a way back from a field path to its line. */
export interface YamlSource {
  data: unknown;
  /** Syntax errors, with 1-based lines in the enclosing file. */
  errors: { line: number; message: string }[];
  /** 1-based line of the value at `path` (or of the nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML 1.2 (core schema, so `2026-11-20T14:02` stays a string and a missing zone can be
 * reported instead of silently read as UTC, which is what YAML 1.1 timestamp parsing does).
 * `firstLine` is the file line the YAML text starts on (2 for front matter after `---`).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({ line: toFileLine(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      // Parsing passes text such as `- *.example.com` (an alias to no anchor); turning it into data throws.
      errors.push({ line: firstLine, message: (error as Error).message });
    }
  }
  return {
    data,
    errors,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
  };
}
