import { describe, expect, it } from 'vitest';
import { parseSnapshot, serializeSnapshot, type GithubSnapshot } from '../../src/lib/github/snapshot.ts';
import { redactToken, resolveGithubSource } from '../../src/lib/github/source.ts';

const settings = { repo: 'octo/status', label: 'incident', trusted: ['OWNER' as const] };

describe('resolving the GitHub source', () => {
  it('is off without github: in site.yaml', () => {
    expect(resolveGithubSource(undefined, { GITHUB_TOKEN: 't' })).toEqual({ state: 'off' });
  });
  it('is skipped with one clear message without a token', () => {
    const resolved = resolveGithubSource(settings, {});
    expect(resolved).toEqual({ state: 'skipped', message: expect.stringMatching(/GITHUB_TOKEN/) });
  });
  it('takes GH_TOKEN, GITHUB_REPOSITORY over github.repo, and github.com endpoints by default', () => {
    expect(resolveGithubSource(settings, { GH_TOKEN: 't', GITHUB_REPOSITORY: 'acme/site' })).toEqual({
      state: 'on',
      source: {
        owner: 'acme', name: 'site', repo: 'acme/site', label: 'incident', trusted: ['OWNER'], token: 't',
        apiUrl: 'https://api.github.com', graphqlUrl: 'https://api.github.com/graphql',
      },
    });
  });
  it('derives the GraphQL endpoint of GitHub Enterprise Server, unless GITHUB_GRAPHQL_URL says', () => {
    const ghes = resolveGithubSource(settings, { GITHUB_TOKEN: 't', GITHUB_API_URL: 'https://ghe.example/api/v3' });
    expect(ghes.state === 'on' && ghes.source.graphqlUrl).toBe('https://ghe.example/api/graphql');
    const explicit = resolveGithubSource(settings, { GITHUB_TOKEN: 't', GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql' });
    expect(explicit.state === 'on' && explicit.source.graphqlUrl).toBe('http://127.0.0.1:9/graphql');
  });
  it('is invalid with a token but no repository', () => {
    expect(resolveGithubSource({ ...settings, repo: undefined }, { GITHUB_TOKEN: 't' }).state).toBe('invalid');
  });
  it('never quotes the token in a message', () => {
    expect(redactToken('fetch https://x?access_token=ghs_abc failed', 'ghs_abc')).toBe('fetch https://x?access_token=*** failed');
  });
});

describe('the last good snapshot', () => {
  const snapshot: GithubSnapshot = { format: 1, repo: 'octo/status', label: 'incident', fetchedAt: new Date('2026-11-20T15:00:00Z'), issues: [] };

  it('reads back what was saved', () => {
    expect(parseSnapshot(serializeSnapshot(snapshot), 'octo/status', 'incident')).toEqual({ snapshot });
  });
  it('is no snapshot when it holds another repository or label', () => {
    expect(parseSnapshot(serializeSnapshot(snapshot), 'octo/other', 'incident').reason).toMatch(/not octo\/other/);
  });
  it('is no snapshot when it is damaged', () => {
    expect(parseSnapshot('{"format":1,', 'octo/status', 'incident').reason).toMatch(/not valid JSON/);
  });
});
