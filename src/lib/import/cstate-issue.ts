import type { IncidentFieldsInput } from '../schema/incident.ts';
import type { ComponentStatus, Impact, IncidentKind, UpdateStatus } from '../schema/vocabulary.ts';
import { warnInto, type Problem, type Warn } from '../problems.ts';
import type { ComponentDirectory } from './component-directory.ts';
import { splitCstateBody, type BodyUpdate, type LabelState } from './cstate-body.ts';
import { readHugoFrontMatter } from './hugo-front-matter.ts';
import type { ImportedIncident } from './import-plan.ts';
import { parseLooseTime } from './loose-time.ts';
import { closestWord, looseText, parseLooseBoolean } from './loose-values.ts';

type Severity = 'down' | 'disrupted' | 'notice';

/** cState severities, and how an incident of each shows in Sitrep. */
const SEVERITY: Record<Severity, { impact: Impact; status: ComponentStatus }> = {
  down: { impact: 'critical', status: 'major_outage' },
  disrupted: { impact: 'major', status: 'partial_outage' },
  notice: { impact: 'none', status: 'operational' },
};
/** Other words people use for a severity. */
const SEVERITY_SYNONYMS: Record<string, Severity> = {
  outage: 'down', major: 'down', critical: 'down', offline: 'down', unavailable: 'down', 'major-outage': 'down',
  disruption: 'disrupted', degraded: 'disrupted', partial: 'disrupted', minor: 'disrupted', warning: 'disrupted',
  'partial-outage': 'disrupted', 'degraded-performance': 'disrupted',
  info: 'notice', information: 'notice', informational: 'notice', maintenance: 'notice', 'under-maintenance': 'notice',
};
/** Fields read below, and Hugo's own that say nothing about an incident. */
const KNOWN_FIELDS = new Set([
  'title', 'date', 'resolved', 'resolvedwhen', 'severity', 'affected', 'section', 'informational', 'pin', 'draft',
  'lastmod', 'publishdate', 'aliases', 'slug', 'url', 'layout', 'type', 'weight', 'id', 'automated', 'affectedsystems',
]);
/** Words that make an issue a maintenance; the weaker ones only when it was not an outage. */
const MAINTENANCE_WORDS = /\bmaint[ae]nance\b|\bwartung/i;
const PLANNED_WORDS = /\bscheduled\b|\bplanned\b|\bupgrade\b|\bmigration\b/i;

export interface CstateIssueResult {
  incident?: ImportedIncident;
  warnings: Problem[];
  /** Why the file was not imported. */
  skip?: string;
}

/** What mapping an issue needs besides the file. */
export interface CstateContext {
  /** The zone dates without one are read in, and why that one (for the warning). */
  zone: string;
  zoneReason: string;
  /** The time of the import: a `resolvedWhen` before it has passed. */
  now: Date;
  components: ComponentDirectory;
}

/**
 * Maps one cState issue file (`content/issues/*.md`) onto Sitrep's incident fields, reading its
 * irregularities the way a careful person would and saying so in a warning for each.
 */
