import { splitFrontMatter } from '../content/front-matter.ts';
import { IncidentFields, type IncidentFieldsInput } from '../schema/incident.ts';
import { parseYamlSource } from '../yaml-source.ts';
import { LOCALES } from '../i18n/catalogue.ts';
import { createTranslator } from '../i18n/translator.ts';
import { formHeadings } from './issue-forms.ts';

/** The incident fields an issue body may give, by the form label (or front-matter key) they come from. */
export type BodyField = keyof IncidentFieldsInput;

/** What a body says: raw field values (validated later), the rest as Markdown, and what could not be read. */
export interface IssueBody {
  format: 'form' | 'front-matter' | 'markdown';
  fields: Partial<Record<BodyField, unknown>>;
  description: string;
  problems: { field?: string; message: string }[];
}

/**
 * English issue-form labels we read, normalised (lowercase letters and digits only). The forms
 * in `.github/ISSUE_TEMPLATE/` use the first label of each; the others are there for hand-made forms.
 */
const ENGLISH_LABELS: Record<string, BodyField | 'description'> = {
  kind: 'kind', type: 'kind',
  impact: 'impact', severity: 'impact',
  components: 'components', affectedcomponents: 'components', component: 'components',
  started: 'started', startedat: 'started', since: 'started', began: 'started',
  resolved: 'resolved', resolvedat: 'resolved',
  scheduledfor: 'scheduled_for', windowstarts: 'scheduled_for', starts: 'scheduled_for',
  scheduleduntil: 'scheduled_until', windowends: 'scheduled_until', ends: 'scheduled_until',
  scope: 'scope', whatisbroken: 'scope',
  affected: 'affected', whoisaffected: 'affected',
  alternatives: 'alternatives', workaround: 'alternatives', whattodoinstead: 'alternatives',
  eta: 'eta', expectedfix: 'eta',
  upstream: 'upstream', upstreamlinks: 'upstream', upstreamoutages: 'upstream',
  description: 'description', details: 'description',
};

/** A heading as compared: lower case, letters and digits of any script only. */
const normaliseLabel = (label: string) => label.normalize('NFC').toLocaleLowerCase('und').replace(/[^\p{L}\p{N}]/gu, '');

/** Headings to the field they fill, normalised. */
export type FormLabels = ReadonlyMap<string, BodyField | 'description'>;

/**
 * The headings of the forms in every shipped language, and the English ones, so an issue filed
 * from a form in any language (or before the site changed language) is read.
 */
const FORM_LABELS: FormLabels = new Map([
  ...LOCALES.flatMap((locale) => [...formHeadings(createTranslator(locale))].map(([label, field]) => [normaliseLabel(label), field] as const)),
  ...Object.entries(ENGLISH_LABELS),
]);

/** Form labels with a site's own headings (its `strings:` for the form's labels) added. */
export function withHeadings(headings: ReadonlyMap<string, BodyField | 'description'>): FormLabels {
  return new Map([...FORM_LABELS, ...[...headings].map(([label, field]) => [normaliseLabel(label), field] as const)]);
}

/** GitHub's markers for an optional field left empty (`@github/issue-parser` treats both so). */
const EMPTY_RESPONSES = new Set(['_no response_', 'none']);

/**
 * Reads an issue body in any of the three shapes maintainers use: an issue-form body
 * (`### Field` sections), Markdown with YAML front matter, or plain Markdown (all description).
 * @example parseIssueBody('### Impact\n\nmajor\n\n### Scope\n\n_No response_')
 * // → { format: 'form', fields: { impact: 'major' }, description: '', problems: [] }
 */
export function parseIssueBody(body: string, labels: FormLabels = FORM_LABELS): IssueBody {
  const text = body.replace(/\r\n?/g, '\n');
  if (/^---\n/.test(text)) return parseFrontMatterBody(text);
  const sections = splitSections(text);
  if (sections.some((s) => s.label !== null && labels.has(normaliseLabel(s.label)))) return parseFormBody(sections, labels);
  return { format: 'markdown', fields: {}, description: text.trim(), problems: [] };
}

interface Section {
  /** The `###` heading, or null for text before the first one. */
  label: string | null;
  value: string;
}

/** Splits at `### ` headings outside code fences (a form textarea may hold a fenced log with `###`). */
function splitSections(text: string): Section[] {
  const sections: Section[] = [{ label: null, value: '' }];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
    }
    const heading = fence === null ? /^###[ \t]+(.+?)[ \t#]*$/.exec(line) : null;
    if (heading) sections.push({ label: heading[1]!, value: '' });
    else sections[sections.length - 1]!.value += `${line}\n`;
  }
  return sections.map((s) => ({ ...s, value: s.value.trim() }));
}

