import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot, withBuiltSite } from '../support/build-site.ts';
import { filesUnder, runScript } from '../support/run-script.ts';

const exampleFixture = path.join(projectRoot, 'test/fixtures/example');
const acmeFlags = [
  '--name', 'Acme', '--url', 'https://status.acme.example', '--components', 'Web app, Public API, Data: Database',
  '--timezone', 'Europe/Paris', '--language', 'de', '--github', 'acme/status', '--yes',
];

const copies: string[] = [];
afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh copy's content (the example site and its issue forms) in a temporary folder. */
async function freshCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-init-'));
  copies.push(dir);
  await cp(exampleFixture, dir, { recursive: true });
  return dir;
}

const init = (dir: string, args: string[], env: Record<string, string> = {}) => runScript('init.ts', args, { SITREP_CONTENT_DIR: dir, ...env });
const readYaml = async (dir: string, file: string) => parse(await readFile(path.join(dir, file), 'utf8'));
const formOptions = async (dir: string, form: string) =>
  (await readYaml(dir, form)).body.find((field: { id?: string }) => field.id === 'components').attributes.options;

describe('npm run init with flags', () => {
  it('replaces the example with the new site, whose build has nothing of the example left', async () => {
    const dir = await freshCopy();
    const result = await init(dir, acmeFlags);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('Content is valid: 3 components, 0 incidents');
    expect(result.out).toContain('Settings → Pages → Source: GitHub Actions');

    expect(await readYaml(dir, 'content/site.yaml')).toEqual({
      name: 'Acme', url: 'https://status.acme.example', timezone: 'Europe/Paris', language: 'de',
      github: { repo: 'acme/status', label: 'incident', trusted: ['OWNER', 'MEMBER', 'COLLABORATOR'] },
    });
    expect(await readYaml(dir, 'content/components.yaml')).toEqual([
      { id: 'web-app', name: 'Web app' }, { id: 'public-api', name: 'Public API' }, { id: 'database', name: 'Database', group: 'Data' },
    ]);
    expect(await readdir(path.join(dir, 'incidents'))).toEqual([]);
    // The example's upstream providers go with the rest of the example.
    expect((await readdir(path.join(dir, 'content'))).sort()).toEqual(['components.yaml', 'site.yaml']);
    for (const form of ['.github/ISSUE_TEMPLATE/outage.yml', '.github/ISSUE_TEMPLATE/maintenance.yml']) {
      expect(await formOptions(dir, form)).toEqual(['Web app', 'Public API', 'Database']);
      // In the site's language.
      expect(await readYaml(dir, form)).toMatchObject({ name: form.includes('outage') ? 'Störung' : 'Wartung' });
    }

    await withBuiltSite({ dir }, { now: '2026-12-01T12:00:00Z' }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      expect(site.log).not.toContain('[WARN]');
      const home = await site.read('index.html');
      expect(home).toContain('<html lang="de"');
      expect(home).toContain('Alle Systeme betriebsbereit');
      expect(home).toContain('Acme');
      expect(home).toContain('Public API');
      const built = await filesUnder(site.outDir);
      const example = Object.entries(built).filter(([, text]) => /quillmail|Sending API|SMTP relay/i.test(text)).map(([file]) => file);
      expect(example).toEqual([]);
      expect(Object.keys(built)).toContain('components/database/index.html');
    });
  });

  it('takes the machine\'s time zone and the GitHub repository of git remote origin by default', async () => {
    const dir = await freshCopy();
    await promisify(execFile)('git', ['init', '-q', dir]);
    await promisify(execFile)('git', ['-C', dir, 'remote', 'add', 'origin', 'git@github.com:acme/status.git']);
    const result = await init(dir, ['--name', 'Acme', '--url', 'https://acme.github.io/status', '--components', 'Web', '--yes'], { TZ: 'Asia/Tokyo' });
    expect(result.code, result.out).toBe(0);
    expect(await readYaml(dir, 'content/site.yaml')).toMatchObject({ timezone: 'Asia/Tokyo', language: 'en', github: { repo: 'acme/status' } });
    expect(result.out).toContain('It will be at https://acme.github.io/status.');

    const off = await freshCopy();
    expect((await init(off, ['--name', 'Acme', '--url', 'https://acme.example', '--components', 'Web', '--no-github', '--yes'])).code).toBe(0);
    expect(await readYaml(off, 'content/site.yaml')).not.toHaveProperty('github');
  });

  it('asks in a terminal for what the flags do not give, and asks again for a wrong answer', async () => {
    const dir = await freshCopy();
    // `script` gives the command a terminal; the answers are typed ahead, one per line.
    const typed = ['Acme Mail', 'not a url', 'Platform: API', 'Web', '', 'n', 'https://status.acme.example', 'y', ''].join('\n');
    const command = `${process.execPath} ${path.join(projectRoot, 'scripts/init.ts')} --timezone Europe/Berlin --language de`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...process.env, SITREP_CONTENT_DIR: dir } });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stdin.end(typed);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code, out).toBe(0);
    expect(out).toContain('--url  must be an absolute http(s) URL');
    expect(await readYaml(dir, 'content/site.yaml')).toEqual({ name: 'Acme Mail', url: 'https://status.acme.example', timezone: 'Europe/Berlin', language: 'de' });
    expect(await readYaml(dir, 'content/components.yaml')).toEqual([{ id: 'api', name: 'API', group: 'Platform' }, { id: 'web', name: 'Web' }]);
  });

  it('changes nothing and names the flag when an answer is missing or wrong', async () => {
    const dir = await freshCopy();
    const before = await filesUnder(dir);
    const missing = await init(dir, ['--yes']);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('--name, --url, --components: required when not asked in a terminal');
    const wrong = await init(dir, ['--name', 'Acme', '--url', 'status.acme.example', '--components', 'Web, web, Ops:', '--timezone', 'Paris', '--github', 'acme', '--yes']);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('--url  must be an absolute http(s) URL');
    expect(wrong.out).toContain('--timezone  must be an IANA time zone');
    expect(wrong.out).toContain('--github  must be owner/name');
    expect(wrong.out).toContain('--components  "web" is named twice');
    expect(wrong.out).toContain('--components  "Ops:" has no name');
    expect(await filesUnder(dir)).toEqual(before);
  });
});

