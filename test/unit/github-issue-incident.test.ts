import { describe, expect, it } from 'vitest';
import type { StatusIssue } from '../../src/lib/github/issue-data.ts';
import { issuesToIncidents, type GithubMapping } from '../../src/lib/github/issue-incident.ts';

const mapping: GithubMapping = {
  repo: 'octo/status',
  label: 'incident',
  trusted: ['OWNER', 'MEMBER', 'COLLABORATOR'],
  components: [{ id: 'api', name: 'Public API' }, { id: 'web', name: 'Web app' }, { id: 'eu', name: 'Delivery, EU region' }],
};

const issue = (fields: Partial<StatusIssue> = {}): StatusIssue => ({
  number: 7, title: 'API errors', body: '', url: 'https://github.com/octo/status/issues/7',
  state: 'OPEN', stateReason: null, createdAt: '2026-11-20T14:00:00Z', closedAt: null,
  authorAssociation: 'MEMBER', author: { login: 'maintainer' }, pinned: false, labels: ['incident'], comments: [],
  ...fields,
});

const comment = (body: string, createdAt: string, authorAssociation: StatusIssue['authorAssociation'] = 'MEMBER') => ({
  url: `https://github.com/octo/status/issues/7#c-${createdAt}`, body, createdAt, authorAssociation, isMinimized: false, author: { login: 'x' },
});

const one = (i: StatusIssue) => {
  const result = issuesToIncidents([i], mapping);
  return { ...result, incident: result.incidents[0] };
};

