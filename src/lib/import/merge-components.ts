import { isSeq, parseDocument, YAMLSeq, type Document } from 'yaml';
import type { Component } from '../schema/components.ts';

const NEW_FILE_HEADER = ' yaml-language-server: $schema=../schemas/components.schema.json';

/**
 * Appends `additions` to the text of `content/components.yaml`, keeping its comments, order and
 * layout; starts a new file when there is none.
 * @example appendComponents('# ours\n- id: api\n  name: API\n', [{ id: 'web', name: 'Website' }])
 * // → '# ours\n- id: api\n  name: API\n- id: web\n  name: Website\n'
 */
export function appendComponents(text: string | undefined, additions: readonly Component[]): string {
  // Widened from Document.Parsed: new nodes are added to it.
  const doc: Document = parseDocument(text ?? '');
  if (!isSeq(doc.contents)) doc.contents = new YAMLSeq();
  const seq = doc.contents as YAMLSeq;
  if (!text?.trim()) seq.commentBefore = NEW_FILE_HEADER;
  // An empty file written as `[]` would otherwise grow as one long flow line.
  if (seq.flow && additions.length) seq.flow = false;
  for (const component of additions) seq.add(doc.createNode(withoutEmpty(component)));
  return doc.toString({ lineWidth: 0 });
}

function withoutEmpty(component: Component): Record<string, unknown> {
  return Object.fromEntries(Object.entries(component).filter(([, v]) => v !== undefined && v !== ''));
}
