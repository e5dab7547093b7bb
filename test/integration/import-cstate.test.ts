import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/io/content-files.ts';
import { buildSite, projectRoot, type BuiltSite } from '../support/build-site.ts';
import { filesUnder, runScript } from '../support/run-script.ts';

const fixture = path.join(projectRoot, 'test/fixtures/cstate-site');
const importCstate = (into: string, site = fixture) => runScript('import-cstate.ts', [site, '--into', into]);

describe('importing a messy cState site', () => {
  let work: string;
  let first: { code: number; out: string };
  let site: BuiltSite & { ok: boolean };
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'sitrep-import-'));
    await mkdir(path.join(work, 'content'));
    await writeFile(path.join(work, 'content/site.yaml'), 'name: Eggsample\nurl: https://status.eggsample.example\n');
    first = await importCstate(work);
    site = await buildSite({ files: await filesUnder(work) }, { now: '2024-03-01T12:00:00Z' });
  });
  afterAll(async () => {
    await site?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  it('imports every issue it can and names every other file with the reason', async () => {
    expect(first.code).toBe(0);
    const sources = (await readdir(path.join(fixture, 'content/issues'))).map((f) => `content/issues/${f}`);
    const imported = await readdir(path.join(work, 'incidents'));
    expect(imported).toContain('gateway-outage-api-2.md');
    const notImported = first.out.split('Not imported:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(imported).toHaveLength(sources.length - notImported.length);
    expect(notImported).toEqual([
      'content/issues/_index.md  the section index page, not an issue',
      'content/issues/diagram.png  not a Markdown file',
      'content/issues/empty.md  is empty',
      'content/issues/no-date-at-all.md  has no readable date (front matter "date", a date in the file name, or a track time)',
    ]);
  });

  it('prints warnings in the one problem format, file  field: reason, sorted by file', () => {
    expect(first.out.split('Warnings:\n')[1]!.split('\n\n')[0]).toMatchInlineSnapshot(`
      "config.yml  params.systems.2.link: not imported: Sitrep components have no "link"
      content/issues/2018-05-25-us-east-conn-issues.md  body (track), date, resolvedWhen: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/2018-06-13-maintenance-window.md  body (track), date, resolvedWhen: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/2022-03-09-date-from-name.md  date: is missing or unreadable; taken from the earliest update (2022-03-09T08:00:00.000Z)
      content/issues/2022-03-09-date-from-name.md  severity: is missing; imported as "disrupted"
      content/issues/2022-03-09-date-from-name.md  resolvedWhen: is missing; the end is taken as the last update (2022-03-09T09:15:00.000Z)
      content/issues/2022-03-09-date-from-name.md  body (track): no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/colon-in-title.md  YAML does not parse (line 2: bad indentation of a mapping entry); read line by line
      content/issues/colon-in-title.md  date, resolvedWhen: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/draft-outage.md  draft: is true: imported as withdrawn, kept in the files but shown nowhere
      content/issues/draft-outage.md  date, resolvedWhen: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/Gateway Outage (ÄPI) #2!.md  severity: "dwon" is not a cState severity; read as "down"
      content/issues/pinned-announcement.md  date: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/testing-informational.md  date: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/toml-front-matter.md  resolved: is false: imported as ongoing, so it shows as a current incident
      content/issues/toml-front-matter.md  body (track), date: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/unknown-systems.md  tags: not imported: Sitrep has no such field
      content/issues/unknown-systems.md  severity: "disruption" is not a cState severity; read as "disrupted"
      content/issues/unknown-systems.md  affected: "Websit" is not a system in the config; taken as the closest name, component "website"
      content/issues/unknown-systems.md  affected: "Billing" is not a system in the config; added as component "billing"
      content/issues/unknown-systems.md  body (track), date, resolvedWhen: no time zone; read as Etc/UTC, the time zone of content/site.yaml
      content/issues/written-dates.md  date, resolvedWhen: no time zone; read as Etc/UTC, the time zone of content/site.yaml"
    `);
  });

  it('writes content that passes the check', async () => {
    const { content, problems } = await readContent(work);
    expect(problems).toEqual([]);
    expect(content!.components.map((c) => [c.id, c.group])).toEqual([
      ['gateway', 'North Coast'], ['api', undefined], ['media-proxy', 'North Coast'], ['website', undefined], ['billing', undefined],
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await filesUnder(work);
    const again = await importCstate(work);
    expect(again.out).toContain('0 new, 0 updated, 11 unchanged');
    expect(again.out).toContain('Components: none added.');
    expect(await filesUnder(work)).toEqual(before);
  });

  it('builds, with a page for every imported incident that is not withdrawn', async () => {
    expect(site.ok, site.log).toBe(true);
    for (const file of await readdir(path.join(work, 'incidents'))) {
      const id = file.replace(/\.md$/, '');
      const page = site.read(`incidents/${id}/index.html`);
      if (id === 'draft-outage') await expect(page).rejects.toThrow();
      else await expect(page).resolves.toContain('</html>');
    }
  });

  it('shows the update timeline read from track shortcodes', async () => {
    const page = await site.read('incidents/2018-05-25-us-east-conn-issues/index.html');
    expect(page.indexOf('All users can connect again.')).toBeLessThan(page.indexOf('Users on the East coast cannot connect.'));
  });

  it('shows an issue cState still had open as a current incident', async () => {
    const home = await site.read('index.html');
    expect(home).not.toContain('All Systems Operational');
    expect(home).toContain('Website down');
  });

  it('fails when nothing could be imported, listing why', async () => {
    const empty = path.join(work, 'empty-site');
    await mkdir(path.join(empty, 'content/issues'), { recursive: true });
    await writeFile(path.join(empty, 'config.yml'), 'params:\n  systems: []\n');
    await writeFile(path.join(empty, 'content/issues/blank.md'), '');
    const result = await importCstate(path.join(work, 'empty-target'), empty);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('content/issues/blank.md  is empty');
  });

  it('refuses a SITREP_NOW that is not a date-time, as the build does, rather than import against no time at all', async () => {
    const into = path.join(work, 'pinned-target');
    const result = await runScript('import-cstate.ts', [fixture, '--into', into], { SITREP_NOW: 'yesterday' });
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('SITREP_NOW="yesterday" is not an ISO 8601 date-time');
    await expect(readdir(into)).rejects.toThrow();
  });

  it('refuses a folder that is not a cState site', async () => {
    const result = await importCstate(work, work);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('is not a cState site');
  });
});
