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

interface WorkflowStep { uses?: string; run?: string; with?: Record<string, string> }
interface Workflow {
  on: Record<string, { types?: string[] } | null | { cron: string }[]>;
  permissions: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, { permissions?: Record<string, string>; steps: WorkflowStep[] }>;
}
const workflow = async (name: string) => parse(await read(`.github/workflows/${name}`)) as Workflow;

describe('the deploy workflow', () => {
  it('rebuilds on every issue change, comments, pushes and by hand, with least permissions', async () => {
    const deploy = await workflow('deploy.yml');
    expect((deploy.on.issues as { types: string[] }).types).toEqual(expect.arrayContaining(['opened', 'edited', 'closed', 'reopened', 'labeled', 'unlabeled', 'pinned', 'unpinned', 'deleted', 'transferred']));
    expect(Object.keys(deploy.on)).toEqual(expect.arrayContaining(['push', 'issue_comment', 'workflow_dispatch']));
    expect(deploy.permissions).toEqual({ contents: 'read', issues: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.deploy!.permissions).toBeUndefined();
    expect(deploy.concurrency?.group).toBeTruthy();
  });

  it('has no schedule of its own, so GitHub never disables it for inactivity', async () => {
    expect(Object.keys((await workflow('deploy.yml')).on)).not.toContain('schedule');
  });

  it('installs only what building needs, with the Node of .nvmrc and npm\'s cache', async () => {
    const steps = (await workflow('deploy.yml')).jobs.deploy!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
    const installs = steps.filter((s) => /\bnpm (ci|install|i)\b/.test(s.run ?? ''));
    expect(installs.map((s) => s.run)).toEqual([expect.stringMatching(/^npm ci --omit=dev\b/)]);
  });

  it('keeps Astro\'s cache and the GitHub snapshot between runs, restored after npm ci and saved after the deploy', async () => {
    const steps = (await workflow('deploy.yml')).jobs.deploy!.steps;
    // actions/cache saves when the job ends, after the deploy step, so saving never delays the page.
    const cached = steps.filter((s) => s.uses?.startsWith('actions/cache@')).map((s) => s.with?.path);
    expect(cached.sort()).toEqual(['.sitrep-cache', 'node_modules/.astro']);
    const at = (test: (s: WorkflowStep) => boolean) => steps.findIndex(test);
    const install = at((s) => s.run?.startsWith('npm ci') ?? false);
    const firstCache = at((s) => s.uses?.startsWith('actions/cache@') ?? false);
    const build = at((s) => s.run === 'npm run build');
    // npm ci empties node_modules, so Astro's cache comes back after it.
    expect([install < firstCache, firstCache < build]).toEqual([true, true]);
  });

  it('notifies only after the deploy, with the build\'s clock, the snapshot it saved and the ledger kept whatever happens', async () => {
    const { jobs } = parse(await read('.github/workflows/deploy.yml'));
    expect(jobs.notify.needs).toBe('deploy');
    expect(jobs.notify.if).toBeUndefined();
    const steps = jobs.notify.steps as { uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }[];
    const notify = steps.find((s) => s.run === 'npm run notify')!;
    expect(notify.env!.SITREP_NOW).toBe('${{ needs.deploy.outputs.now }}');
    expect(jobs.deploy.outputs.now).toBe('${{ steps.clock.outputs.now }}');
    expect(jobs.deploy.steps.find((s: { run?: string }) => s.run === 'npm run build').env.SITREP_NOW).toBe('${{ steps.clock.outputs.now }}');
    // Every secret arrives as an environment variable of the step, never written into a file.
    for (const [name, value] of Object.entries(notify.env!)) if (name !== 'SITREP_NOW') expect(value).toBe(`\${{ secrets.${name} }}`);
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache/restore@'))!;
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save@'))!;
    expect(steps.indexOf(restore)).toBeLessThan(steps.indexOf(notify));
    expect(save).toMatchObject({ if: 'always()', with: { path: '.sitrep-cache' } });
    expect(restore.with!.key).toBe('sitrep-github-${{ github.run_id }}-${{ github.run_attempt }}');
    const buildCache = (jobs.deploy.steps as WorkflowStep[]).find((s) => s.uses?.startsWith('actions/cache@') && s.with?.path === '.sitrep-cache')!;
    expect(buildCache.with!.key).toBe(restore.with!.key);
  });
});

describe('the scheduled rebuild', () => {
  it('runs every 15 minutes and may only enable and start workflows', async () => {
    const schedule = await workflow('schedule.yml');
    expect(schedule.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+,\S+,\S+,\S+ \* \* \* \*$/) }]);
    expect(schedule.permissions).toEqual({ actions: 'write' });
    expect(schedule.jobs.rebuild!.steps.map((s) => s.run).filter(Boolean)).toEqual(['.github/scripts/keep-schedule.sh --dispatch']);
  });

  it('is turned back on by the deploy workflow, in a job that may do nothing else', async () => {
    const job = (await workflow('deploy.yml')).jobs['keep-schedule']!;
    expect(job.permissions).toEqual({ actions: 'write' });
    expect(job.steps.map((s) => s.run).filter(Boolean)).toEqual(['.github/scripts/keep-schedule.sh']);
  });
});
