import { z } from 'zod';
import type { Upstream } from '../schema/upstreams.ts';
import { validate } from '../validate.ts';
import { formatProblems } from '../problems.ts';

/**
 * An upstream's last good answers, kept between builds in `.sitrep-cache/` (the deploy workflow
 * caches the folder), so that a build while it cannot be read shows what it last said, and since
 * when. The answers are kept as fetched and read again like fresh ones, so a changed selection of
 * components applies to them too.
 */
export const UpstreamSnapshot = z.object({
  format: z.literal(1),
  kind: z.string(),
  url: z.string(),
  fetchedAt: z.iso.datetime().transform((s) => new Date(s)),
  answers: z.partialRecord(z.enum(['summary', 'components', 'incidents', 'feed']), z.string()),
});
export type UpstreamSnapshot = z.infer<typeof UpstreamSnapshot>;

/** Where an upstream's snapshot lives, relative to the project (content) root. */
export const upstreamSnapshotFile = (id: string) => `.sitrep-cache/upstreams/${id}.json`;

/** Serialises a snapshot; the inverse of `parseUpstreamSnapshot`. */
export function serializeUpstreamSnapshot(snapshot: UpstreamSnapshot): string {
  return `${JSON.stringify({ ...snapshot, fetchedAt: snapshot.fetchedAt.toISOString() })}\n`;
}

/**
 * Reads `upstream`'s snapshot from `text`. A snapshot of another address or kind, or one that
 * cannot be read, is no snapshot (with the reason), never a partial one.
 */
export function parseUpstreamSnapshot(text: string, upstream: Pick<Upstream, 'id' | 'url' | 'kind'>): { snapshot?: UpstreamSnapshot; reason?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: 'it is not valid JSON' };
  }
  const result = validate(UpstreamSnapshot, json, { file: upstreamSnapshotFile(upstream.id) });
  if (!result.ok) return { reason: `its format is not one this version reads (${formatProblems(result.problems.slice(0, 1))})` };
  if (result.value.url !== upstream.url || result.value.kind !== upstream.kind) {
    return { reason: `it holds ${result.value.kind} ${result.value.url}, not ${upstream.kind} ${upstream.url}` };
  }
  return { snapshot: result.value };
}
