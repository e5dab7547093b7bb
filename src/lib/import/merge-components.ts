import { isSeq, parseDocument, YAMLSeq, type Document } from 'yaml';
import { COMPONENTS_SCHEMA_COMMENT } from '../content/site-content.ts';
import type { Component } from '../schema/components.ts';


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
  // The yaml library writes the comment's '#' itself.
  if (!text?.trim()) seq.commentBefore = COMPONENTS_SCHEMA_COMMENT.slice(1);
  // An empty file written as `[]` would otherwise grow as one long flow line.
  if (seq.flow && additions.length) seq.flow = false;
  for (const component of additions) seq.add(doc.createNode(withoutEmpty(component)));
  return doc.toString({ lineWidth: 0 });
}

function withoutEmpty(component: Component): Record<string, unknown> {
  return Object.fromEntries(Object.entries(component).filter(([, v]) => v !== undefined && v !== ''));
}
