import { z } from 'zod';
import type { SiteSettings } from '../schema/site.ts';

/** GitHub's `CommentAuthorAssociation`, as `github.trusted` in site.yaml lists them. */
export type AuthorAssociation = NonNullable<SiteSettings['github']>['trusted'][number];

/*
 * Enum-like fields are read as strings: a value GitHub adds later must cost at most that issue's
 * trust or state, never the whole fetch. Trust compares against the configured list, so an
 * unknown association is simply not trusted.
 */
const Author = z.object({ login: z.string() }).nullable();

/** An issue comment as the GraphQL documents in `graphql.ts` ask for it. */
export const GithubComment = z.object({
  url: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  authorAssociation: z.string(),
  isMinimized: z.boolean(),
  author: Author,
});
export type GithubComment = z.infer<typeof GithubComment>;

const PageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });
export const CommentPage = z.object({ pageInfo: PageInfo, nodes: z.array(GithubComment) });

const GraphqlIssue = z.object({
  number: z.number().int(),
  title: z.string(),
  body: z.string(),
  url: z.string(),
  /** OPEN or CLOSED. */
  state: z.string(),
  /** COMPLETED, NOT_PLANNED, DUPLICATE, REOPENED or null. */
  stateReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  authorAssociation: z.string(),
  author: Author,
  labels: z.object({ nodes: z.array(z.object({ name: z.string() })) }),
  comments: CommentPage,
});
export type GraphqlIssue = z.infer<typeof GraphqlIssue>;

/** The `data` of one `StatusIssues` response. */
export const StatusIssuesPage = z.object({
  repository: z.object({
    pinnedIssues: z.object({ nodes: z.array(z.object({ issue: GraphqlIssue })) }),
    issues: z.object({ pageInfo: PageInfo, nodes: z.array(GraphqlIssue) }),
  }),
});

/** The `data` of one `MoreComments` response: `i0`, `i1`, … each with a comment page. */
export const MoreCommentsPage = z.object({
  repository: z.record(z.string(), z.object({ comments: CommentPage })),
});

/** An issue with all its comments, as fetched and as kept in the snapshot. */
export const StatusIssue = GraphqlIssue.omit({ labels: true, comments: true }).extend({
  pinned: z.boolean(),
  labels: z.array(z.string()),
  /** Oldest first, every page. */
  comments: z.array(GithubComment),
});
export type StatusIssue = z.infer<typeof StatusIssue>;

/** Flattens a GraphQL issue; `comments` are the pages fetched so far. */
export function toStatusIssue(issue: GraphqlIssue, pinned: boolean): StatusIssue {
  const { labels, comments, ...rest } = issue;
  return { ...rest, pinned, labels: labels.nodes.map((l) => l.name), comments: comments.nodes };
}
