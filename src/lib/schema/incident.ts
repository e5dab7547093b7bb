import { z } from 'zod';
import { parseZonedTime } from '../time.ts';
import { ComponentId } from './components.ts';
import { HttpUrl } from './http-url.ts';
import {
  ComponentStatus, Impact, IncidentKind, UpdateStatus, statusesForKind,
} from './vocabulary.ts';

const ZONED_EXAMPLE = 'a date-time with a zone, e.g. 2026-11-20T14:02:00Z';

/** A date-time string that must carry its zone; becomes a Date. */
export const ZonedTime = z.string({ error: `must be ${ZONED_EXAMPLE}` }).transform((value, ctx) => {
  const parsed = parseZonedTime(value);
  if (parsed.ok) return parsed.date;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

/** Text a maintainer writes: trimmed, and an empty value counts as absent. */
const Text = z
  .string({ error: 'must be text' })
  .transform((s) => s.trim() || undefined)
  .optional();

/** `eta` is a time when it looks like one (and then it must be a valid, zoned one), else free text. */
const Eta = z
  .union([z.string(), z.number()], { error: `must be ${ZONED_EXAMPLE}, or text such as "within the hour"` })
  .transform((value, ctx) => {
    const text = String(value).trim();
    if (!text) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
    const parsed = parseZonedTime(text);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });

export const UpstreamLink = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  url: HttpUrl,
});

export const UpdateEntry = z.strictObject({
  at: ZonedTime,
  status: UpdateStatus,
  body: z.string({ error: 'must be text' }).default(''),
});

/** An incident's text in another of the site's languages; what is left out is shown as written. */
export const IncidentTranslationFields = z.strictObject({
  title: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').optional(),
  scope: Text,
  affected: Text,
  alternatives: Text,
  /** Only a text estimate has words to translate; a time is shown in each language's format. */
  eta: Text,
  description: Text,
  /** Update bodies, each named by the `at` of the update it translates. */
  updates: z.array(z.strictObject({ at: ZonedTime, body: z.string({ error: 'must be text' }) })).default([]),
});

/** Translations by language tag (`de`, `pt-BR`), as the site's `languages` names them. */
const TranslationsField = z.record(
  z.string().refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'must be a language tag such as de or pt-BR'),
  IncidentTranslationFields,
).default({});

/** A list of ids is shorthand for "these components, with the kind's default status". */
const ComponentsField = z.preprocess(
  (value) => (Array.isArray(value) ? Object.fromEntries(value.map((id) => [String(id), null])) : value ?? {}),
  z.record(ComponentId, ComponentStatus.nullable(), {
    error: 'must be a map of component id to status, or a list of component ids',
  }),
);

type FieldsOutput = {
  kind: unknown; started?: unknown; resolved?: unknown; scheduled_for?: unknown; scheduled_until?: unknown; updates?: unknown;
  translations?: unknown;
};

/** Rules that tie fields together; each field is used only if it parsed to its type. */
function checkAcrossFields(f: FieldsOutput, ctx: z.core.$RefinementCtx<FieldsOutput>) {
  const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const date = (v: unknown) => (v instanceof Date ? v : undefined);
  const kind = IncidentKind.safeParse(f.kind).data;
  const [started, resolved, from, until] = [f.started, f.resolved, f.scheduled_for, f.scheduled_until].map(date);
  if (kind === 'maintenance') {
    if (f.scheduled_for === undefined) problem(['scheduled_for'], 'is required for a maintenance: when the window starts');
    if (f.scheduled_until === undefined) problem(['scheduled_until'], 'is required for a maintenance: when the window ends');
    if (from && until && until <= from) problem(['scheduled_until'], 'must be after scheduled_for');
  } else if (kind && f.started === undefined) {
    problem(['started'], `is required for ${kind === 'notice' ? 'a notice' : 'an incident'}: when it began`);
  }
  const begin = started ?? from;
  if (resolved && begin && resolved < begin) problem(['resolved'], `is before ${started ? 'started' : 'scheduled_for'}`);
  checkTranslatedUpdates(f, problem);
  if (!kind || !Array.isArray(f.updates)) return;
  const allowed: readonly unknown[] = statusesForKind[kind];
  f.updates.forEach((u: unknown, i) => {
    const status = (u as { status?: unknown } | null)?.status;
    if (typeof status === 'string' && UpdateStatus.safeParse(status).success && !allowed.includes(status)) {
      problem(['updates', i, 'status'], `"${status}" is not a status for ${kind === 'maintenance' ? 'a maintenance' : `an ${kind}`}; use one of ${allowed.join(', ')}`);
    }
  });
}

