import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/io/content-files.ts';
import { projectRoot } from '../support/build-site.ts';
import { filesUnder, runScript } from '../support/run-script.ts';

const fixture = path.join(projectRoot, 'test/fixtures/statuspage-export');
const importStatuspage = (into: string, dir = fixture) => runScript('import-statuspage.ts', [dir, '--into', into]);

describe('npm run import:statuspage', () => {
  let work: string;
  let first: { code: number; out: string };
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'sitrep-statuspage-'));
    await mkdir(path.join(work, 'content'));
    await writeFile(path.join(work, 'content/site.yaml'), 'name: Example\nurl: https://status.example.com\n');
    first = await importStatuspage(work);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('writes incidents and maintenances that pass the check, and lists what it skipped', async () => {
    expect(first.code).toBe(0);
    expect(first.out.split('Not imported:\n')[1]!.split('\n\n')[0]).toMatchInlineSnapshot(`"incidents.json: incidents.2 (nonamenoname)  has no name"`);
    expect(first.out.split('Warnings:\n')[1]?.split('\n\n')[0]).toMatchInlineSnapshot(`
      "incidents.json: incidents.1 (abcdabcdabcd)  incident_updates.1.status: "fixing" is not an incident status; read as "investigating"
      incidents.json: incidents.1 (abcdabcdabcd)  components: "Withdrawals" is not in the components file; added as component "withdrawals""
    `);
    const { content, problems } = await readContent(work);
    expect(problems).toEqual([]);
    expect(content!.incidents.map((i) => [i.id, i.kind]).sort()).toEqual([
      ['abcdabcdabcd', 'incident'], ['k7g299zl765l', 'maintenance'], ['rclfxz2g21ly', 'incident'],
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await filesUnder(work);
    expect((await importStatuspage(work)).out).toContain('0 new, 0 updated, 3 unchanged');
    expect(await filesUnder(work)).toEqual(before);
  });

  it('writes content/site.yaml from the export\'s page when the site has none, and leaves an existing one alone', async () => {
    expect(await readFile(path.join(work, 'content/site.yaml'), 'utf8')).toBe('name: Example\nurl: https://status.example.com\n');
    const fresh = await mkdtemp(path.join(tmpdir(), 'sitrep-statuspage-fresh-'));
    try {
      const result = await importStatuspage(fresh);
      expect(result.code).toBe(0);
      expect(result.out).toContain('content/site.yaml  written from the export\'s page');
      const { content, problems } = await readContent(fresh);
      expect(problems).toEqual([]);
      expect(content!.site).toMatchObject({ name: 'Example', url: 'https://status.example.com', timezone: 'Etc/UTC' });
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('refuses a folder that is not an export', async () => {
    const result = await importStatuspage(work, work);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('is not a Statuspage export: it has no components.json');
  });
});
