import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseComponents } from '../../src/lib/content/parse.ts';
import { parseIssueBody } from '../../src/lib/github/issue-body.ts';
import { ISSUE_FORMS, localizedForm } from '../../src/lib/github/issue-forms.ts';
import { LOCALES } from '../../src/lib/i18n/catalogue.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';
import { english, translatorFor } from '../support/i18n.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFile(path.join(root, file), 'utf8');
/** The example site's forms: the forms of a copy are its owner's, and tests never read them. */
const example = path.join(root, 'test/fixtures/example');
const readExample = (file: string) => readFile(path.join(example, file), 'utf8');

interface FormField { type: string; id?: string; attributes: { label?: string; options?: string[] } }

describe('the issue forms of the example site', () => {
  it.each(ISSUE_FORMS)('$path offers exactly the components of content/components.yaml, in English (npm run forms)', async ({ path: form, kind }) => {
    const components = parseComponents(await readExample('content/components.yaml'), 'content/components.yaml').value!;
    const text = await readExample(form);
    expect(localizedForm(text, kind, components, english)).toBe(text);
  });

  // A body as GitHub writes it from a form, every field filled with its first option or a time.
  const filledBody = (fields: FormField[]) =>
    fields.map((f) => `### ${f.attributes.label}\n\n${f.attributes.options?.[0] ?? '2026-12-03T06:00:00Z'}`).join('\n\n');

  for (const locale of LOCALES) {
    it.each(ISSUE_FORMS)(`$path in ${locale.tag} has only fields the issue-body parser reads`, async ({ path: form, kind }) => {
      const text = localizedForm(await readExample(form), kind, [{ id: 'api', name: 'API' }], createTranslator(locale));
      const fields = (parse(text) as { body: FormField[] }).body.filter((f) => f.type !== 'markdown');
      const parsed = parseIssueBody(filledBody(fields));
      expect(parsed.description).toBe('2026-12-03T06:00:00Z');
      expect(Object.keys(parsed.fields).sort()).toEqual(fields.map((f) => f.id).filter((id) => id !== 'description').sort());
      if (kind === 'outage') expect(parsed.fields.impact).toBe('minor');
    });
  }

  it('writes a form in the site\'s language, keeping its comments and ids', async () => {
    const text = localizedForm(await readExample(ISSUE_FORMS[0]!.path), 'outage', [{ id: 'db', name: 'Datenbank' }], translatorFor('de'));
    expect(text).toMatch(/^# Post an outage on the status page/);
    const form = parse(text) as { name: string; title: string; body: (FormField & { attributes: { value?: string; description?: string } })[] };
    expect(form.name).toBe('Störung');
    expect(form.title).toBe('Störung: ');
    expect(form.body[0]!.attributes.value).toContain('`/status identified`');
    expect(form.body.find((f) => f.id === 'impact')!.attributes).toMatchObject({ label: 'Auswirkung', options: expect.arrayContaining(['critical — der Dienst ist nicht erreichbar']) });
    expect(form.body.find((f) => f.id === 'components')!.attributes.options).toEqual(['Datenbank']);
    expect(form.body.find((f) => f.id === 'scope')!.attributes.description).toBe('Was nicht funktioniert und was noch funktioniert');
  });

  it('reads the English headings of a form in any language, and a site\'s own ones', () => {
    expect(parseIssueBody('### Auswirkung\n\nmajor — eine Funktion\n\n### Scope\n\nWrites fail.').fields).toEqual({ impact: 'major', scope: 'Writes fail.' });
    expect(parseIssueBody('### 影響範囲\n\n書き込みが失敗します').fields).toEqual({ scope: '書き込みが失敗します' });
    expect(parseIssueBody('### النطاق\n\nفشل الكتابة').fields).toEqual({ scope: 'فشل الكتابة' });
  });

  it('never lets one heading mean two fields across the languages', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      for (const [label, field] of (['impact', 'components', 'started', 'scheduledFor', 'scheduledUntil', 'scope', 'affected', 'alternatives', 'eta', 'upstream', 'description'] as const)
        .map((key) => [t.t(`form.${key}.label`).toLowerCase(), key] as const)) {
        if (seen.has(label) && seen.get(label) !== field) clashes.push(`${locale.tag}: "${label}" is ${field} and ${seen.get(label)}`);
        seen.set(label, field);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('rewrites the component choices when the components change', async () => {
    const text = await readExample(ISSUE_FORMS[0]!.path);
    const updated = localizedForm(text, 'outage', [{ id: 'db', name: 'Database' }], english);
    const components = (parse(updated) as { body: FormField[] }).body.find((f) => f.id === 'components')!;
    expect(components.attributes.options).toEqual(['Database']);
  });
});

interface WorkflowStep { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }
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
    // The kept folder is also where Node's compiled code is kept for the next run.
    expect(steps[build]!.env?.SITREP_CACHE_KEPT).toBe('true');
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
