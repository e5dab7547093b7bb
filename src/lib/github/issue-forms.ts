import { parseDocument, isMap, isSeq, Scalar, type Document } from 'yaml';
import type { Component } from '../schema/components.ts';
import type { Translator } from '../i18n/translator.ts';
import type { PlainTextKey } from '../i18n/locale.ts';
import type { BodyField } from './issue-body.ts';
import type { SiteSettings } from '../schema/site.ts';
import { LOCALES } from '../i18n/catalogue.ts';
import { siteLanguages } from '../i18n/site-languages.ts';

/** Which form a file is: its intro, title and some descriptions differ. */
export type IssueFormKind = 'outage' | 'maintenance';

/** The issue forms that `npm run forms` writes: words in the site's language, component choices from `content/components.yaml`. */
export const ISSUE_FORMS: readonly { path: string; kind: IssueFormKind }[] = [
  { path: '.github/ISSUE_TEMPLATE/outage.yml', kind: 'outage' },
  { path: '.github/ISSUE_TEMPLATE/maintenance.yml', kind: 'maintenance' },
];

/** The `id` of the dropdown that lists components in each form. */
const COMPONENTS_FIELD = 'components';

/** The impact choices, in the order the outage form offers them, each after its level's own word. */
const IMPACT_CHOICES = ['minor', 'major', 'critical', 'none'] as const;

/** The fields the forms have, by their `id`: the incident fields the issue-body parser reads. */
export const FORM_FIELDS = ['impact', 'components', 'started', 'scheduled_for', 'scheduled_until', 'scope', 'affected', 'alternatives', 'eta', 'upstream', 'description'] as const;
type FormField = (typeof FORM_FIELDS)[number];

/** Each field's heading and help. */
const FIELD_WORDS: Record<FormField, { label: PlainTextKey; description?: (kind: IssueFormKind) => PlainTextKey }> = {
  impact: { label: 'form.impact.label' },
  components: { label: 'form.components.label', description: (kind) => `form.components.${kind}` },
  started: { label: 'form.started.label', description: () => 'form.started.description' },
  scheduled_for: { label: 'form.scheduledFor.label', description: () => 'form.scheduledFor.description' },
  scheduled_until: { label: 'form.scheduledUntil.label', description: () => 'form.scheduledUntil.description' },
  scope: { label: 'form.scope.label', description: (kind) => `form.scope.${kind}` },
  affected: { label: 'form.affected.label', description: () => 'form.affected.description' },
  alternatives: { label: 'form.alternatives.label', description: () => 'form.alternatives.description' },
  eta: { label: 'form.eta.label', description: () => 'form.eta.description' },
  upstream: { label: 'form.upstream.label', description: () => 'form.upstream.description' },
  description: { label: 'form.description.label', description: () => 'form.description.description' },
};

/**
 * The form headings a translator writes, with the field each one fills.
 * @example formHeadings(german).get('Auswirkung') // → 'impact'
 */
export function formHeadings(t: Translator): Map<string, FormField & (BodyField | 'description')> {
  return new Map(FORM_FIELDS.map((field) => [t.t(FIELD_WORDS[field].label), field]));
}

/** The form headings of every language of a site, its `strings:` applied. */
export function siteFormHeadings(site: SiteSettings): Map<string, BodyField | 'description'> {
  return new Map(siteLanguages(site, LOCALES).languages.flatMap(({ t }) => [...formHeadings(t)]));
}

/** Sets a value only when it differs, so unchanged text keeps its YAML style (block scalars, quotes). */
function setText(doc: Document, path: (string | number)[], text: string, style?: Scalar.Type) {
  if (doc.getIn(path) === text) return;
  const node = new Scalar(text);
  if (text.includes('\n')) node.type = 'BLOCK_LITERAL';
  else if (style) node.type = style;
  doc.setIn(path, node);
}

/**
 * The issue form's text in `t`'s language, with its components dropdown offering exactly the
 * components' display names, in order; everything else (comments included) is kept as written.
 * Throws when the form has no dropdown with id `components`.
 */
export function localizedForm(formText: string, kind: IssueFormKind, components: readonly Component[], t: Translator): string {
  const doc = parseDocument(formText);
  const body = doc.get('body');
  if (!isSeq(body)) throw new Error('has no body');
  const index = body.items.findIndex((item) => isMap(item) && item.get('id') === COMPONENTS_FIELD && item.get('type') === 'dropdown');
  if (index < 0) throw new Error(`has no dropdown with id "${COMPONENTS_FIELD}"`);
  setText(doc, ['name'], t.t(`form.${kind}.name`));
  setText(doc, ['description'], t.t(`form.${kind}.description`));
  setText(doc, ['title'], t.t(`form.${kind}.title`), 'QUOTE_DOUBLE');
  body.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const id = item.get('id');
    if (item.get('type') === 'markdown') {
      setText(doc, ['body', i, 'attributes', 'value'], t.t(`form.${kind}.intro`));
      return;
    }
    if (!(FORM_FIELDS as readonly unknown[]).includes(id)) return;
    const words = FIELD_WORDS[id as FormField];
    setText(doc, ['body', i, 'attributes', 'label'], t.t(words.label));
    if (words.description) setText(doc, ['body', i, 'attributes', 'description'], t.t(words.description(kind)));
    if (id === 'impact') {
      const options = IMPACT_CHOICES.map((level) => `${level} — ${t.t(`form.impact.${level}`)}`);
      if (JSON.stringify(doc.getIn(['body', i, 'attributes', 'options'])) !== JSON.stringify(options)) {
        doc.setIn(['body', i, 'attributes', 'options'], doc.createNode(options));
      }
    }
  });
  const names = components.map((c) => c.name);
  if (JSON.stringify(doc.getIn(['body', index, 'attributes', 'options'])) !== JSON.stringify(names)) {
    doc.setIn(['body', index, 'attributes', 'options'], doc.createNode(names));
  }
  return doc.toString({ lineWidth: 0 });
}
