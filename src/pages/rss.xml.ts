import rss from '@astrojs/rss';
import { getSiteData } from '../data.ts';
import { toRssItems } from '../lib/feeds/rss.ts';
import { absoluteUrl, pagePath } from '../lib/urls.ts';

export async function GET() {
  const { site, components, incidents } = await getSiteData();
  const names = new Map(components.map((c) => [c.id, c.name]));
  return rss({
    title: `${site.name} status`,
    description: site.description || `Incidents and maintenance of ${site.name}`,
    site: absoluteUrl(site.url, pagePath.home),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${absoluteUrl(site.url, pagePath.rss)}" rel="self" type="application/rss+xml"/>`,
    items: toRssItems(incidents, site.url, site.timezone, names),
  });
}
