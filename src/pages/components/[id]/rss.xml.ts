import type { GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { rootLanguage, rssResponse } from '../../../language-routes.ts';
import type { Component } from '../../../lib/schema/components.ts';

export const getStaticPaths = (async () => {
  const { components } = await getSiteData();
  return components.map((component) => ({ params: { id: component.id }, props: { component } }));
}) satisfies GetStaticPaths;

/** One component's incidents and maintenance, for subscribers who care about that component only. */
export async function GET({ props }: { props: { component: Component } }) {
  return rssResponse(await rootLanguage(), props.component);
}