/** A form value with GitHub's "left empty" markers (and an empty `render:` fence) taken as empty. */
function formValue(raw: string): string {
  if (EMPTY_RESPONSES.has(raw.toLowerCase())) return '';
  if (/^(`{3,}|~{3,})[\w-]*\n*\1$/.test(raw)) return '';
  return raw;
}

function parseFormBody(sections: Section[], labels: FormLabels): IssueBody {
  const fields: IssueBody['fields'] = {};
  const problems: IssueBody['problems'] = [];
  const description: string[] = [];
  for (const { label, value: raw } of sections) {
    const value = formValue(raw);
    const field = label === null ? 'description' : labels.get(normaliseLabel(label));
    if (!value) continue;
    if (field === 'description') description.push(value);
    else if (field === undefined) description.push(`### ${label}\n\n${value}`);
    else if (field === 'components') fields.components = listValue(value);
    else if (field === 'upstream') {
      const links = upstreamLinks(value);
      fields.upstream = links.links;
      for (const line of links.unreadable) {
        problems.push({ field: 'upstream', message: `cannot read "${line}": write one link per line, as [name](https://…) or name: https://…` });
      }
    } else if (field === 'kind' || field === 'impact') fields[field] = firstWord(value);
    else fields[field] = value;
  }
  return { format: 'form', fields, description: description.join('\n\n'), problems };
}

/** A dropdown's choice may carry an explanation ("Major — most customers"); its first word is the value. */
function firstWord(value: string): string {
  return value.trim().split(/[\s:—–(,-]+/)[0]!.toLowerCase();
}

/**
 * A multi-select dropdown gives "A, B"; checkboxes give `- [x] A` lines (the X in either case).
 * @example listValue('- [x] API\n- [ ] Web\n- [X] DB') // → ['API', 'DB']
 */
export function listValue(value: string): string[] {
  const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length && lines.every((l) => /^[-*]\s*\[[ xX]?\]/.test(l))) {
    return lines.filter((l) => /^[-*]\s*\[[xX]\]/.test(l)).map((l) => l.replace(/^[-*]\s*\[[xX]\]\s*/, ''));
  }
  return lines.flatMap((l) => l.replace(/^[-*]\s+/, '').split(',')).map((s) => s.trim()).filter(Boolean);
}

/** Upstream links, one per line: `[name](url)`, `name: url`, `name - url`, or a bare URL. */
function upstreamLinks(value: string): { links: { name: string; url: string }[]; unreadable: string[] } {
  const links: { name: string; url: string }[] = [];
  const unreadable: string[] = [];
  for (const line of value.split('\n').map((l) => l.replace(/^[-*]\s+/, '').trim()).filter(Boolean)) {
    const markdown = /^\[([^\]]+)\]\((\S+?)\)$/.exec(line);
    const named = /^(.+?)\s*(?::|-|–|—)?\s+(https?:\/\/\S+)$/.exec(line);
    const bare = URL.canParse(line) && /^https?:\/\/\S+$/.test(line);
    if (markdown) links.push({ name: markdown[1]!.trim(), url: markdown[2]! });
    else if (named) links.push({ name: named[1]!.trim(), url: named[2]! });
    else if (bare) links.push({ name: new URL(line).hostname, url: line });
    else unreadable.push(line);
  }
  return { links, unreadable };
}

/** Front-matter keys of an incident; a YAML block with none of them is not front matter. */
const FRONT_MATTER_KEYS = new Set(Object.keys(IncidentFields.shape));

/**
 * Front matter when the body opens with a closed `---` block that names at least one incident
 * field; otherwise (a horizontal rule, a stray `key: value`) the whole body is Markdown, so that
 * no text is lost.
 */
function parseFrontMatterBody(text: string): IssueBody {
  const asMarkdown: IssueBody = { format: 'markdown', fields: {}, description: text.trim(), problems: [] };
  let split: { matter: string; content: string };
  try {
    split = splitFrontMatter(text);
  } catch {
    return asMarkdown;
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) return asMarkdown;
  const source = parseYamlSource(split.matter);
  const data = source.data;
  if (source.errors.length || !data || typeof data !== 'object' || Array.isArray(data)) {
    const looksMeant = FRONT_MATTER_KEYS.has(/^\s*(\w+)\s*:/m.exec(split.matter)?.[1] ?? '');
    return looksMeant
      ? { ...asMarkdown, problems: [{ message: `front matter ignored: ${source.errors[0]?.message ?? 'it is not a map of fields'}` }] }
      : asMarkdown;
  }
  if (!Object.keys(data).some((key) => FRONT_MATTER_KEYS.has(key))) return asMarkdown;
  return { format: 'front-matter', fields: data as IssueBody['fields'], description: split.content.trim(), problems: [] };
}
