import type { GetStaticPaths } from 'astro';
import { getSiteData } from '../../data.ts';
import { componentBadge, pageBadge, PAGE_BADGE, toBadgeSvg, toShieldsEndpoint, type Badge } from '../../lib/badges.ts';

/** An SVG badge and a shields.io endpoint file for the page and for each component. */
export const getStaticPaths = (async () => {
  const { page, languages } = await getSiteData();
  // Machine outputs are made once, in the site's first language.
  const { t } = languages[0]!;
  const badges: [string, Badge][] = [
    [PAGE_BADGE, pageBadge(page.indicator, t)],
    ...page.components.map((v): [string, Badge] => [v.component.id, componentBadge(v.component.name, v.status, t)]),
  ];
  return badges.flatMap(([name, badge]) => (['svg', 'json'] as const).map((format) => ({ params: { name, format }, props: { badge, format } })));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { badge: Badge; format: 'svg' | 'json' } }) {
  const { badge, format } = props;
  return format === 'svg'
    ? new Response(toBadgeSvg(badge), { headers: { 'content-type': 'image/svg+xml' } })
    : new Response(JSON.stringify(toShieldsEndpoint(badge)), { headers: { 'content-type': 'application/json' } });
}