describe('mapping GitHub issues onto incidents', () => {
  it('an open issue is an ongoing incident that began when it was filed, with id issue-<number>', () => {
    const { incident } = one(issue());
    expect(incident).toMatchObject({ id: 'issue-7', kind: 'incident', title: 'API errors', resolved: null, source: { type: 'github', number: 7 } });
    expect(incident!.started).toEqual(new Date('2026-11-20T14:00:00Z'));
  });

  it('an issue closed as completed is resolved when it was closed', () => {
    const { incident } = one(issue({ state: 'CLOSED', stateReason: 'COMPLETED', closedAt: '2026-11-20T15:30:00Z' }));
    expect(incident!.resolved).toEqual(new Date('2026-11-20T15:30:00Z'));
  });

  it('a closed-as-not-planned issue is withdrawn, not resolved, and shown nowhere', () => {
    const result = one(issue({ state: 'CLOSED', stateReason: 'NOT_PLANNED', closedAt: '2026-11-20T15:30:00Z' }));
    expect(result.incidents).toEqual([]);
    expect(result.withdrawn).toBe(1);
  });

  it('a reopened issue is ongoing again, even after a resolved update', () => {
    const { incident } = one(issue({ stateReason: 'REOPENED', comments: [comment('/status resolved\nFixed.', '2026-11-20T15:00:00Z')] }));
    expect(incident!.resolved).toBeNull();
  });

  it('leaves out issues and comments from authors who are not trusted, and counts them', () => {
    const result = issuesToIncidents([
      issue({ number: 1, authorAssociation: 'NONE', title: 'Fake outage' }),
      issue({ number: 2, comments: [comment('Ha, pwned', '2026-11-20T14:10:00Z', 'CONTRIBUTOR'), comment('Looking into it', '2026-11-20T14:20:00Z')] }),
    ], mapping);
    expect(result.incidents.map((i) => i.id)).toEqual(['issue-2']);
    expect(result.incidents[0]!.updates.map((u) => u.body)).toEqual(['Looking into it']);
    expect(result.untrusted).toEqual({ issues: 1, comments: 1 });
  });

  it('does not trust an author association it does not know', () => {
    expect(one(issue({ authorAssociation: 'SOMETHING_NEW' })).incidents).toEqual([]);
  });

  it('shows a pinned issue whoever filed it, as a notice when it lacks the label', () => {
    const { incident } = one(issue({ authorAssociation: 'NONE', pinned: true, labels: [] }));
    expect(incident).toMatchObject({ kind: 'notice', impact: 'none' });
  });

  it('turns trusted comments into updates, oldest first, with states carried forward', () => {
    const { incident } = one(issue({
      comments: [
        comment('Looking.', '2026-11-20T14:05:00Z'),
        comment('/status identified\nA bad deploy.', '2026-11-20T14:20:00Z'),
        comment('Rolling back.', '2026-11-20T14:30:00Z'),
        comment('**Monitoring** - Error rates are falling.', '2026-11-20T14:50:00Z'),
      ],
    }));
    expect(incident!.updates.map((u) => [u.status, u.body]).reverse()).toEqual([
      ['investigating', 'Looking.'], ['identified', 'A bad deploy.'], ['identified', 'Rolling back.'], ['monitoring', 'Error rates are falling.'],
    ]);
  });

  it('names components by id or display name, any case, and from component: labels', () => {
    const { incident, warnings } = one(issue({ body: '### Components\n\npublic api, Nope', labels: ['incident', 'component:web', 'impact:critical'] }));
    expect(incident!.components).toEqual([{ id: 'api', status: 'major_outage' }, { id: 'web', status: 'major_outage' }]);
    expect(incident!.impact).toBe('critical');
    expect(warnings).toEqual([{ file: 'octo/status#7', field: 'components', message: expect.stringContaining('unknown component "Nope"') }]);
  });

  it('reads a multi-select dropdown whose component names hold commas', () => {
    const { incident, warnings } = one(issue({ body: '### Components\n\nDelivery, EU region, Web app' }));
    expect(incident!.components.map((c) => c.id)).toEqual(['eu', 'web']);
    expect(warnings).toEqual([]);
  });

  it('shows an issue with a bad field, without that field, and warns naming the issue', () => {
    const { incident, warnings } = one(issue({ body: '### Impact\n\nhuge\n\n### Started\n\n14:02 yesterday\n\n### Scope\n\nWrites fail.' }));
    expect(incident).toMatchObject({ scope: 'Writes fail.', impact: 'minor' });
    expect(incident!.started).toEqual(new Date('2026-11-20T14:00:00Z'));
    expect(warnings.map((w) => `${w.file} ${w.field}`)).toEqual(['octo/status#7 impact', 'octo/status#7 started']);
  });

  it('reads a maintenance from its window and maps its comments onto maintenance states', () => {
    const { incident, warnings } = one(issue({
      body: '### Components\n\napi\n\n### Scheduled for\n\n2026-12-03T06:00:00Z\n\n### Scheduled until\n\n2026-12-03T07:00:00Z',
      comments: [comment('/status in progress', '2026-12-03T06:00:00Z'), comment('/status identified', '2026-12-03T06:10:00Z')],
    }));
    expect(incident).toMatchObject({ kind: 'maintenance', scheduledFor: new Date('2026-12-03T06:00:00Z'), components: [{ id: 'api', status: 'under_maintenance' }] });
    expect(incident!.updates.map((u) => u.status)).toEqual(['in_progress', 'in_progress']);
    expect(warnings[0]!.message).toMatch(/"identified" is not a status here/);
  });

  it('ignores a kind it does not know, with a warning', () => {
    const { incident, warnings } = one(issue({ labels: ['incident', 'kind:outage'] }));
    expect(incident!.kind).toBe('incident');
    expect(warnings).toEqual([{ file: 'octo/status#7', field: 'kind', message: expect.stringContaining('got "outage"') }]);
  });

  it('does not show a maintenance without a window, and says why', () => {
    const result = one(issue({ labels: ['incident', 'kind:maintenance'] }));
    expect(result.incidents).toEqual([]);
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/cannot be shown/);
  });

  it('keeps markup out of titles', () => {
    const { incident } = one(issue({ title: 'Outage <img src=x onerror=alert(1)><script>alert(2)</script> &lt;script&gt;' }));
    expect(incident!.title).toBe('Outage');
    expect(one(issue({ title: 'Two <b>bold</b>  words' })).incident!.title).toBe('Two bold words');
  });

  it('links to the issue only through an http(s) address', () => {
    expect(one(issue({ url: 'javascript:alert(1)' })).incident!.source).toEqual({ type: 'github', url: 'https://github.com/octo/status/issues/7', number: 7 });
  });

  it('shows a real bug-report form body, which names no status field, whole as the description', () => {
    const body = [
      '### Name and Version', '', 'version: 5015 (59f596e5)', '',
      '### Operating systems', '', 'Linux', '',
      '### Command line', '', '```shell', '$ ./llama-gguf-split --merge --dry-run', '```', '',
      '### First Bad Commit', '', '_No response_',
    ].join('\n');
    const { incident, warnings } = one(issue({ body }));
    expect(incident!.description).toBe(body);
    expect(warnings).toEqual([]);
  });

  it('reads a YAML alias bomb without expanding it: its keys are unknown fields, dropped with warnings', () => {
    // A "billion laughs" alias bomb: aliases stay shared references, so nothing grows.
    const bomb = ['---', 'impact: minor', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`), '---', ''].join('\n');
    const result = issuesToIncidents([issue({ number: 1, body: bomb }), issue({ number: 2 })], mapping);
    expect(result.incidents.map((i) => i.id)).toEqual(['issue-1', 'issue-2']);
    expect(result.incidents[0]).toMatchObject({ impact: 'minor' });
    expect(result.warnings).toHaveLength(13);
    expect(result.warnings[0]).toMatchObject({ file: 'octo/status#1', field: 'a0', message: expect.stringContaining('not a known field') });
  });

  it('reads front matter, dropping unknown keys with a warning', () => {
    const { incident, warnings } = one(issue({ body: '---\nimpact: minor\ncomponents: [web]\nsevere: yes\n---\nMore.' }));
    expect(incident).toMatchObject({ impact: 'minor', description: 'More.', components: [{ id: 'web', status: 'degraded_performance' }] });
    expect(warnings).toEqual([{ file: 'octo/status#7', field: 'severe', message: expect.stringContaining('not a known field') }]);
  });
});
