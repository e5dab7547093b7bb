import { z } from 'zod';

/** How an upstream publishes its status, which decides what Sitrep asks it for. */
export const UpstreamKind = z.enum(['statuspage', 'instatus', 'feed']);
export type UpstreamKind = z.infer<typeof UpstreamKind>;

export const UpstreamId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes, e.g. "github"');

/** Host names that reach this machine only: the one place plain http is allowed (local test servers). */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** Whether a URL's host is this machine. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK_HOST.test(url.hostname);
}

/**
 * An upstream's public status page (or feed): https, or http on a loopback address. A build
 * fetches it with no credentials, so a user name or password in it is refused.
 */
const UpstreamUrl = z.string({ error: 'must be an absolute https URL' }).superRefine((text, ctx) => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: `must be an absolute https URL; got ${JSON.stringify(text)}` });
    return;
  }
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url)))) {
    ctx.addIssue({ code: 'custom', message: 'must be an https URL (plain http only for a local address such as 127.0.0.1)' });
  } else if (url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'must not carry a user name or password' });
  }
});

export const Upstream = z
  .strictObject({
    id: UpstreamId,
    name: z.string().trim().min(1, 'must not be empty'),
    url: UpstreamUrl,
    kind: UpstreamKind.default('statuspage'),
    /** Only these of their components, by name or id in any case; all of them when absent. */
    components: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'must name at least one component, or be left out for all').optional(),
  })
  .superRefine((upstream, ctx) => {
    if (upstream.kind === 'feed' && upstream.components) {
      ctx.addIssue({ code: 'custom', path: ['components'], message: 'a feed has no components: leave components out' });
    }
    // Their API paths are found from the page's address; an API file given instead would be asked for its own API.
    if (upstream.kind !== 'feed' && /\.json$/i.test(safePathname(upstream.url))) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'must be the status page\'s address, such as https://www.githubstatus.com, not one of its API files' });
    }
  });
export type Upstream = z.infer<typeof Upstream>;
export type UpstreamInput = z.input<typeof Upstream>;

export const UpstreamsFile = z.array(Upstream);

function safePathname(text: string): string {
  try {
    return new URL(text).pathname;
  } catch {
    return '';
  }
}

/** One entry of a component's `depends_on`: an upstream, or one of its components by name or id. */
export interface Dependency {
  upstream: string;
  /** As written; matched by name or id in any case. */
  component?: string;
}

/**
 * Reads a `depends_on` entry. Component names may hold a slash; upstream ids cannot, so the first one splits.
 * @example parseDependency('github/Actions') // → { upstream: 'github', component: 'Actions' }
 */
export function parseDependency(text: string): Dependency {
  const slash = text.indexOf('/');
  if (slash < 0) return { upstream: text.trim() };
  return { upstream: text.slice(0, slash).trim(), component: text.slice(slash + 1).trim() };
}

/**
 * Whether two names of an upstream component are the same: any case, spacing trimmed.
 * @example sameComponentName(' api requests', 'API Requests') // → true
 */
export function sameComponentName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
