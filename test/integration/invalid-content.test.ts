import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, withBuiltSite } from '../support/build-site.ts';
import { runScript } from '../support/run-script.ts';

const fixture = (file: string) => readFile(path.join(projectRoot, 'test/fixtures/basic', file), 'utf8');

describe('a build with invalid content', () => {
  it('fails, naming every problem with its file, line and field, and writes no pages', async () => {
    await withBuiltSite({
      files: {
        'content/site.yaml': await fixture('content/site.yaml'),
        'content/components.yaml': await fixture('content/components.yaml'),
        'incidents/good.md': '---\ntitle: Fine\nstarted: 2026-11-20T14:00:00Z\n---\n',
        'incidents/cache-down.md': '---\ntitle: Cache down\nstarted: 2026-11-20T14:00:00Z\ncomponents:\n  cache: major_outage\n---\n',
        'incidents/no-zone.md': '---\ntitle: Late\nstarted: 2026-11-20 14:00\n---\n',
      },
    }, { now: '2026-11-20T15:00:00Z' }, async (site) => {
      expect(site.ok).toBe(false);
      expect(site.log).toContain('The content has 2 problems');
      expect(site.log).toContain('incidents/cache-down.md:5  components.cache: unknown component "cache"');
      expect(site.log).toContain('incidents/no-zone.md:3  started: "2026-11-20 14:00" has no time zone');
      await expect(site.read('index.html')).rejects.toThrow();
    });
  });
});

describe('npm run check with upstreams', () => {
  it('fails on an unknown upstream in depends_on and a bad content/upstreams.yaml, naming file, line and field', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'sitrep-check-'));
    try {
      await mkdir(path.join(root, 'content'));
      await writeFile(path.join(root, 'content/site.yaml'), 'name: X\nurl: https://status.x.example\n');
      await writeFile(path.join(root, 'content/components.yaml'), '- id: api\n  name: API\n  depends_on: [github/Actions, gitlab]\n');
      await writeFile(path.join(root, 'content/upstreams.yaml'), '- id: github\n  name: GitHub\n  url: https://www.githubstatus.com\n  components: [Actions]\n');
      const unknown = await runScript('check.ts', [], { SITREP_CONTENT_DIR: root });
      expect(unknown.code).toBe(1);
      expect(unknown.out).toContain('content/components.yaml:3  0.depends_on.1: unknown upstream "gitlab"; known ids: github');
      await writeFile(path.join(root, 'content/upstreams.yaml'), '- id: github\n  name: GitHub\n  url: https://www.githubstatus.com\n  kind: atlassian\n');
      const bad = await runScript('check.ts', [], { SITREP_CONTENT_DIR: root });
      expect(bad.code).toBe(1);
      expect(bad.out).toContain('content/upstreams.yaml:4  0.kind: must be one of statuspage, instatus, feed; got "atlassian"');
      await writeFile(path.join(root, 'content/components.yaml'), '- id: api\n  name: API\n  depends_on: [github/actions]\n');
      await writeFile(path.join(root, 'content/upstreams.yaml'), '- id: github\n  name: GitHub\n  url: https://www.githubstatus.com\n  components: [Actions]\n');
      const good = await runScript('check.ts', [], { SITREP_CONTENT_DIR: root });
      expect(good).toEqual({ code: 0, out: 'Content is valid: 1 components, 0 incidents, 0 maintenance windows, 0 notices; 1 upstream services.\n' });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
