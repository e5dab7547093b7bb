import type { IncidentFieldsInput } from '../schema/incident.ts';
import type { IncidentKind } from '../schema/vocabulary.ts';
import { slugify } from '../slug.ts';

/** What `npm run new` asks for; everything optional but the title. */
export interface ScaffoldAnswers {
  title: string;
  kind?: IncidentKind;
  impact?: string;
  components?: string[];
  started?: string;
  scheduledFor?: string;
  scheduledUntil?: string;
  scope?: string;
  affected?: string;
  alternatives?: string;
  eta?: string;
  /** Body of a first update, whose status is the kind's first state. */
  message?: string;
}

/**
 * A file id from a date and a title, as the examples name them.
 * @example incidentId(new Date('2026-11-20T14:02:00Z'), 'Elevated API errors!') // → '2026-11-20-elevated-api-errors'
 */
export function incidentId(date: Date, title: string): string {
  const slug = slugify(title).slice(0, 60).replace(/-+$/, '');
  return `${date.toISOString().slice(0, 10)}${slug ? `-${slug}` : ''}`;
}

/** A minute-precision UTC time as written in files: `2026-11-20T14:02:00Z`. */
export function writtenTime(date: Date): string {
  return `${date.toISOString().slice(0, 16)}:00Z`;
}

/**
 * Front-matter fields for a new incident or maintenance, times defaulting to `now` (a
 * maintenance window to the hour after it). Validation is left to the parser, which the
 * caller runs on the written text so that what is written always passes `npm run check`.
 */
export function scaffoldFields(answers: ScaffoldAnswers, now: Date): IncidentFieldsInput {
  const kind = answers.kind ?? 'incident';
  const nowText = writtenTime(now);
  const fields: IncidentFieldsInput = {
    title: answers.title,
    kind,
    impact: answers.impact as IncidentFieldsInput['impact'],
    components: answers.components?.length ? answers.components : undefined,
    scope: answers.scope,
    affected: answers.affected,
    alternatives: answers.alternatives,
    eta: answers.eta,
  };
  if (kind === 'maintenance') {
    fields.scheduled_for = answers.scheduledFor ?? nowText;
    fields.scheduled_until = answers.scheduledUntil ?? writtenTime(new Date(now.getTime() + 3_600_000));
  } else {
    fields.started = answers.started ?? nowText;
  }
  if (answers.message) {
    fields.updates = [{ at: nowText, status: kind === 'maintenance' ? 'scheduled' : 'investigating', body: answers.message }];
  }
  return fields;
}
