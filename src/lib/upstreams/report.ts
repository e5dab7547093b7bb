import type { Problem } from '../problems.ts';
import { parseDependency, sameComponentName, type Upstream, type UpstreamKind } from '../schema/upstreams.ts';
import type { Component } from '../schema/components.ts';
import type { Origin } from '../validate.ts';
import type { Adapter, AnswerKey, Answers, ListedComponent } from './adapter.ts';
import { readFeed } from './feed.ts';
import { readInstatus } from './instatus.ts';
import { pageBase } from './links.ts';
import { UPSTREAM_LIMITS, type UpstreamComponent, type UpstreamItem, type UpstreamReport } from './model.ts';
import { readStatuspage } from './statuspage.ts';

/** A document to fetch from an upstream. Without a `required` one there is no report; the others only add to it. */
export interface Endpoint {
  key: AnswerKey;
  url: string;
  required: boolean;
  /** Feeds and JSON APIs are asked for what they are. */
  accept: string;
}

const JSON_TYPE = 'application/json';
const FEED_TYPE = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/**
 * What to fetch from an upstream, by kind, from its page's address.
 * @example upstreamEndpoints({ kind: 'statuspage', url: 'https://www.githubstatus.com', … })
 * // → summary at https://www.githubstatus.com/api/v2/summary.json, then incidents.json beside it
 */
export function upstreamEndpoints(upstream: Pick<Upstream, 'kind' | 'url'>): Endpoint[] {
  const at = (path: string) => new URL(path, pageBase(upstream.url)).href;
  switch (upstream.kind) {
    case 'statuspage':
      return [
        { key: 'summary', url: at('api/v2/summary.json'), required: true, accept: JSON_TYPE },
        // The 50 most recent, resolved ones too: what an incident's link to one of theirs needs.
        { key: 'incidents', url: at('api/v2/incidents.json'), required: false, accept: JSON_TYPE },
      ];
    case 'instatus':
      return [
        { key: 'summary', url: at('summary.json'), required: true, accept: JSON_TYPE },
        { key: 'components', url: at('v2/components.json'), required: false, accept: JSON_TYPE },
      ];
    case 'feed':
      return [{ key: 'feed', url: upstream.url, required: true, accept: FEED_TYPE }];
  }
}

const adapters: Record<UpstreamKind, Adapter> = { statuspage: readStatuspage, instatus: readInstatus, feed: readFeed };

/** A report, with what was odd but not fatal in the answers; or, when they say nothing usable, why. */
export type ReadAnswers =
  | { ok: true; report: UpstreamReport; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/**
 * Reads an upstream's answers into the common model: plain text within limits, links only to
 * where it lives, the maintainer's components (`keep` names more that a dependency needs), and
 * active items first.
 */
export function readAnswers(upstream: Upstream, answers: Answers, keep: readonly string[] = []): ReadAnswers {
  const urls = new Map(upstreamEndpoints(upstream).map((e) => [e.key, e.url]));
  const origin = (key: AnswerKey): Origin => ({ file: `${upstream.id} (${urls.get(key) ?? upstream.url})` });
  const adapted = adapters[upstream.kind](upstream, answers, origin);
  if (!adapted.ok) return adapted;
  const { components, missing } = selectComponents(adapted.report.components, upstream.components, keep);
  const where = origin(upstream.kind === 'feed' ? 'feed' : 'summary').file;
  const warnings = [
    ...adapted.warnings,
    ...missing.map((name): Problem => ({ file: where, message: `lists no component "${name}" (named in content/upstreams.yaml)` })),
    ...keep.filter((name) => !components.some((c) => matchesComponent(c, name)))
      .filter((name) => !missing.some((m) => sameComponentName(m, name)))
      .map((name): Problem => ({ file: where, message: `lists no component "${name}" (named in depends_on in content/components.yaml)` })),
  ];
  return { ok: true, report: { ...adapted.report, components, items: activeFirst(adapted.report.items) }, warnings };
}

/**
 * The components to show. With a selection: those, in its order, each once; one they do not list
 * stays, its state unknown. Without: all but group headings (their members are listed), at most
 * the limit, keeping any that `keep` names.
 */
function selectComponents(
  listed: readonly ListedComponent[], selection: readonly string[] | undefined, keep: readonly string[],
): { components: UpstreamComponent[]; missing: string[] } {
  if (selection) {
    const missing: string[] = [];
    const chosen: UpstreamComponent[] = [];
    for (const name of selection) {
      const found = listed.find(({ component }) => matchesComponent(component, name))?.component;
      if (!found) missing.push(name);
      const component = found ?? { id: '', name, group: null, state: 'unknown', reported: null };
      if (!chosen.includes(component)) chosen.push(component);
    }
    return { components: chosen.slice(0, UPSTREAM_LIMITS.components), missing };
  }
  const all = listed.filter((l) => !l.isGroup).map((l) => l.component);
  const kept = new Set(all.filter((c) => keep.some((name) => matchesComponent(c, name))).slice(0, UPSTREAM_LIMITS.components));
  let room = UPSTREAM_LIMITS.components - kept.size;
  return { components: all.filter((c) => kept.has(c) || (room-- > 0)), missing: [] };
}

/** Whether `name` (as a maintainer wrote it) names component `c`: its name or its id, in any case. */
export function matchesComponent(c: UpstreamComponent, name: string): boolean {
  return sameComponentName(c.name, name) || (c.id !== '' && sameComponentName(c.id, name));
}

/** Active items first (the page shows them), each id once, within the limit. */
function activeFirst(items: readonly UpstreamItem[]): UpstreamItem[] {
  const seen = new Set<string>();
  // An item without an id is never the same as another: two untitled incidents are two.
  const unique = items.filter((i) => i.id === '' || (!seen.has(`${i.kind}:${i.id}`) && seen.add(`${i.kind}:${i.id}`)));
  return [...unique.filter((i) => i.active), ...unique.filter((i) => !i.active)].slice(0, UPSTREAM_LIMITS.incidents);
}

/**
 * The component names of `upstream` that our components depend on, which a report keeps even
 * beyond the limit of components it lists.
 * @example dependencyNames('github', [{ depends_on: ['github/Actions', 'aws'] }]) // → ['Actions']
 */
export function dependencyNames(upstreamId: string, components: readonly Pick<Component, 'depends_on'>[]): string[] {
  return components.flatMap((c) => (c.depends_on ?? []).map(parseDependency))
    .flatMap((d) => (d.upstream === upstreamId && d.component !== undefined ? [d.component] : []));
}
