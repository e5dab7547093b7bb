/** Site-relative paths of every page, without a leading slash, so a `base` can go in front. */
export const pagePath = {
  home: '',
  incident: (id: string) => `incidents/${id}/`,
  component: (id: string) => `components/${id}/`,
  history: (page = 1) => (page === 1 ? 'history/' : `history/${page}/`),
  subscribe: 'subscribe/',
  rss: 'rss.xml',
  atom: 'history.atom',
  componentRss: (id: string) => `components/${id}/rss.xml`,
  calendar: 'maintenance.ics',
} as const;

/**
 * A link under the site's base path.
 * @example withBase('/status', 'incidents/a/') // → '/status/incidents/a/'
 */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/*$/, '/')}${path}`;
}

/**
 * An absolute URL under the site's public URL (which may have a path).
 * @example absoluteUrl('https://octo.github.io/status', 'rss.xml') // → 'https://octo.github.io/status/rss.xml'
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.replace(/\/*$/, '/')).href;
}
