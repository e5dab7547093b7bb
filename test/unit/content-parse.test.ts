import { describe, expect, it } from 'vitest';
import { parseComponents, parseIncidentFile, parseSiteSettings } from '../../src/lib/content/parse.ts';
import type { Component } from '../../src/lib/schema/components.ts';

const components: Component[] = [
  { id: 'api', name: 'Public API' },
  { id: 'web', name: 'Web app' },
];
const FILE = 'incidents/example.md';
const parse = (frontMatter: string, body = '') => parseIncidentFile(`---\n${frontMatter.trim()}\n---\n${body}`, FILE, 'example', components);
const messages = (frontMatter: string) => parse(frontMatter).problems.map((p) => `${p.line ?? '-'} ${p.field ?? ''}: ${p.message}`);

describe('an incident file', () => {
  it('becomes an Incident with updates newest first and the end time of its resolution', () => {
    const { value, problems } = parse(`
title: Elevated error rates on the API
impact: major
components:
  api: partial_outage
started: 2026-11-20T14:02:00Z
scope: Writes fail.
eta: within the hour
updates:
  - at: 2026-11-20T15:30:00Z
    status: resolved
    body: Back to normal.
  - at: 2026-11-20T14:05:00Z
    status: investigating
    body: Looking into it.
`, 'Postmortem to follow.');
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      id: 'example',
      kind: 'incident',
      impact: 'major',
      components: [{ id: 'api', status: 'partial_outage' }],
      scope: 'Writes fail.',
      eta: 'within the hour',
      description: 'Postmortem to follow.',
      source: { type: 'file', path: FILE },
    });
    expect(value!.updates.map((u) => u.status)).toEqual(['resolved', 'investigating']);
    expect(value!.resolved).toEqual(new Date('2026-11-20T15:30:00Z'));
    expect(value!.updatedAt).toEqual(new Date('2026-11-20T15:30:00Z'));
  });

  it('accepts a plain list of components, which take their status from the impact', () => {
    const { value } = parse('title: Down\nimpact: critical\ncomponents: [api, web]\nstarted: 2026-11-20T14:02:00Z');
    expect(value!.components).toEqual([{ id: 'api', status: 'major_outage' }, { id: 'web', status: 'major_outage' }]);
  });

  it('takes its impact from the worst component status when none is given', () => {
    const { value } = parse('title: Down\ncomponents:\n  api: major_outage\nstarted: 2026-11-20T14:02:00Z');
    expect(value!.impact).toBe('critical');
  });

  it('reads an eta that looks like a time as a time, and rejects one without a zone', () => {
    expect(parse('title: x\nstarted: 2026-11-20T14:02:00Z\neta: 2026-11-20T16:00:00+01:00').value!.eta)
      .toEqual(new Date('2026-11-20T15:00:00Z'));
    expect(messages('title: x\nstarted: 2026-11-20T14:02:00Z\neta: 2026-11-20 16:00')).toEqual([
      '4 eta: "2026-11-20 16:00" has no time zone: write it as 2026-11-20T16:00:00Z for UTC, or with an offset such as +01:00',
    ]);
  });

  it('names an unknown component id with its line and the known ids', () => {
    expect(messages('title: x\nstarted: 2026-11-20T14:02:00Z\ncomponents:\n  api: major_outage\n  cache: partial_outage')).toEqual([
      '6 components.cache: unknown component "cache"; known ids: api, web',
    ]);
  });

  it('names an unknown component in a plain list too', () => {
    expect(messages('title: x\nstarted: 2026-11-20T14:02:00Z\ncomponents: [api, nope]')).toEqual([
      '4 components.nope: unknown component "nope"; known ids: api, web',
    ]);
  });

  it('rejects a resolution before the start', () => {
    expect(messages('title: x\nstarted: 2026-11-20T14:02:00Z\nresolved: 2026-11-20T13:00:00Z')).toEqual([
      '4 resolved: is before started',
    ]);
  });

  it('rejects an update status that does not fit the kind', () => {
    expect(messages(`
title: x
started: 2026-11-20T14:02:00Z
updates:
  - at: 2026-11-20T14:05:00Z
    status: completed`)).toEqual([
      '6 updates.0.status: "completed" is not a status for an incident; use one of investigating, identified, monitoring, resolved',
    ]);
    expect(messages(`
title: x
kind: maintenance
scheduled_for: 2026-11-20T14:00:00Z
scheduled_until: 2026-11-20T15:00:00Z
updates:
  - at: 2026-11-20T14:05:00Z
    status: resolved`)).toEqual([
      '8 updates.0.status: "resolved" is not a status for a maintenance; use one of scheduled, in_progress, verifying, completed',
    ]);
  });

  it('rejects times without a zone, dates alone, and dates that do not exist', () => {
    expect(messages('title: x\nstarted: 2026-11-20T14:02:00')[0]).toContain('3 started: "2026-11-20T14:02:00" has no time zone');
    expect(messages('title: x\nstarted: 2026-11-20')[0]).toContain('has no time zone: write it as 2026-11-20T00:00:00Z');
    expect(messages('title: x\nstarted: 2026-02-30T10:00:00Z')).toEqual(['3 started: "2026-02-30T10:00:00Z" is not a real date-time']);
    expect(messages('title: x\nstarted: yesterday')[0]).toContain('"yesterday" is not a date-time');
  });

  it('reports a missing title and start, and a maintenance without its window', () => {
    expect(messages('impact: minor')).toEqual(['2 title: is required: a short headline', '2 started: is required for an incident: when it began']);
    expect(messages('title: x\nkind: maintenance')).toEqual([
      '2 scheduled_for: is required for a maintenance: when the window starts',
      '2 scheduled_until: is required for a maintenance: when the window ends',
    ]);
    expect(messages('title: x\nkind: maintenance\nscheduled_for: 2026-11-20T15:00:00Z\nscheduled_until: 2026-11-20T14:00:00Z')).toEqual([
      '5 scheduled_until: must be after scheduled_for',
    ]);
  });

  it('reports misspelt fields and values outside the vocabulary, all at once', () => {
    expect(messages('title: x\nkind: outage\nimpact: huge\nstarted: 2026-11-20T14:02:00Z\nresovled: 2026-11-20T15:00:00Z\ncomponents:\n  api: down')).toEqual([
      '3 kind: must be one of incident, maintenance, notice; got "outage"',
      '4 impact: must be one of none, minor, major, critical; got "huge"',
      '8 components.api: must be one of operational, under_maintenance, degraded_performance, partial_outage, major_outage; got "down"',
      '6 resovled: is not a known field (check the spelling)',
    ]);
  });

  it('reports wrong types in words', () => {
    expect(messages('title: [a, b]\nstarted: 2026-11-20T14:02:00Z\nupstream:\n  - name: Provider\n    url: not a url')).toEqual([
      '2 title: must be text, not a list',
      '6 upstream.0.url: must be an absolute http(s) URL',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const { problems } = parse('title: x\nstarted: [2026-11-20T14:02:00Z\nimpact: minor');
    expect(problems[0]).toMatchObject({ file: FILE, message: expect.stringContaining('YAML syntax') });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file without front matter', () => {
    expect(parseIncidentFile('Just some text', FILE, 'example', components).problems).toEqual([
      { file: FILE, line: 1, message: 'has no front matter: start the file with a "---" line, the fields, and another "---"' },
    ]);
  });

  it('rejects a file name that cannot be a URL', () => {
    const { problems } = parseIncidentFile('---\ntitle: x\nstarted: 2026-11-20T14:02:00Z\n---\n', 'incidents/Big Outage.md', 'Big Outage', components);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('rename it to lowercase letters')]);
  });
});

describe('content/components.yaml', () => {
  it('rejects duplicate ids and bad ids with their lines', () => {
    const { problems } = parseComponents('- id: api\n  name: API\n- id: api\n  name: Again\n', 'content/components.yaml');
    expect(problems).toEqual([{ file: 'content/components.yaml', field: '1.id', line: 3, message: 'duplicate component id "api"' }]);
    const bad = parseComponents('- id: Public API\n  name: API\n  slo: 120\n', 'content/components.yaml').problems;
    expect(bad.map((p) => `${p.line} ${p.field}`)).toEqual(['1 0.id', '3 0.slo']);
  });
});

describe('content/site.yaml', () => {
  it('rejects an unknown time zone and a relative URL', () => {
    const { problems } = parseSiteSettings('name: X\nurl: /status\ntimezone: Mars/Olympus\n', 'content/site.yaml');
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '2 url: must be an absolute http(s) URL',
      '3 timezone: must be an IANA time zone such as Etc/UTC or Europe/Berlin',
    ]);
  });
});
