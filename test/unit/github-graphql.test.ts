import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { moreCommentsQuery, PIN_ISSUE_MUTATION, STATUS_ISSUES_QUERY, UNPIN_ISSUE_MUTATION } from '../../src/lib/github/graphql.ts';

describe('the GraphQL documents Sitrep sends', () => {
  it.each([
    ['the pinned and labelled issues query', STATUS_ISSUES_QUERY],
    ['the long-thread query for one issue', moreCommentsQuery(1)],
    ['the long-thread query for twenty issues', moreCommentsQuery(20)],
    ['the mirror issue\'s pin mutation', PIN_ISSUE_MUTATION],
    ['the mirror issue\'s unpin mutation', UNPIN_ISSUE_MUTATION],
  ])('%s is valid against GitHub\'s published schema', (_, document) => {
    expect(validate(document).map((e) => e.message)).toEqual([]);
  });

  it('the validator does reject a field GitHub does not have', () => {
    expect(validate(STATUS_ISSUES_QUERY.replace('stateReason', 'stateReasonX'))).not.toEqual([]);
  });
});
