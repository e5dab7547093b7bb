import { getSiteData } from '../../data.ts';
import { toUpstreamsApi } from '../../lib/upstreams/api.ts';

/** The upstream services as the home page shows them, for machines; `api/v2/` stays about our own components. */
export async function GET() {
  const { upstreamReadings } = await getSiteData();
  return new Response(JSON.stringify(toUpstreamsApi(upstreamReadings)), { headers: { 'content-type': 'application/json' } });
}