describe('npm run init on content that is not the untouched example', () => {
  it('refuses, names every file it would lose and changes nothing; --force replaces them', async () => {
    const dir = await freshCopy();
    const edited = 'incidents/2026-10-04-database-failover.md';
    await writeFile(path.join(dir, edited), (await readFile(path.join(dir, edited), 'utf8')).replace('failover', 'fail-over'));
    await writeFile(path.join(dir, 'incidents/our-own.md'), '---\ntitle: Ours\nstarted: 2026-11-20T14:00:00Z\n---\n');
    const before = await filesUnder(dir);

    const refused = await init(dir, acmeFlags);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`${edited}  (changed since the example)`);
    expect(refused.out).toContain('incidents/our-own.md  (not part of the example)');
    expect(refused.out).not.toContain('content/site.yaml');
    expect(refused.out).toContain('--force');
    expect(await filesUnder(dir)).toEqual(before);

    const forced = await init(dir, [...acmeFlags, '--force']);
    expect(forced.code, forced.out).toBe(0);
    expect(await readdir(path.join(dir, 'incidents'))).toEqual([]);
  });

  it('refuses to run twice: the first run\'s site is not the example', async () => {
    const dir = await freshCopy();
    expect((await init(dir, acmeFlags)).code).toBe(0);
    const again = await init(dir, acmeFlags);
    expect(again.code).toBe(1);
    expect(again.out).toContain('content/site.yaml  (changed since the example)');
    expect(again.out).toContain('content/components.yaml  (changed since the example)');
  });

  it('takes line endings changed by a checkout as the example unchanged', async () => {
    const dir = await freshCopy();
    const site = path.join(dir, 'content/site.yaml');
    await writeFile(site, (await readFile(site, 'utf8')).replace(/\n/g, '\r\n'));
    expect((await init(dir, acmeFlags)).code).toBe(0);
  });
});

describe('npm run init from an import', () => {
  it('--from-cstate starts from a cState site: its settings, systems and issues, with the flags over them', async () => {
    const dir = await freshCopy();
    const result = await init(dir, ['--from-cstate', path.join(projectRoot, 'test/fixtures/cstate-site'), '--url', 'https://status.eggs.example', '--no-github', '--yes']);
    expect(result.code, result.out).toBe(0);
    const site = await readYaml(dir, 'content/site.yaml');
    expect(site.url).toBe('https://status.eggs.example');
    expect(site.name).not.toBe('Quillmail');
    const incidents = await readdir(path.join(dir, 'incidents'));
    expect(incidents.length).toBeGreaterThan(3);
    expect(incidents.some((f) => f.startsWith('2026-'))).toBe(false);
    const components = await readYaml(dir, 'content/components.yaml');
    expect(await formOptions(dir, '.github/ISSUE_TEMPLATE/outage.yml')).toEqual(components.map((c: { name: string }) => c.name));
    expect(JSON.stringify(await filesUnder(dir))).not.toMatch(/quillmail/i);
  });

  it('--from-statuspage starts from an export: the page\'s settings, its components and incidents', async () => {
    const dir = await freshCopy();
    const result = await init(dir, ['--from-statuspage', path.join(projectRoot, 'test/fixtures/statuspage-export'), '--github', 'example/status', '--yes']);
    expect(result.code, result.out).toBe(0);
    expect(await readYaml(dir, 'content/site.yaml')).toMatchObject({ name: 'Example', url: 'https://status.example.com', timezone: 'Etc/UTC', github: { repo: 'example/status' } });
    expect((await readYaml(dir, 'content/components.yaml')).map((c: { name: string }) => c.name)).toEqual(['Deposit', 'Market data', 'Website', 'Withdrawals']);
    expect((await readdir(path.join(dir, 'incidents'))).sort()).toEqual(['abcdabcdabcd.md', 'k7g299zl765l.md', 'rclfxz2g21ly.md']);
    expect(await formOptions(dir, '.github/ISSUE_TEMPLATE/maintenance.yml')).toEqual(['Deposit', 'Market data', 'Website', 'Withdrawals']);
  });

  it('changes nothing when the folder is not what the flag says', async () => {
    const dir = await freshCopy();
    const before = await filesUnder(dir);
    const result = await init(dir, ['--from-statuspage', path.join(projectRoot, 'test/fixtures/cstate-site'), '--yes']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('is not a Statuspage export: it has no components.json');
    expect(await filesUnder(dir)).toEqual(before);
  });
});
