import type { AuthorAssociation } from './issue-data.ts';

/**
 * Whether an issue or comment may change the status page. Only the author's relation to the
 * repository counts: labels are not authorization, because GitHub applies an issue form's
 * labels whoever files it. A pinned issue counts because pinning is itself a maintainer action.
 * @example isTrusted({ authorAssociation: 'NONE' }, ['OWNER', 'MEMBER']) // → false
 */
export function isTrusted(
  item: { authorAssociation: string; pinned?: boolean },
  trusted: readonly AuthorAssociation[],
): boolean {
  return item.pinned === true || (trusted as readonly string[]).includes(item.authorAssociation);
}
