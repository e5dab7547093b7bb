import { getSiteData } from '../data.ts';
import { toAtomFeed } from '../lib/feeds/atom.ts';

export async function GET() {
  const { site, components, incidents, page } = await getSiteData();
  return new Response(toAtomFeed(site, components, incidents, page.now), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
