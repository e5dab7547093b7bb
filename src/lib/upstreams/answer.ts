import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { validate, type Origin } from '../validate.ts';
import { plainBody, plainLine } from './plain-text.ts';
import { UPSTREAM_LIMITS } from './model.ts';

/** Text an upstream sent: JSON numbers are accepted where text is meant (some pages number their ids). */
export const AnswerText = z
  .union([z.string(), z.number()], { error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .transform(String);

/** An optional value of theirs: absent, null and the wrong type all read as "not given". */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined);

/**
 * An item's id and name, either of which a page may leave out: an item is kept by whatever
 * names it, since an open incident must not vanish for want of a field.
 */
export const identity = { id: AnswerText.nullish(), name: z.string().nullish() };

/** A list whose items are validated one by one (see `validItems`), so that one odd item does not cost the rest. */
export const AnswerList = z.array(z.unknown()).nullish();

/**
 * The JSON in an answer, or a problem saying what came instead (an HTML error page, a cut-off body).
 * @example parseJson('<html>', { file: 'x' }) // → { problems: [{ file: 'x', message: 'is not JSON: it begins "<html>"' }] }
 */
export function parseJson(text: string, origin: Origin): { value?: unknown; problems: Problem[] } {
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch {
    return { problems: [{ file: origin.file, message: `is not JSON: it begins ${JSON.stringify(plainLine(text, 40))}` }] };
  }
}

/**
 * The items of `list` that `schema` accepts, and a problem (located at `field.index`) for each it
 * does not: the caller shows the good ones and logs the rest.
 */
export function validItems<S extends z.ZodType>(
  schema: S, list: readonly unknown[] | null | undefined, origin: Origin, field: string,
): { items: z.output<S>[]; problems: Problem[] } {
  const items: z.output<S>[] = [];
  const problems: Problem[] = [];
  (list ?? []).forEach((item, i) => {
    const result = validate(schema, item, { file: origin.file });
    if (result.ok) items.push(result.value);
    else problems.push(...result.problems.map((p) => ({ ...p, field: [field, i, p.field].filter((x) => x !== undefined).join('.') })));
  });
  return { items, problems };
}

/**
 * A moment they sent, or null when it is missing or unreadable: their dates decide nothing, so
 * a bad one is dropped rather than rejected.
 */
export function answerTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A name or title of theirs, as plain text within the limit. */
export const answerName = (text: string) => plainLine(text, UPSTREAM_LIMITS.name);

/** A body of theirs, as plain text within the limit; null when empty. */
export const answerBody = (text: string | null | undefined) => (text ? plainBody(text, UPSTREAM_LIMITS.body) || null : null);
