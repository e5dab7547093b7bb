import { getCollection, getEntry } from 'astro:content';
import { buildTime } from './build-time.ts';
import type { Content } from './lib/content/read.ts';
import { buildStatusPage, type StatusPage } from './lib/status-page.ts';

export interface SiteData extends Content {
  page: StatusPage;
}

let data: Promise<SiteData> | undefined;

/** The validated content and the status page derived from it, computed once per build. */
export function getSiteData(): Promise<SiteData> {
  data ??= (async () => {
    const siteEntry = await getEntry('site', 'site');
    if (!siteEntry) throw new Error('content/site.yaml was not loaded');
    const content: Content = {
      site: siteEntry.data,
      components: (await getCollection('components')).map((e) => e.data),
      incidents: (await getCollection('incidents')).map((e) => e.data),
    };
    return { ...content, page: buildStatusPage(content, buildTime) };
  })();
  return data;
}
