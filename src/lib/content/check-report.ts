import { formatProblems, type Problem } from '../problems.ts';
import type { Content } from './site-content.ts';

/**
 * What `npm run check` says about a content read: every problem, or what the valid content holds.
 * @example contentCheckReport({ content, problems: [] }).text // → 'Content is valid: 3 components, 0 incidents, …'
 */
export function contentCheckReport(read: { content?: Content; problems: readonly Problem[] }): { ok: boolean; text: string } {
  if (!read.content || read.problems.length) {
    const n = read.problems.length;
    return { ok: false, text: `${n} problem${n === 1 ? '' : 's'} in the content:\n${formatProblems(read.problems)}` };
  }
  const counts = { incident: 0, maintenance: 0, notice: 0 };
  for (const incident of read.content.incidents) counts[incident.kind]++;
  return {
    ok: true,
    text: `Content is valid: ${read.content.components.length} components, ${counts.incident} incidents, ` +
      `${counts.maintenance} maintenance windows, ${counts.notice} notices.`,
  };
}
