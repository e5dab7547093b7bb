import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseComponents } from '../../src/lib/content/parse.ts';
import { parseIssueBody } from '../../src/lib/github/issue-body.ts';
import { ISSUE_FORMS, withComponentChoices } from '../../src/lib/github/issue-forms.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFile(path.join(root, file), 'utf8');
/** The example site's forms: the forms of a copy are its owner's, and tests never read them. */
const example = path.join(root, 'test/fixtures/example');
const readExample = (file: string) => readFile(path.join(example, file), 'utf8');

interface FormField { type: string; id?: string; attributes: { label?: string; options?: string[] } }

describe('the issue forms of the example site', () => {
  it.each(ISSUE_FORMS)('%s offers exactly the components of content/components.yaml (npm run forms)', async (form) => {
    const components = parseComponents(await readExample('content/components.yaml'), 'content/components.yaml').value!;
    const text = await readExample(form);
    expect(withComponentChoices(text, components)).toBe(text);
  });

  it.each(ISSUE_FORMS)('%s has only fields the issue-body parser reads', async (form) => {
    const fields = (parse(await readExample(form)) as { body: FormField[] }).body.filter((f) => f.type !== 'markdown');
    // A body as GitHub writes it from this form, every field filled with its first option or "x".
    const body = fields.map((f) => `### ${f.attributes.label}\n\n${f.attributes.options?.[0] ?? '2026-12-03T06:00:00Z'}`).join('\n\n');
    const parsed = parseIssueBody(body);
    expect(parsed.description).toBe('2026-12-03T06:00:00Z');
    expect(Object.keys(parsed.fields).sort()).toEqual(fields.map((f) => f.id).filter((id) => id !== 'description').sort());
  });

  it('rewrites the component choices when the components change', async () => {
    const text = await readExample(ISSUE_FORMS[0]!);
    const updated = withComponentChoices(text, [{ id: 'db', name: 'Database' }]);
    const components = (parse(updated) as { body: FormField[] }).body.find((f) => f.id === 'components')!;
    expect(components.attributes.options).toEqual(['Database']);
  });
});

describe('the deploy workflow', () => {
  it('rebuilds on every issue change, comments, a schedule, pushes and by hand, with least permissions', async () => {
    const workflow = parse(await read('.github/workflows/deploy.yml'));
    expect(workflow.on.issues.types).toEqual(expect.arrayContaining(['opened', 'edited', 'closed', 'reopened', 'labeled', 'unlabeled', 'pinned', 'unpinned', 'deleted', 'transferred']));
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'issue_comment', 'schedule', 'workflow_dispatch']));
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency.group).toBeTruthy();
  });

  it('keeps the GitHub snapshot between runs', async () => {
    const steps = parse(await read('.github/workflows/deploy.yml')).jobs.build.steps as { uses?: string; with?: { path?: string } }[];
    expect(steps.some((s) => s.uses?.startsWith('actions/cache@') && s.with?.path === '.sitrep-cache')).toBe(true);
  });

  it('notifies only after the deploy, with the build\'s clock, the snapshot it saved and the ledger kept whatever happens', async () => {
    const { jobs } = parse(await read('.github/workflows/deploy.yml'));
    expect(jobs.notify.needs).toEqual(['build', 'deploy']);
    expect(jobs.notify.if).toBeUndefined();
    const steps = jobs.notify.steps as { uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }[];
    const notify = steps.find((s) => s.run === 'npm run notify')!;
    expect(notify.env!.SITREP_NOW).toBe('${{ needs.build.outputs.now }}');
    expect(jobs.build.steps.find((s: { run?: string }) => s.run === 'npm run build').env.SITREP_NOW).toBe('${{ steps.clock.outputs.now }}');
    // Every secret arrives as an environment variable of the step, never written into a file.
    for (const [name, value] of Object.entries(notify.env!)) if (name !== 'SITREP_NOW') expect(value).toBe(`\${{ secrets.${name} }}`);
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache/restore@'))!;
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save@'))!;
    expect(steps.indexOf(restore)).toBeLessThan(steps.indexOf(notify));
    expect(save).toMatchObject({ if: 'always()', with: { path: '.sitrep-cache' } });
    expect(restore.with!.key).toBe('sitrep-github-${{ github.run_id }}-${{ github.run_attempt }}');
  });
});
