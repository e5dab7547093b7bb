import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { runScript } from '../support/run-script.ts';

const exec = promisify(execFile);
const gitIn = (dir: string, ...args: string[]) =>
  exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: dir });
// No test reaches a registry: npm resolves the lockfile from what is on disk.
const offline = { npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };

async function writeFiles(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (text === null) await rm(target, { force: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
}

const packageJson = (fields: Record<string, unknown>) => `${JSON.stringify({ name: 'sitrep', version: '1.0.0', private: true, type: 'module', ...fields }, null, 2)}\n`;
const lines = (n: number, last: string) => `${Array.from({ length: n }, (_, i) => `export const line${i} = ${i};`).join('\n')}\n${last}\n`;

/** A small Sitrep: generator files, an example site, an issue form, package files. */
const sitrepV1 = {
  'package.json': packageJson({ scripts: { build: 'node scripts/build.ts', test: 'node --test' } }),
  'src/lib/wording.ts': 'export const title = "Status";\nexport const footer = "Powered by Sitrep";\n',
  'src/lib/format.ts': `// Formatting helpers.\n${lines(12, 'export const last = "v1";')}`,
  'src/lib/old.ts': 'export const old = true;\n',
  'scripts/build.ts': 'console.log("build v1");\n',
  '.ci/run': '#!/bin/sh\nnpm test\n',
  '.github/workflows/deploy.yml': 'name: Deploy v1\n',
  '.github/ISSUE_TEMPLATE/outage.yml': 'name: Outage\n',
  'content/site.yaml': 'name: Example\nurl: https://status.example.com\n',
  'incidents/example.md': '---\ntitle: An example\n---\n',
  'README.md': '# Sitrep v1\n',
};
/** The newer Sitrep: generator changes, and example content changes that must not reach a copy. */
const sitrepV2 = {
  'package.json': packageJson({ version: '1.1.0', scripts: { build: 'node scripts/build.ts', test: 'node --test', lint: 'node scripts/lint.ts' } }),
  'src/lib/wording.ts': 'export const title = "Current status";\nexport const footer = "Powered by Sitrep";\n',
  'src/lib/format.ts': `// Formatting helpers.\n${lines(12, 'export const last = "v2";')}`,
  'src/lib/old.ts': null,
  'src/lib/new-module.ts': 'export const added = true;\n',
  'scripts/build.ts': 'console.log("build v2");\n',
  '.github/workflows/deploy.yml': 'name: Deploy v2\n',
  '.github/ISSUE_TEMPLATE/outage.yml': 'name: Outage v2\n',
  'content/site.yaml': 'name: Example v2\nurl: https://status.example.com\n',
  'incidents/example.md': '---\ntitle: An example, v2\n---\n',
  'incidents/another-example.md': '---\ntitle: Another example\n---\n',
  'README.md': '# Sitrep v2\n',
};
/** What the copy's owner did after copying v1 with "Use this template". */
const userChanges = {
  'content/site.yaml': 'name: Acme\nurl: https://status.acme.example\n',
  'incidents/example.md': null,
  'incidents/our-outage.md': '---\ntitle: Our outage\n---\n',
  // The same line Sitrep changes: a conflict.
  'src/lib/wording.ts': 'export const title = "Acme status";\nexport const footer = "Powered by Sitrep";\n',
  // A line far from Sitrep's change: merged.
  'src/lib/format.ts': `// Formatting helpers, with Acme's tweak.\n${lines(12, 'export const last = "v1";')}`,
  'src/lib/mine.ts': 'export const mine = true;\n',
  'notes.md': '# Our runbook\n',
  'vendor/acme-theme/package.json': '{ "name": "acme-theme", "version": "1.0.0" }\n',
};

describe('npm run update-sitrep from a local upstream', () => {
  let work: string;
  let upstream: string;
  let copy: string;
  let v2: string;
  let first: { code: number; out: string };
  const read = (file: string) => readFile(path.join(copy, file), 'utf8');

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'sitrep-update-'));
    upstream = path.join(work, 'upstream');
    copy = path.join(work, 'copy');
    await mkdir(upstream);
    await gitIn(upstream, 'init', '-q');
    await writeFiles(upstream, sitrepV1);
    await cp(path.join(projectRoot, 'sitrep-files.yaml'), path.join(upstream, 'sitrep-files.yaml'));
    await chmod(path.join(upstream, '.ci/run'), 0o755);
    await exec('npm', ['install', '--package-lock-only'], { cwd: upstream, env: { ...process.env, ...offline } });
    await gitIn(upstream, 'add', '-A');
    await gitIn(upstream, 'commit', '-q', '-m', 'Sitrep v1');

    // "Use this template": the same files, in a repository with its own history.
    await cp(upstream, copy, { recursive: true, filter: (src) => path.basename(src) !== '.git' });
    await writeFiles(copy, userChanges);
    const pkg = JSON.parse(await read('package.json'));
    pkg.dependencies = { 'acme-theme': 'file:vendor/acme-theme' };
    pkg.scripts['deploy:preview'] = 'npm run build';
    await writeFile(path.join(copy, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    await exec('npm', ['install', '--package-lock-only'], { cwd: copy, env: { ...process.env, ...offline } });
    await gitIn(copy, 'init', '-q');
    await gitIn(copy, 'add', '-A');
    await gitIn(copy, 'commit', '-q', '-m', 'Our status page');

    await writeFiles(upstream, sitrepV2);
    await gitIn(upstream, 'add', '-A');
    await gitIn(upstream, 'commit', '-q', '-m', 'Sitrep v2: a clearer title');
    v2 = (await gitIn(upstream, 'rev-parse', 'HEAD')).stdout.trim();

    first = await runScript('update-sitrep.ts', ['--from', upstream, '--skip', '.github/workflows/', '--summary', path.join(work, 'summary.md')], offline, copy);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('replaces Sitrep\'s files with the newer ones: changed, added and removed', async () => {
    expect(first.out).toContain(`→ ${v2.slice(0, 7)}`);
    expect(await read('scripts/build.ts')).toBe(sitrepV2['scripts/build.ts']);
    expect(await read('README.md')).toBe(sitrepV2['README.md']);
    expect(await read('src/lib/new-module.ts')).toBe(sitrepV2['src/lib/new-module.ts']);
    await expect(read('src/lib/old.ts')).rejects.toThrow();
    expect((await stat(path.join(copy, '.ci/run'))).mode & 0o111).not.toBe(0);
  });

  it('leaves every file of the user\'s alone, the example content Sitrep changed included', async () => {
    expect(await read('content/site.yaml')).toBe(userChanges['content/site.yaml']);
    await expect(read('incidents/example.md')).rejects.toThrow();
    await expect(read('incidents/another-example.md')).rejects.toThrow();
    expect(await read('incidents/our-outage.md')).toBe(userChanges['incidents/our-outage.md']);
    expect(await read('.github/ISSUE_TEMPLATE/outage.yml')).toBe(sitrepV1['.github/ISSUE_TEMPLATE/outage.yml']);
    expect(await read('src/lib/mine.ts')).toBe(userChanges['src/lib/mine.ts']);
    expect(await read('notes.md')).toBe(userChanges['notes.md']);
  });

  it('keeps the user\'s added dependency and script in package.json and the regenerated lockfile, and takes Sitrep\'s changes', async () => {
    const pkg = JSON.parse(await read('package.json'));
    expect(pkg.version).toBe('1.1.0');
    expect(pkg.dependencies).toEqual({ 'acme-theme': 'file:vendor/acme-theme' });
    expect(pkg.scripts).toEqual({ build: 'node scripts/build.ts', test: 'node --test', lint: 'node scripts/lint.ts', 'deploy:preview': 'npm run build' });
    const lock = JSON.parse(await read('package-lock.json'));
    expect(lock.version).toBe('1.1.0');
    expect(lock.packages[''].dependencies).toEqual({ 'acme-theme': 'file:vendor/acme-theme' });
  });

  it('merges a user\'s edit to a generator file with Sitrep\'s when they do not overlap', async () => {
    const format = await read('src/lib/format.ts');
    expect(format).toContain("// Formatting helpers, with Acme's tweak.");
    expect(format).toContain('export const last = "v2";');
    expect(first.out).toMatch(/### Merged with your changes\n\n- `src\/lib\/format.ts`/);
  });

  it('reports a conflicting user edit to a generator file, keeping both sides in it, and exits 2', async () => {
    expect(first.code).toBe(2);
    const wording = await read('src/lib/wording.ts');
    expect(wording).toMatch(/<<<<<<< yours\nexport const title = "Acme status";\n[\s\S]*=======\nexport const title = "Current status";\n>>>>>>> Sitrep /);
    expect(first.out).toContain('### To resolve before merging');
    expect(first.out).toContain('- `src/lib/wording.ts`: you and Sitrep changed the same lines');
  });

  it('lists what it was asked to skip instead of applying it, and writes the report for a pull request', async () => {
    expect(await read('.github/workflows/deploy.yml')).toBe(sitrepV1['.github/workflows/deploy.yml']);
    const summary = await readFile(path.join(work, 'summary.md'), 'utf8');
    expect(summary).toContain('- Sitrep v2: a clearer title');
    expect(summary).toContain('- `.github/workflows/deploy.yml`');
    expect(summary).toContain('`src/lib/wording.ts`: you and Sitrep changed the same lines');
  });

  it('finds nothing more to do when run again', async () => {
    const again = await runScript('update-sitrep.ts', ['--from', upstream], offline, copy);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain(`Already up to date with Sitrep ${v2.slice(0, 7)}`);
  });

  it('changes nothing when the upstream is not Sitrep or cannot be fetched', async () => {
    const before = (await gitIn(copy, 'status', '--porcelain')).stdout;
    const notSitrep = path.join(work, 'not-sitrep');
    await mkdir(notSitrep);
    await gitIn(notSitrep, 'init', '-q');
    await writeFile(path.join(notSitrep, 'README.md'), '# Something else\n');
    await gitIn(notSitrep, 'add', '-A');
    await gitIn(notSitrep, 'commit', '-q', '-m', 'Something else');
    const wrong = await runScript('update-sitrep.ts', ['--from', notSitrep], offline, copy);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('is not Sitrep: it has no sitrep-files.yaml');
    const missing = await runScript('update-sitrep.ts', ['--from', path.join(work, 'nowhere')], offline, copy);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Could not fetch the default branch of');
    const noUpstream = await runScript('update-sitrep.ts', [], offline, copy);
    expect(noUpstream.code).toBe(1);
    expect(noUpstream.out).toContain('"sitrep": { "upstream": "…" }');
    expect((await gitIn(copy, 'status', '--porcelain')).stdout).toBe(before);
  });
});
