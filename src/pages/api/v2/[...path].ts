import type { GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { statuspageEndpoints, type StatuspageEndpoint } from '../../../lib/schema/statuspage-api.ts';
import { toStatuspageApi } from '../../../lib/statuspage-api.ts';
import { formatProblems } from '../../../lib/problems.ts';
import { validate } from '../../../lib/validate.ts';

/** Statuspage's public v2 API, one static JSON file per endpoint. */
export const getStaticPaths = (async () => {
  const { site, page } = await getSiteData();
  const api = toStatuspageApi(site, page);
  return (Object.keys(statuspageEndpoints) as StatuspageEndpoint[]).map((path) => {
    // Strict clients reject any drift from Statuspage's shapes: fail the build rather than publish it.
    const checked = validate(statuspageEndpoints[path], api[path], { file: `api/v2/${path}` });
    if (!checked.ok) throw new Error(`The Statuspage API does not match Statuspage's shapes:\n${formatProblems(checked.problems)}`);
    return { params: { path }, props: { body: api[path] } };
  });
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: unknown } }) {
  return new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
}
