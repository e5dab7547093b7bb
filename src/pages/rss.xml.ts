import rss from '@astrojs/rss';
import { getSiteData } from '../data.ts';
import { rssFeed } from '../lib/feeds/rss.ts';

export async function GET() {
  const { site, components, incidents } = await getSiteData();
  return rss(rssFeed(site, components, incidents));
}
