import rss from '@astrojs/rss';
import type { GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { rssFeed } from '../../../lib/feeds/rss.ts';
import type { Component } from '../../../lib/schema/components.ts';

export const getStaticPaths = (async () => {
  const { components } = await getSiteData();
  return components.map((component) => ({ params: { id: component.id }, props: { component } }));
}) satisfies GetStaticPaths;

/** One component's incidents and maintenance, for subscribers who care about that component only. */
export async function GET({ props }: { props: { component: Component } }) {
  const { site, components, incidents } = await getSiteData();
  return rss(rssFeed(site, components, incidents, props.component));
}
