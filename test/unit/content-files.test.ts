import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/io/content-files.ts';

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

  it('says which settings file is missing', async () => {
    const root = await folder({ 'content/components.yaml': comps });
    expect((await readContent(root)).problems).toEqual([{ file: 'content/site.yaml', message: 'is missing' }]);
  });

  it('reads valid content with no incidents folder as no incidents', async () => {
    const root = await folder({ 'content/site.yaml': site, 'content/components.yaml': comps });
    const { content } = await readContent(root);
    expect(content?.incidents).toEqual([]);
    expect(content?.site.timezone).toBe('Etc/UTC');
  });
});
