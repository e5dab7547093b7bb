import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readContent } from '../../src/io/content-files.ts';

// Tests run as root, who can read any file: a read that fails is made to fail here.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return {
    ...fs,
    readFileSync: ((file: string, ...rest: never[]) => {
      if (String(file).endsWith('unreadable.md')) throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync,
  };
});

describe('reading a whole content folder', () => {
  async function folder(files: Record<string, string>) {
    const root = await mkdtemp(path.join(tmpdir(), 'sitrep-content-'));
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    return root;
  }
  const site = 'name: X\nurl: https://status.example.com\n';
  const comps = '- id: api\n  name: API\n';

  it('reports every problem in every file, and returns no content', async () => {
    const root = await folder({
      'content/site.yaml': 'name: X\nurl: https://status.example.com\ntimezone: Nowhere\n',
      'content/components.yaml': comps,
      'incidents/a.md': '---\ntitle: A\nstarted: 2026-11-20T14:02:00Z\ncomponents: [db]\n---\n',
      'incidents/2025/b.md': '---\ntitle: B\n---\n',
    });
    const { content, problems } = await readContent(root);
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'content/site.yaml timezone',
      'incidents/2025/b.md started',
      'incidents/a.md components.db',
    ]);
  });

  it('rejects two files with the same id in different folders', async () => {
    const incident = '---\ntitle: A\nstarted: 2026-11-20T14:02:00Z\n---\n';
    const root = await folder({
      'content/site.yaml': site, 'content/components.yaml': comps,
      'incidents/2025/outage.md': incident, 'incidents/2026/outage.md': incident,
    });
    const { problems } = await readContent(root);
    expect(problems).toEqual([{ file: 'incidents/2026/outage.md', message: 'duplicate incident id "outage": incidents/2025/outage.md has the same file name' }]);
  });

  it('names an incident file that cannot be read, and still reads the others', async () => {
    const root = await folder({
      'content/site.yaml': site, 'content/components.yaml': comps,
      'incidents/unreadable.md': '---\ntitle: A\nstarted: 2026-11-20T14:02:00Z\n---\n',
      'incidents/b.md': '---\ntitle: B\nstarted: 2026-11-20T14:02:00Z\ncomponents: [db]\n---\n',
    });
    const { content, problems } = await readContent(root);
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`)).toEqual([
      'incidents/b.md components.db unknown component "db"; known ids: api',
      'incidents/unreadable.md  cannot be read: EIO: i/o error, read',
    ]);
  });

  it('says which settings file is missing', async () => {
    const root = await folder({ 'content/components.yaml': comps });
    expect((await readContent(root)).problems).toEqual([{ file: 'content/site.yaml', message: 'is missing' }]);
  });

  it('checks depends_on against content/upstreams.yaml, and reports that file\'s own problems once', async () => {
    const root = await folder({
      'content/site.yaml': site,
      'content/components.yaml': '- id: api\n  name: API\n  depends_on: [gthub]\n',
      'content/upstreams.yaml': '- id: github\n  name: GitHub\n  url: https://www.githubstatus.com\n',
    });
    expect((await readContent(root)).problems.map((p) => `${p.file}:${p.line}  ${p.field}: ${p.message}`)).toEqual([
      'content/components.yaml:3  0.depends_on.0: unknown upstream "gthub"; known ids: github',
    ]);
    await writeFile(path.join(root, 'content/upstreams.yaml'), '- id: github\n  name: GitHub\n  url: http://www.githubstatus.com\n');
    expect((await readContent(root)).problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/upstreams.yaml 0.url']);
  });

  it('reads valid content with no incidents folder as no incidents', async () => {
    const root = await folder({ 'content/site.yaml': site, 'content/components.yaml': comps });
    const { content } = await readContent(root);
    expect(content?.incidents).toEqual([]);
    expect(content?.upstreams).toEqual([]);
    expect(content?.site.timezone).toBe('Etc/UTC');
  });
});

describe('reusing the incidents the last build stored', () => {
  const site = 'name: X\nurl: https://status.example.com\n';
  const outage = '---\ntitle: Outage\nstarted: 2026-11-20T14:02:00Z\ncomponents: [api]\n---\n';
  const other = '---\ntitle: Other\nstarted: 2026-11-21T09:00:00Z\n---\n';

  async function folder(components = '- id: api\n  name: API\n') {
    const root = await mkdtemp(path.join(tmpdir(), 'sitrep-stored-'));
    await mkdir(path.join(root, 'content'));
    await mkdir(path.join(root, 'incidents'));
    await writeFile(path.join(root, 'content/site.yaml'), site);
    await writeFile(path.join(root, 'content/components.yaml'), components);
    await writeFile(path.join(root, 'incidents/outage.md'), outage);
    await writeFile(path.join(root, 'incidents/other.md'), other);
    return root;
  }

  /** What a first build stored: every incident as parsed, under its file's digest, with `code`. */
  async function firstBuild(root: string, code = 'code-1') {
    const { content, incidentDigests } = await readContent(root, { stored: () => ({ code, entry: () => undefined }) });
    return new Map(content!.incidents.map((incident) => [incident.id, { data: incident, digest: incidentDigests.get(incident.id) }]));
  }

  /** The stored entries with their data swapped for markers: a marker read back was not parsed again. */
  const marked = (stored: Map<string, { data: unknown; digest?: string }>) =>
    new Map([...stored].map(([id, entry]) => [id, { ...entry, data: { marker: id } }]));

  it('takes an unchanged file\'s incident as stored, and parses an edited one', async () => {
    const root = await folder();
    const stored = marked(await firstBuild(root));
    await writeFile(path.join(root, 'incidents/other.md'), `${other}Edited.\n`);
    const { content } = await readContent(root, { stored: () => ({ code: 'code-1', entry: (id) => stored.get(id) }) });
    expect(content!.incidents.map((i) => ('marker' in i ? 'stored' : i.description))).toEqual(['Edited.', 'stored']);
  });

  it('parses every file again when the code or the known component ids changed', async () => {
    const root = await folder();
    const stored = marked(await firstBuild(root));
    const upgraded = await readContent(root, { stored: () => ({ code: 'code-2', entry: (id) => stored.get(id) }) });
    expect(upgraded.content!.incidents.map((i) => i.title)).toEqual(['Other', 'Outage']);

    // The component an incident names is gone: that is a problem again, not a stored incident.
    await writeFile(path.join(root, 'content/components.yaml'), '- id: web\n  name: Web\n');
    const { content, problems } = await readContent(root, { stored: () => ({ code: 'code-1', entry: (id) => stored.get(id) }) });
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['incidents/outage.md components.api']);
  });

  it('gives the digests that a later read compares with, and none without stored parses', async () => {
    const root = await folder();
    const stored = await firstBuild(root);
    const again = await readContent(root, { stored: () => ({ code: 'code-1', entry: (id) => stored.get(id) }) });
    expect([...again.incidentDigests]).toEqual([...stored].map(([id, entry]) => [id, entry.digest]));
    expect(again.content!.incidents).toEqual([...stored.values()].map((entry) => entry.data));
    expect((await readContent(root)).incidentDigests.size).toBe(0);
  });
});