export function mapCstateIssue(file: string, text: string, { zone, zoneReason, now, components }: CstateContext): CstateIssueResult {
  const warnings: Problem[] = [];
  const warn = warnInto(warnings, file);
  const matter = readHugoFrontMatter(text);
  if (!matter.data) return { warnings, skip: matter.error };
  if (matter.lenient) warn(undefined, matter.lenient);
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(matter.data)) data[key.toLowerCase()] = value;
  for (const key of Object.keys(matter.data)) {
    if (!KNOWN_FIELDS.has(key.toLowerCase())) warn(key, 'not imported: Sitrep has no such field');
  }

  const baseName = sourceName(file);
  let title = looseText(data.title);
  if (!title) {
    title = baseName.replace(/^\d{4}-\d{2}-\d{2}-?/, '').replace(/[-_]+/g, ' ').trim() || baseName;
    warn('title', `is missing; the title "${title}" is made from the file name`);
  }
  const section = typeof data.section === 'string' ? data.section.trim().toLowerCase() : '';
  if (section !== 'issue') warn('section', `is ${section ? `"${section}"` : 'missing'}, not "issue": cState may not have listed it; imported as an issue`);

  const body = splitCstateBody(matter.body, zone);
  for (const message of body.problems) warn('body', message);
  const unzoned: string[] = body.unzoned ? ['body (track)'] : [];
  const readTime = (field: string): Date | undefined => {
    const value = data[field.toLowerCase()];
    if (value === undefined || value === null || value === '') return undefined;
    const time = parseLooseTime(value, zone);
    if (!time.ok) {
      warn(field, `${time.message}; ignored`);
      return undefined;
    }
    if (!time.zoned) unzoned.push(field);
    return time.date;
  };

  let started = readTime('date');
  if (!started) started = readTime('publishDate');
  if (!started) started = fallbackStart(baseName, body.updates, zone, warn);
  if (!started) return { warnings, skip: 'has no readable date (front matter "date", a date in the file name, or a track time)' };
  let end = readTime('resolvedWhen');
  if (end && end < started) {
    warn('resolvedWhen', 'is before date; the end is taken as the start');
    end = started;
  }

  const flag = (field: string): boolean | undefined => {
    const value = data[field.toLowerCase()];
    if (value === undefined || value === null || value === '') return undefined;
    const read = parseLooseBoolean(value);
    if (read === undefined) warn(field, `${JSON.stringify(value)} is not true or false; ignored, as cState did`);
    return read;
  };
  const resolvedFlag = flag('resolved');
  const informational = flag('informational') === true;
  const pinned = flag('pin') === true;
  const draft = flag('draft') === true;
  // cState shows an issue as ongoing only when `resolved` is false, or a pinned notice when not
  // resolved. A `resolvedWhen` that has passed says the downtime ended: the flag was left behind.
  const endPassed = resolvedFlag === false && end !== undefined && end <= now;
  const ongoing = (resolvedFlag === false && !endPassed) || (pinned && resolvedFlag !== true);
  const severity = readSeverity(data.severity, informational, warn);

  let kind: IncidentKind = informational || severity === 'notice' ? 'notice' : 'incident';
  const naming = `${title} ${baseName.replace(/[-_]/g, ' ')}`;
  if (MAINTENANCE_WORDS.test(naming) || (PLANNED_WORDS.test(naming) && severity !== 'down')) {
    if (end && end > started) kind = 'maintenance';
    else warn('resolvedWhen', `"${title}" reads as a maintenance, but has no resolvedWhen after its date to end the window; imported as ${kind === 'notice' ? 'a notice' : 'an incident'}`);
  }

  const componentStatus: ComponentStatus | null = kind === 'incident' ? SEVERITY[severity].status : null;
  const affected: Record<string, ComponentStatus | null> = {};
  // cState 2 called the field `affectedsystems`.
  for (const name of readAffected(data.affected ?? data.affectedsystems, warn)) {
    const found = components.findOrAdd(name);
    if (found.how === 'guessed') warn('affected', `"${name}" is not a system in the config; taken as the closest name, component "${found.id}"`);
    if (found.how === 'added') warn('affected', `"${name}" is not a system in the config; added as component "${found.id}"`);
    affected[found.id] = componentStatus;
  }

  const updates = timeline(body.updates, kind, started);
  const fields: IncidentFieldsInput = { title, kind, components: affected, updates };
  if (kind === 'incident') fields.impact = SEVERITY[severity].impact;
  if (kind === 'maintenance') {
    fields.scheduled_for = started.toISOString();
    fields.scheduled_until = end!.toISOString();
    if (resolvedFlag === true) fields.resolved = end!.toISOString();
  } else {
    fields.started = started.toISOString();
    const lastWord = updates.at(-1);
    if (ongoing) {
      if (lastWord?.status === 'resolved') warn('resolved', 'is false, but the last update says resolved; imported as resolved at that update');
      else if (kind === 'incident') warn('resolved', 'is false: imported as ongoing, so it shows as a current incident');
    } else {
      if (endPassed) warn('resolved', `is false, but resolvedWhen (${end!.toISOString()}) has passed: imported as resolved then`);
      const latest = updates.reduce<Date>((max, u) => (new Date(u.at) > max ? new Date(u.at) : max), started);
      const resolved = end ?? (kind === 'incident' ? latest : started);
      if (!end && kind === 'incident') {
        warn('resolvedWhen', `is missing; the end is taken as ${latest > started ? 'the last update' : 'the start'} (${resolved.toISOString()})`);
      }
      fields.resolved = resolved.toISOString();
    }
  }
  if (draft) {
    fields.withdrawn = true;
    warn('draft', 'is true: imported as withdrawn, kept in the files but shown nowhere');
  }
  if (unzoned.length) warn(unzoned.join(', '), `no time zone; read as ${zone}, ${zoneReason}`);
  return { incident: { source: file, idHint: baseName, fields, description: body.description }, warnings };
}

