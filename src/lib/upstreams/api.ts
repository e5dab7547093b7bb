import type { UpstreamReading } from './model.ts';
import { readingComponents } from './view.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * `/api/upstreams.json`: what the page shows of each upstream, for machines. `status` is the
 * overall state in Statuspage's indicator words or `unknown` (never left out, never guessed);
 * `reported` is the upstream's own word; `source` says whether this build read it (`live`), used
 * the last good answer (`snapshot`, dated by `as_of`) or has none (`none`).
 */
export function toUpstreamsApi(readings: readonly UpstreamReading[]) {
  return {
    upstreams: readings.map(({ upstream, source, asOf, report }) => ({
      id: upstream.id,
      name: upstream.name,
      url: upstream.url,
      kind: upstream.kind,
      status: report?.indicator ?? 'unknown',
      reported: report?.reported ?? null,
      source,
      as_of: iso(asOf),
      components: readingComponents({ upstream, report }).map((c) => ({ id: c.id || null, name: c.name, group: c.group, status: c.state, reported: c.reported })),
      incidents: (report?.items ?? []).filter((i) => i.active).map((i) => ({
        id: i.id,
        kind: i.kind,
        name: i.name,
        status: i.state,
        reported: i.reported,
        impact: i.impact,
        url: i.url,
        started_at: iso(i.started),
        updated_at: iso(i.updated),
        latest_update: i.latest,
      })),
      posts: (report?.posts ?? []).map((p) => ({ title: p.title, url: p.url, published_at: iso(p.published) })),
    })),
  };
}
