import type { IncidentState, MaintenanceState } from '../schema/vocabulary.ts';
import { parseLooseTime } from './loose-time.ts';
import { closestWord } from './loose-values.ts';

/** The state an update label names, in either vocabulary; null for "Update" (no change). */
export type LabelState = IncidentState | MaintenanceState | null;

/** One timed update found in a cState body. */
export interface BodyUpdate {
  at: Date;
  /** The state its label names; undefined when it had no label one could read. */
  state?: LabelState;
  body: string;
}

export interface SplitBody {
  updates: BodyUpdate[];
  /** Everything that is not a timed update, in its original order. */
  description: string;
  /** True when some `track` time had no zone and was read in the site's zone. */
  unzoned: boolean;
  problems: string[];
}

/** `{{< track "2018-05-25 05:54:00" >}}`, also with `%` delimiters or typographic quotes. */
const TRACK = /\{\{[<%]\s*track\s+(?:"([^"]*)"|“([^”]*)”|'([^']*)'|([^\s>%}]+))\s*[>%]\}\}/g;

/** A Markdown heading line naming a state: `## Update`, `### Resolved`. */
const HEADING = /^#{1,6}\s+([^\n]{1,40}?)\s*#*\s*(?:\n|$)/;

/** Words a label may use, and the state each means. Order matters: the first word found wins. */
const LABEL_WORDS: [string, LabelState][] = [
  ['resolved', 'resolved'], ['fixed', 'resolved'], ['recovered', 'resolved'], ['closed', 'resolved'],
  ['completed', 'completed'], ['complete', 'completed'], ['finished', 'completed'], ['done', 'completed'],
  ['verifying', 'verifying'], ['monitoring', 'monitoring'],
  ['identified', 'identified'],
  ['investigating', 'investigating'], ['investigation', 'investigating'],
  ['scheduled', 'scheduled'], ['planned', 'scheduled'],
  ['in progress', 'in_progress'], ['started', 'in_progress'], ['ongoing', 'in_progress'],
  ['update', null], ['updated', null], ['postmortem', null], ['post-mortem', null],
];
const WORDS = LABEL_WORDS.map(([w]) => w);

/**
 * A label at the start of a paragraph: `*Resolved* -`, `**Update:**`, `**[Monitoring]**`,
 * `[Resolved]`, or a bare known word followed by `:` or a dash.
 */
const LABEL = /^(?:(\*{1,3}|_{1,2})\s*\[?([^*_\n\]]{1,40}?)\]?\s*:?\s*\1|\[([^\]\n]{1,40})\]|([A-Za-z][A-Za-z -]{0,20}?)\s*(?=[:–—-]))\s*[:–—-]?\s*/;

/** The state a label names, reading misspellings too; undefined when it names none. */
function labelState(label: string): LabelState | undefined {
  const text = label.toLowerCase().trim();
  for (const [word, state] of LABEL_WORDS) if (new RegExp(`\\b${word}\\b`).test(text)) return state;
  const near = closestWord(text.split(/[^a-z-]+/)[0] ?? '', WORDS);
  return near === undefined ? undefined : LABEL_WORDS.find(([w]) => w === near)![1];
}

/**
 * Reads cState's update conventions from an issue body: each `track` shortcode closes an update
 * (the text since the previous one), and a leading label gives its state. Text before the first
 * labelled update and after the last `track` stays as the description. A body without `track`
 * shortcodes may instead start each update with a line holding its date and time.
 */
export function splitCstateBody(body: string, zone: string): SplitBody {
  const text = body.replace(/\r\n?/g, '\n').replace(/<!--\s*more\s*-->/gi, '');
  const split = text.match(TRACK) ? splitByTrack(text, zone) : splitByDateLines(text, zone);
  const others = new Set([...text.matchAll(SHORTCODE)].map((m) => m[1]!).filter((name) => name !== 'track'));
  for (const name of others) split.problems.push(`the Hugo shortcode "${name}" has no meaning here and is kept as text`);
  return split;
}

