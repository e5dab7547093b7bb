/**
 * An upstream's links go on our page only when they are plain web links to where that upstream
 * lives: http(s), no credentials, on the host of its configured address, or exactly the
 * shortlink its API gave for an incident.
 */

/**
 * `candidate` as an absolute http(s) link (resolved against `base` when relative and a base is given), or null.
 * @example webLink('/incidents/x', 'https://status.example.com') // → 'https://status.example.com/incidents/x'
 * @example webLink('javascript:alert(1)', 'https://status.example.com') // → null
 */
export function webLink(candidate: unknown, base?: string): string | null {
  if (typeof candidate !== 'string' || !candidate.trim() || candidate.length > 2_000) return null;
  let url: URL;
  try {
    url = new URL(candidate.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return url.href;
}

/**
 * `candidate` when it is a web link on the same host as `home` (the upstream's configured address), else null.
 * @example ownLink('https://www.githubstatus.com/incidents/abc', 'https://www.githubstatus.com') // → the link
 * @example ownLink('https://evil.example/x', 'https://www.githubstatus.com') // → null
 */
export function ownLink(candidate: unknown, home: string): string | null {
  const link = webLink(candidate, home);
  return link && new URL(link).host === new URL(home).host ? link : null;
}

/**
 * A link in a form that compares equal for the same page: no fragment or query, no trailing slash.
 * @example comparableLink('https://Status.example.com/incidents/a/?x=1#top') // → 'https://status.example.com/incidents/a'
 */
export function comparableLink(link: string): string | null {
  const href = webLink(link);
  if (!href) return null;
  const url = new URL(href);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * A page's address as a base for its own paths: one trailing slash, no query (a page may live under a path).
 * @example pageBase('https://octo.github.io/status') // → 'https://octo.github.io/status/'
 */
export function pageBase(url: string): string {
  const base = new URL(url);
  base.search = '';
  base.hash = '';
  base.pathname = base.pathname.replace(/\/*$/, '/');
  return base.href;
}
