import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, withBuiltSite } from '../support/build-site.ts';

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