/** Any Hugo shortcode, `{{< name … >}}` or `{{% name … %}}`, closing ones included. */
const SHORTCODE = /\{\{[<%]\s*\/?\s*([\w-]+)/g;

/** Updates closed by `track` shortcodes, each labelled by its first paragraph. */
function splitByTrack(text: string, zone: string): SplitBody {
  const updates: BodyUpdate[] = [];
  const description: string[] = [];
  const problems: string[] = [];
  let unzoned = false;
  let from = 0;
  for (const match of text.matchAll(TRACK)) {
    const segment = text.slice(from, match.index);
    from = match.index + match[0].length;
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    const time = parseLooseTime(raw, zone);
    if (!time.ok) {
      problems.push(`track ${time.message}; that update is kept in the description`);
      description.push(segment.trim());
      continue;
    }
    unzoned ||= !time.zoned;
    const blocks = segment.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    // A labelled paragraph starts the update; paragraphs before it are not part of it.
    const start = Math.max(0, blocks.findLastIndex((b) => labelOf(b) !== undefined));
    description.push(...blocks.slice(0, start));
    updates.push(toUpdate(time.date, blocks.slice(start).join('\n\n')));
  }
  description.push(text.slice(from).trim());
  return { updates, description: description.filter(Boolean).join('\n\n'), unzoned, problems };
}

/**
 * A paragraph opening with a date and time of its own: `2023-02-04 18:20 GMT`,
 * `**2023-02-04 18:20 UTC** - Resolved`, `### 2023-02-04T18:20Z`.
 */
const DATE_LINE = /^[#*_\s\\[]*(\d{4}[-/]\d{1,2}[-/]\d{1,2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)[*_\]\s]*(?:[:–—-]\s*)?/i;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;

/** Updates that each start with a paragraph opening with their date and time; text before the first is the description. */
function splitByDateLines(text: string, zone: string): SplitBody {
  const description: string[] = [];
  const found: { at: Date; state?: LabelState; blocks: string[] }[] = [];
  let unzoned = false;
  for (const block of text.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b && !RULE.test(b))) {
    const m = DATE_LINE.exec(block);
    const time = m ? parseLooseTime(m[1]!, zone) : undefined;
    if (m && time?.ok) {
      unzoned ||= !time.zoned;
      const [rest = '', ...lines] = block.slice(m[0].length).split('\n');
      // What follows the time on its line may be the label: "2023-02-04 17:00 UTC - Identified".
      // A sentence there ("The issue is resolved") is text, not a label: a label is a word or three.
      const state = rest.trim().split(/\s+/).length <= 3 ? labelState(rest.replace(/[*_]/g, '')) : undefined;
      const own = state === undefined ? [rest, ...lines] : lines;
      found.push({ at: time.date, state, blocks: [own.join('\n').trim()] });
    } else if (found.length) found.at(-1)!.blocks.push(block);
    else description.push(block);
  }
  const updates = found.map((u) => {
    const update = toUpdate(u.at, u.blocks.filter(Boolean).join('\n\n'));
    return u.state === undefined ? update : { ...update, state: u.state };
  });
  return { updates, description: description.join('\n\n'), unzoned, problems: [] };
}

/** An update from its time and text; a leading label naming a state gives its state and is dropped. */
function toUpdate(at: Date, text: string): BodyUpdate {
  const label = labelOf(text);
  return { at, state: label?.state, body: label && label.state !== undefined ? text.slice(label.length).trim() : text };
}

/** The label a paragraph starts with, with its length and state; undefined when it has none. */
function labelOf(paragraph: string): { length: number; state: LabelState | undefined } | undefined {
  const heading = HEADING.exec(paragraph);
  if (heading) {
    const state = labelState(heading[1]!);
    return state === undefined ? undefined : { length: heading[0].length, state };
  }
  const m = LABEL.exec(paragraph);
  if (!m) return undefined;
  const emphasised = m[2] ?? m[3];
  if (emphasised !== undefined) {
    const state = labelState(emphasised);
    // An emphasised phrase that names no state ("*Just began*") still starts an update, but is kept.
    return { length: m[0].length, state };
  }
  const state = labelState(m[4]!);
  return state === undefined ? undefined : { length: m[0].length, state };
}
