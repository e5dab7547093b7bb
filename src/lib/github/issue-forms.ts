import { parseDocument, isMap, isSeq } from 'yaml';
import type { Component } from '../schema/components.ts';

/** The issue forms whose component choices follow `content/components.yaml`. */
export const ISSUE_FORMS = ['.github/ISSUE_TEMPLATE/outage.yml', '.github/ISSUE_TEMPLATE/maintenance.yml'];

/** The `id` of the dropdown that lists components in each form. */
const COMPONENTS_FIELD = 'components';

/**
 * The issue form's text with its components dropdown offering exactly the components' display
 * names, in order; everything else (comments included) is kept as written.
 * Throws when the form has no dropdown with id `components`.
 */
export function withComponentChoices(formText: string, components: readonly Component[]): string {
  const doc = parseDocument(formText);
  const body = doc.get('body');
  const index = isSeq(body)
    ? body.items.findIndex((item) => isMap(item) && item.get('id') === COMPONENTS_FIELD && item.get('type') === 'dropdown')
    : -1;
  if (index < 0) throw new Error(`has no dropdown with id "${COMPONENTS_FIELD}"`);
  doc.setIn(['body', index, 'attributes', 'options'], doc.createNode(components.map((c) => c.name)));
  return doc.toString({ lineWidth: 0 });
}