/** The name a file gives its incident: its own, or its folder's for a Hugo page bundle (`x/index.md`). */
function sourceName(file: string): string {
  const parts = file.split('/');
  const name = parts.pop()!.replace(/\.(md|markdown)$/i, '');
  return name.toLowerCase() === 'index' && parts.length > 2 ? parts.pop()! : name;
}

function readSeverity(value: unknown, informational: boolean, warn: Warn): Severity {
  const word = value === undefined || value === null ? '' : String(value).trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (word in SEVERITY) return word as Severity;
  if (informational) return 'notice';
  if (!word) {
    warn('severity', 'is missing; imported as "disrupted"');
    return 'disrupted';
  }
  const meant = SEVERITY_SYNONYMS[word] ?? closestWord(word, Object.keys(SEVERITY) as Severity[]);
  if (meant) {
    warn('severity', `"${word}" is not a cState severity; read as "${meant}"`);
    return meant;
  }
  warn('severity', `"${word}" is not a cState severity (down, disrupted, notice); imported as "disrupted"`);
  return 'disrupted';
}

/** `affected` as a list of names: a list, a single name, or names separated by commas. */
function readAffected(value: unknown, warn: Warn): string[] {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!list) {
    warn('affected', 'is not a list of system names; ignored');
    return [];
  }
  return list.flatMap((v, i) => {
    const name = typeof v === 'string' || typeof v === 'number' ? String(v).trim()
      : v && typeof v === 'object' && 'name' in v ? String(v.name).trim() : undefined;
    if (name === undefined) warn(`affected.${i}`, 'is not a system name; ignored');
    return name ? [name] : [];
  });
}

/** When the front matter has no usable date: the earliest update (a real time), else the date in the file name. */
function fallbackStart(baseName: string, updates: BodyUpdate[], zone: string, warn: Warn): Date | undefined {
  const earliest = updates.map((u) => u.at).sort((a, b) => a.getTime() - b.getTime())[0];
  if (earliest) {
    warn('date', `is missing or unreadable; taken from the earliest update (${earliest.toISOString()})`);
    return earliest;
  }
  const named = /^(\d{4}-\d{2}-\d{2})/.exec(baseName)?.[1];
  const fromName = named ? parseLooseTime(named, zone) : undefined;
  if (!fromName?.ok) return undefined;
  warn('date', `is missing or unreadable; taken from the file name (${named}, ${zone})`);
  return fromName.date;
}

/** Incident words for maintenance states and back, for labels written in the other vocabulary. */
const AS_INCIDENT: Record<string, UpdateStatus> = { scheduled: 'investigating', in_progress: 'identified', verifying: 'monitoring', completed: 'resolved' };
const AS_MAINTENANCE: Record<string, UpdateStatus> = { investigating: 'in_progress', identified: 'in_progress', monitoring: 'verifying', resolved: 'completed' };

/** Updates in Sitrep's vocabulary, oldest first; an unlabelled update keeps the state before it. */
function timeline(updates: BodyUpdate[], kind: IncidentKind, started: Date): NonNullable<IncidentFieldsInput['updates']> {
  const chronological = [...updates].sort((a, b) => a.at.getTime() - b.at.getTime());
  let previous: UpdateStatus | undefined;
  return chronological.map((u) => {
    const status = statusFor(u.state, kind) ?? previous ?? (kind === 'maintenance' ? (u.at < started ? 'scheduled' : 'in_progress') : 'investigating');
    previous = status;
    return { at: u.at.toISOString(), status, body: u.body };
  });
}

function statusFor(state: LabelState | undefined, kind: IncidentKind): UpdateStatus | undefined {
  if (!state) return undefined;
  if (kind === 'maintenance') return AS_MAINTENANCE[state] ?? state;
  return AS_INCIDENT[state] ?? state;
}
