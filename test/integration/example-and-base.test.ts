import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, withBuiltSite } from '../support/build-site.ts';

const projectFiles = async (dirs: string[]) => {
  const files: Record<string, string> = {};
  for (const dir of dirs) {
    for (const name of await readdir(path.join(projectRoot, dir))) {
      files[`${dir}/${name}`] = await readFile(path.join(projectRoot, dir, name), 'utf8');
    }
  }
  return files;
};

describe('the example site that a fresh copy ships (test/fixtures/example, copied to content/ and incidents/)', () => {
  it('builds a page with its upcoming maintenance, last week\'s incident and the whole history', async () => {
    await withBuiltSite({ fixture: 'example' }, { now: '2026-11-26T12:00:00Z' }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      const home = await site.read('index.html');
      expect(home).toContain('All Systems Operational');
      expect(home).toMatch(/Upcoming maintenance[\s\S]*SMTP relay TLS certificate and cipher upgrade/);
      expect(home).toMatch(/Recent history[\s\S]*Delayed delivery from the EU region/);
      const history = await site.read('history/index.html');
      const pastFiles = (await readdir(path.join(projectRoot, 'test/fixtures/example/incidents'))).length - 1;
      expect(history).toContain(`${pastFiles} in all`);
    });
  });

  it('builds offline with one warning, naming the upstreams it could not read, and shows them as unknown', async () => {
    await withBuiltSite({ fixture: 'example' }, { now: '2026-11-26T12:00:00Z' }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      expect(site.log.split('\n').filter((line) => /\[(WARN|ERROR)\]/.test(line))).toEqual([
        expect.stringMatching(/\[WARN\] \[sitrep-upstreams\] Upstream services could not be read: hetzner \(.*status unknown\), aws-us-east \(.*status unknown\)\.$/),
      ]);
      const home = await site.read('index.html');
      expect(home).toMatch(/Upstream services[\s\S]*Hetzner Cloud[\s\S]*Status unknown[\s\S]*AWS EC2 us-east-1/);
      expect(home).toContain('All Systems Operational');
    });
  });
});

describe('a site served under a base path', () => {
  it('keeps the path in every link and in the feed', async () => {
    const files = await projectFiles(['test/fixtures/basic/content', 'test/fixtures/basic/incidents']);
    const relocated = Object.fromEntries(Object.entries(files).map(([k, v]) => [k.replace('test/fixtures/basic/', ''), v]));
    relocated['content/site.yaml'] = relocated['content/site.yaml']!.replace('https://status.fixture.example', 'https://octo.github.io/status');
    await withBuiltSite({ files: relocated }, { now: '2026-11-20T15:00:00Z' }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      const home = await site.read('index.html');
      expect(home).toContain('href="/status/incidents/api-errors/"');
      expect(home).toContain('href="/status/history/"');
      expect(home).not.toMatch(/href="\/incidents\//);
      const rss = await site.read('rss.xml');
      expect(rss).toContain('<link>https://octo.github.io/status/incidents/api-errors/</link>');
    });
  });
});

describe('a site in another language', () => {
  it('writes every date in that language, not only the history\'s month headings', async () => {
    await withBuiltSite({
      files: {
        'content/site.yaml': 'name: Wolke\nurl: https://status.wolke.example\nlanguage: de\n',
        'content/components.yaml': '- id: web\n  name: Web\n',
        'incidents/web-down.md': '---\ntitle: Web nicht erreichbar\ncomponents: { web: major_outage }\nstarted: 2026-03-10T08:00:00Z\nresolved: 2026-03-10T09:00:00Z\n---\n',
      },
    }, { now: '2026-03-20T15:00:00Z' }, async (site) => {
      expect(site.ok, site.log).toBe(true);
      expect(await site.read('history/index.html')).toContain('<h2>März 2026</h2>');
      expect(await site.read('incidents/web-down/index.html')).toMatch(/datetime="2026-03-10T08:00:00.000Z"[^>]*>10\. März 2026, 08:00 UTC</);
      expect(await site.read('components/web/index.html')).toContain('10. März 2026: ');
    });
  });
});
