import { describe, expect, it } from 'vitest';
import { listValue, parseIssueBody } from '../../src/lib/github/issue-body.ts';

describe('reading an issue body', () => {
  it('reads an issue-form body, with _No response_ and None as empty', () => {
    const body = [
      '### Impact', '', 'Major — most customers', '',
      '### Components', '', 'Public API, web', '',
      '### Started', '', '2026-11-20T14:02:00Z', '',
      '### Scope', '', 'Writes fail.', '',
      '### Affected', '', '_No response_', '',
      '### Alternatives', '', 'None', '',
      '### ETA', '', 'within the hour', '',
      '### Upstream', '', '[Provider eu-west](https://status.provider.example/1)', 'Other: https://other.example/2', '',
      '### Description', '', 'We are **on it**.',
    ].join('\n');
    expect(parseIssueBody(body)).toEqual({
      format: 'form',
      fields: {
        impact: 'major', components: ['Public API', 'web'], started: '2026-11-20T14:02:00Z', scope: 'Writes fail.',
        eta: 'within the hour',
        upstream: [{ name: 'Provider eu-west', url: 'https://status.provider.example/1' }, { name: 'Other', url: 'https://other.example/2' }],
      },
      description: 'We are **on it**.',
      problems: [],
    });
  });

  it('keeps sections it does not know as description, headings and all', () => {
    const parsed = parseIssueBody('### Impact\n\nminor\n\n### Logs\n\nsomething odd');
    expect(parsed.description).toBe('### Logs\n\nsomething odd');
  });

  it('does not split at ### inside a fenced block', () => {
    const parsed = parseIssueBody('### Description\n\n```\n### not a field\n```\n\n### Scope\n\nAll of it');
    expect(parsed.description).toBe('```\n### not a field\n```');
    expect(parsed.fields.scope).toBe('All of it');
  });

  it('takes an empty render: block as empty, and CRLF line ends as LF', () => {
    expect(parseIssueBody('### Scope\r\n\r\n```text\r\n\r\n```\r\n\r\n### Impact\r\n\r\nminor').fields).toEqual({ impact: 'minor' });
  });

  it('reports upstream lines it cannot read, and keeps the others', () => {
    const parsed = parseIssueBody('### Upstream\n\nsee the provider page\nhttps://status.example.org/x');
    expect(parsed.fields.upstream).toEqual([{ name: 'status.example.org', url: 'https://status.example.org/x' }]);
    expect(parsed.problems).toEqual([{ field: 'upstream', message: expect.stringContaining('see the provider page') }]);
  });

  it('reads YAML front matter, keeping times as text', () => {
    const parsed = parseIssueBody('---\nimpact: critical\ncomponents: { api: major_outage }\nstarted: 2026-11-20T14:02:00Z\n---\nDetails here.');
    expect(parsed).toEqual({
      format: 'front-matter',
      fields: { impact: 'critical', components: { api: 'major_outage' }, started: '2026-11-20T14:02:00Z' },
      description: 'Details here.',
      problems: [],
    });
  });

  it('ignores broken front matter with a problem, keeping all the text', () => {
    const parsed = parseIssueBody('---\nimpact: [major\n---\nText');
    expect(parsed.fields).toEqual({});
    expect(parsed.description).toBe('---\nimpact: [major\n---\nText');
    expect(parsed.problems[0]!.message).toMatch(/front matter ignored/);
  });

  it.each([
    ['a horizontal rule and no closing one', '---\nSome text here\n\nmore'],
    ['a block with no incident field', '---\n\nNote: we are on it\n---\nmore'],
  ])('takes a body that opens with --- as Markdown when it is %s', (_, body) => {
    expect(parseIssueBody(body)).toEqual({ format: 'markdown', fields: {}, description: body, problems: [] });
  });

  it('takes plain Markdown as the description', () => {
    expect(parseIssueBody('The API is down.\n\n## Details\n\nmore')).toEqual({
      format: 'markdown', fields: {}, description: 'The API is down.\n\n## Details\n\nmore', problems: [],
    });
  });
});

describe('reading a list field', () => {
  it('takes checked boxes, whatever the case of the x', () => {
    expect(listValue('- [x] API\n- [ ] Web\n- [X] DB')).toEqual(['API', 'DB']);
  });
  it('splits a multi-select dropdown on commas', () => {
    expect(listValue('Public API, Web app')).toEqual(['Public API', 'Web app']);
  });
});
