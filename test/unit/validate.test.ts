import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseComponents, parseIncidentFile, parseSiteSettings } from '../../src/lib/content/parse.ts';
import { issuesToIncidents } from '../../src/lib/github/issue-incident.ts';
import type { StatusIssue } from '../../src/lib/github/issue-data.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { validate } from '../../src/lib/validate.ts';

// Every message a maintainer reads, pinned: a change of wording shows up as a changed snapshot.

describe('validate', () => {
  const Thing = z.strictObject({ name: z.string(), kind: z.enum(['a', 'b']), tags: z.array(z.number()).optional(), by: z.record(z.string().regex(/^[a-z]+$/, 'must be lowercase'), z.string()).optional() });

  it('gives the value when the data is valid', () => {
    expect(validate(Thing, { name: 'n', kind: 'a' }, { file: 'f.yaml' })).toEqual({ ok: true, value: { name: 'n', kind: 'a' }, problems: [] });
  });

  it('words every kind of issue for a maintainer, one problem per unknown key, each located', () => {
    const result = validate(Thing, { kind: 'c', tags: ['1'], by: { Y: 'z' }, colour: 1, size: 2 }, { file: 'f.yaml', lineOf: (path) => path.length });
    expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
      "f.yaml:1  name: is required
      f.yaml:1  kind: must be one of a, b; got "c"
      f.yaml:1  colour: is not a known field (check the spelling)
      f.yaml:1  size: is not a known field (check the spelling)
      f.yaml:2  tags.0: must be a number, not "1"
      f.yaml:2  by.Y: has a key "Y" that must be lowercase"
    `);
  });

  it('keeps a message the schema sets itself', () => {
    const Named = z.object({ name: z.string({ error: 'give it a name' }) });
    expect(validate(Named, {}, { file: 'f.yaml' }).problems).toMatchInlineSnapshot(`
      [
        {
          "field": "name",
          "file": "f.yaml",
          "line": undefined,
          "message": "give it a name",
        },
      ]
    `);
  });
});

describe('content problems, as npm run check and the build print them', () => {
  const components = [{ id: 'api', name: 'Public API' }];

  it('an incident file with a mistake in every kind of field', () => {
    const text = `---
title: 42
kind: outage
impact: severe
components:
  api: broken
  cache: major_outage
started: 2026-11-20T14:02
updates:
  - at: 2026-11-20T14:05:00Z
    status: fixing
    body: Looking.
colour: red
---
`;
    expect(formatProblems(parseIncidentFile(text, 'incidents/bad.md', 'bad', components).problems)).toMatchInlineSnapshot(`
      "incidents/bad.md:2  title: must be text, not 42
      incidents/bad.md:3  kind: must be one of incident, maintenance, notice; got "outage"
      incidents/bad.md:4  impact: must be one of none, minor, major, critical; got "severe"
      incidents/bad.md:6  components.api: must be one of operational, under_maintenance, degraded_performance, partial_outage, major_outage; got "broken"
      incidents/bad.md:7  components.cache: unknown component "cache"; known ids: api
      incidents/bad.md:8  started: "2026-11-20T14:02" has no time zone: write it as 2026-11-20T14:02:00Z for UTC, or with an offset such as +01:00
      incidents/bad.md:11  updates.0.status: has an unexpected value "fixing"
      incidents/bad.md:13  colour: is not a known field (check the spelling)"
    `);
  });

  it('a file that is not front matter, a broken YAML file, and a file name unfit for URLs', () => {
    expect(formatProblems([
      ...parseIncidentFile('Just text', 'incidents/Bad Name.md', 'Bad Name', components).problems,
      ...parseComponents('- id: api\n  name: [unclosed', 'content/components.yaml').problems,
      ...parseSiteSettings('name: X\nurl: not a url\ntimezone: Mars/Olympus\n', 'content/site.yaml').problems,
    ])).toMatchInlineSnapshot(`
      "content/components.yaml:3  YAML syntax: unexpected end of the stream within a flow collection
      content/site.yaml:2  url: must be an absolute http(s) URL
      content/site.yaml:3  timezone: must be an IANA time zone such as Etc/UTC or Europe/Berlin
      incidents/Bad Name.md  the file name "Bad Name" is used in URLs: rename it to lowercase letters, digits, "-" and "_" only
      incidents/Bad Name.md:1  has no front matter: start the file with a "---" line, the fields, and another "---""
    `);
  });

  it('duplicate component ids', () => {
    expect(formatProblems(parseComponents('- id: api\n  name: A\n- id: api\n  name: B\n', 'content/components.yaml').problems)).toMatchInlineSnapshot(`"content/components.yaml:3  1.id: duplicate component id "api""`);
  });
});

describe('GitHub issue problems, as the build log prints them', () => {
  it('names the issue, the field and what was done about it', () => {
    const issue: StatusIssue = {
      number: 12, title: 'API errors', url: 'https://github.com/octo/status/issues/12',
      body: '### Impact\n\nsevere\n\n### Components\n\nNo such thing\n\n### Started\n\nyesterday',
      state: 'OPEN', stateReason: null, createdAt: '2026-11-20T14:00:00Z', closedAt: null,
      authorAssociation: 'MEMBER', author: { login: 'maintainer' }, pinned: false, labels: ['incident'], comments: [],
    };
    const { warnings } = issuesToIncidents([issue], { repo: 'octo/status', label: 'incident', trusted: ['MEMBER'], components: [{ id: 'api', name: 'Public API' }] });
    expect(formatProblems(warnings)).toMatchInlineSnapshot(`
      "octo/status#12  components: unknown component "No such thing"; known: api
      octo/status#12  impact: must be one of none, minor, major, critical; got "severe" (ignored)
      octo/status#12  started: "yesterday" is not a date-time; use ISO 8601 such as 2026-11-20T14:02:00Z (ignored)"
    `);
  });
});
