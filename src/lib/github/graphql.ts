/**
 * The GraphQL documents Sitrep sends to GitHub. Each is validated against GitHub's published
 * schema in a unit test (test/unit/github-graphql.test.ts).
 */

/** Issue comments are fetched 100 at a time, oldest first; longer threads continue below. */
export const COMMENTS_PAGE_SIZE = 100;
/** Labelled issues per request: 50 issues × (20 labels + 100 comments) stays far under GitHub's node limit. */
export const ISSUES_PAGE_SIZE = 50;

const COMMENT_FIELDS = `
  pageInfo { hasNextPage endCursor }
  nodes { url body createdAt authorAssociation isMinimized author { login } }`;

const ISSUE_FRAGMENT = `
fragment StatusIssue on Issue {
  number title body url state stateReason createdAt closedAt authorAssociation
  author { login }
  labels(first: 20) { nodes { name } }
  comments(first: ${COMMENTS_PAGE_SIZE}) {${COMMENT_FIELDS}
  }
}`;

/**
 * One page of issues with the label (open and closed, newest first) plus, on every page, the
 * pinned issues (at most three, and `pinnedIssues` has no further page to ask for).
 */
export const STATUS_ISSUES_QUERY = `
query StatusIssues($owner: String!, $name: String!, $label: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pinnedIssues(first: 3) { nodes { issue { ...StatusIssue } } }
    issues(first: ${ISSUES_PAGE_SIZE}, after: $cursor, labels: [$label], states: [OPEN, CLOSED],
           orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...StatusIssue }
    }
  }
}
${ISSUE_FRAGMENT}`;

/**
 * The next page of comments for several long threads in one request, one alias per issue
 * (`i0`, `i1`, …), so that N long threads cost one request per 100 comments, not N.
 * @example moreCommentsQuery(2) // variables: owner, name, n0, c0, n1, c1
 */
export function moreCommentsQuery(threads: number): string {
  const indexes = Array.from({ length: threads }, (_, i) => i);
  const variables = indexes.map((i) => `$n${i}: Int!, $c${i}: String`).join(', ');
  const fields = indexes
    .map((i) => `    i${i}: issue(number: $n${i}) { comments(first: ${COMMENTS_PAGE_SIZE}, after: $c${i}) {${COMMENT_FIELDS}
    } }`)
    .join('\n');
  return `
query MoreComments($owner: String!, $name: String!, ${variables}) {
  repository(owner: $owner, name: $name) {
${fields}
  }
}`;
}

/** Pins the mirror issue while its incident lasts (REST has no pinning). */
export const PIN_ISSUE_MUTATION = `
mutation PinIssue($issueId: ID!) {
  pinIssue(input: { issueId: $issueId }) { issue { number isPinned } }
}`;

/** Unpins the mirror issue when its incident ends. */
export const UNPIN_ISSUE_MUTATION = `
mutation UnpinIssue($issueId: ID!) {
  unpinIssue(input: { issueId: $issueId }) { issue { number isPinned } }
}`;
