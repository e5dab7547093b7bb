// Synthetic but realistic incident files, for benchmarks and weight tests at any size.
import { writtenTime } from '../src/lib/content/scaffold.ts';
import { serializeIncidentFile } from '../src/lib/content/write.ts';
import type { IncidentFieldsInput } from '../src/lib/schema/incident.ts';

const STATUSES = ['degraded_performance', 'partial_outage', 'major_outage'] as const;
const IMPACTS = ['minor', 'major', 'critical'] as const;

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same site. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => writtenTime(new Date(ms));

/**
 * `count` past incidents and maintenance windows spread evenly over the years before `now`,
 * as `[file name, text]` pairs; one in ten is a maintenance, the rest incidents with updates.
 */
export function syntheticIncidentFiles(count: number, componentIds: readonly string[], now: Date): [string, string][] {
  const next = random(count);
  const span = Math.max(count, 100) * 3 * 3_600_000; // about one every three hours
  const files: [string, string][] = [];
  for (let n = 0; n < count; n++) {
    const start = now.getTime() - 3_600_000 - Math.floor(next() * span);
    const minutes = 10 + Math.floor(next() * 240);
    const end = start + minutes * 60_000;
    const component = componentIds[Math.floor(next() * componentIds.length)]!;
    const severity = Math.floor(next() * 3);
    let fields: IncidentFieldsInput;
    if (n % 10 === 9) {
      fields = {
        title: `Scheduled maintenance ${n} of ${component}`,
        kind: 'maintenance',
        components: [component],
        scheduled_for: iso(start),
        scheduled_until: iso(end),
        scope: 'Brief interruptions are possible while servers restart.',
        updates: [
          { at: iso(start - 86_400_000), status: 'scheduled', body: 'We will restart servers one at a time.' },
          { at: iso(end), status: 'completed', body: 'The maintenance is complete.' },
        ],
      };
    } else {
      fields = {
        title: `Synthetic incident ${n}: errors on ${component}`,
        impact: IMPACTS[severity],
        components: { [component]: STATUSES[severity]! },
        started: iso(start),
        resolved: iso(end),
        scope: `Requests to ${component} failed intermittently.`,
        affected: 'Some customers in one region.',
        alternatives: 'Retry the request; retries succeeded.',
        updates: [
          { at: iso(start + 300_000), status: 'investigating', body: `We are investigating errors on **${component}**.` },
          { at: iso(start + Math.floor(minutes / 2) * 60_000), status: 'identified', body: 'A faulty deployment was identified and is being rolled back.' },
          { at: iso(end), status: 'resolved', body: 'Error rates are back to normal.' },
        ],
      };
    }
    const body = 'A longer description of what happened, what we learnt and what we will change. '.repeat(8);
    files.push([`synthetic-${String(n).padStart(6, '0')}.md`, serializeIncidentFile(fields, body)]);
  }
  return files;
}