/** Each translated update must name, by its `at`, an update the incident has. */
function checkTranslatedUpdates(f: FieldsOutput, problem: (path: PropertyKey[], message: string) => void) {
  if (!Array.isArray(f.updates) || !f.translations || typeof f.translations !== 'object') return;
  const times = new Set(f.updates.map((u: { at?: unknown }) => (u?.at instanceof Date ? u.at.getTime() : NaN)));
  for (const [tag, translation] of Object.entries(f.translations)) {
    const updates = (translation as { updates?: unknown })?.updates;
    if (!Array.isArray(updates)) continue;
    updates.forEach((u: { at?: unknown }, i) => {
      if (u?.at instanceof Date && !times.has(u.at.getTime())) {
        problem(['translations', tag, 'updates', i, 'at'], 'names no update of this incident: give the `at` of the update it translates');
      }
    });
  }
}

/**
 * The fields of an incident, maintenance or notice, as written in front matter or an issue form.
 * This is the one input contract every source maps onto.
 */
export const IncidentFields = z
  .strictObject({
    title: z.string({ error: (issue) => (issue.input === undefined ? 'is required: a short headline' : undefined) }).trim().min(1, 'must not be empty'),
    kind: IncidentKind.default('incident'),
    impact: Impact.optional(),
    components: ComponentsField,
    started: ZonedTime.optional(),
    resolved: ZonedTime.optional(),
    scheduled_for: ZonedTime.optional(),
    scheduled_until: ZonedTime.optional(),
    scope: Text,
    affected: Text,
    alternatives: Text,
    eta: Eta.optional(),
    upstream: z.array(UpstreamLink).default([]),
    updates: z.array(UpdateEntry).default([]),
    /** A withdrawn entry is kept for the record (and cancels a calendar event) but shown nowhere. */
    withdrawn: z.boolean().default(false),
    translations: TranslationsField,
  })
  .superRefine(checkAcrossFields, {
    // Run even when some field is invalid, so a maintainer sees every problem at once; the
    // check therefore looks only at fields that did parse.
    when: () => true,
  });
export type IncidentFields = z.infer<typeof IncidentFields>;
export type IncidentFieldsInput = z.input<typeof IncidentFields>;

/** Where an incident came from; the only thing downstream that knows. */
export const IncidentSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('file'), path: z.string() }),
  z.object({ type: z.literal('github'), url: z.string(), number: z.number() }),
]);

export const IncidentUpdate = z.object({
  /** Stable within the incident: `<incident id>-<n>` in chronological order. */
  id: z.string(),
  at: z.date(),
  status: UpdateStatus,
  /** Markdown; render with `renderMarkdown`. */
  body: z.string(),
});
export type IncidentUpdate = z.infer<typeof IncidentUpdate>;

/** The one validated model every source becomes; everything downstream is a function of it. */
export const Incident = z.object({
  id: z.string(),
  kind: IncidentKind,
  title: z.string(),
  impact: Impact,
  components: z.array(z.object({ id: z.string(), status: ComponentStatus })),
  /** When it began; for a maintenance, when the window starts unless it started early. */
  started: z.date(),
  /** When it ended, if it has; for a maintenance, from its fields or a `completed` update. */
  resolved: z.date().nullable(),
  scheduledFor: z.date().nullable(),
  scheduledUntil: z.date().nullable(),
  scope: z.string().nullable(),
  affected: z.string().nullable(),
  alternatives: z.string().nullable(),
  eta: z.union([z.date(), z.string()]).nullable(),
  upstream: z.array(z.object({ name: z.string(), url: z.string() })),
  /** Newest first. */
  updates: z.array(IncidentUpdate),
  /** Markdown description or postmortem. */
  description: z.string(),
  withdrawn: z.boolean(),
  /** Its text in other languages, by tag; update bodies by update id. */
  translations: z.record(z.string(), z.object({
    title: z.string().nullable(),
    scope: z.string().nullable(),
    affected: z.string().nullable(),
    alternatives: z.string().nullable(),
    eta: z.string().nullable(),
    description: z.string().nullable(),
    updates: z.record(z.string(), z.string()),
  })),
  /** The latest moment anything about it changed: feeds and the API use it. */
  updatedAt: z.date(),
  source: IncidentSource,
});
export type Incident = z.infer<typeof Incident>;
