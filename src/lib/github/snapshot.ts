import { z } from 'zod';
import { validate } from '../validate.ts';
import { StatusIssue } from './issue-data.ts';

/**
 * The last good GitHub data, kept between builds (the deploy workflow caches `.sitrep-cache/`)
 * so that a build during a GitHub outage shows what was last known, and says since when.
 */
export const GithubSnapshot = z.object({
  format: z.literal(1),
  repo: z.string(),
  label: z.string(),
  fetchedAt: z.iso.datetime().transform((s) => new Date(s)),
  issues: z.array(StatusIssue),
});
export type GithubSnapshot = z.infer<typeof GithubSnapshot>;

/** Where the snapshot lives, relative to the project (content) root. */
export const SNAPSHOT_FILE = '.sitrep-cache/github-snapshot.json';

/** Serialises a snapshot; the inverse of `parseSnapshot`. */
export function serializeSnapshot(snapshot: GithubSnapshot): string {
  return `${JSON.stringify({ ...snapshot, fetchedAt: snapshot.fetchedAt.toISOString() })}\n`;
}

/**
 * Reads a snapshot for `repo` and `label`; a snapshot of other data, or one that is unreadable,
 * is no snapshot (with the reason), never a partial one.
 */
export function parseSnapshot(text: string, repo: string, label: string): { snapshot?: GithubSnapshot; reason?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: 'it is not valid JSON' };
  }
  const result = validate(GithubSnapshot, json, { file: SNAPSHOT_FILE });
  if (!result.ok) return { reason: 'its format is not one this version reads' };
  if (result.value.repo !== repo || result.value.label !== label) {
    return { reason: `it holds ${result.value.repo} label "${result.value.label}", not ${repo} label "${label}"` };
  }
  return { snapshot: result.value };
}
