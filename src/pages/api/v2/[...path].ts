import type { GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { toStatuspageApi } from '../../../lib/statuspage.ts';

/** Statuspage's public v2 API, one static JSON file per endpoint. */
export const getStaticPaths = (async () => {
  const { site, page } = await getSiteData();
  return Object.entries(toStatuspageApi(site, page)).map(([path, body]) => ({ params: { path }, props: { body } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: unknown } }) {
  return new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
}
