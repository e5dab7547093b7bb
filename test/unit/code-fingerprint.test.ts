import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, unbundledCodeDigest } from '../../src/io/code-fingerprint.ts';

describe('codeFingerprint', () => {
  async function project() {
    const root = await mkdtemp(path.join(tmpdir(), 'sitrep-code-'));
    await mkdir(path.join(root, 'src/lib'), { recursive: true });
    await writeFile(path.join(root, 'src/lib/parse.ts'), 'export const parse = 1;\n');
    await writeFile(path.join(root, 'src/page.astro'), '<p>page</p>\n');
    await writeFile(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/yaml":{"version":"2.8.0"}}}');
    const fingerprint = () => codeFingerprint(root, path.join(root, 'src'));
    return { root, fingerprint };
  }

  it('stays the same while nothing changes, and changes with any source file', async () => {
    const { root, fingerprint } = await project();
    const first = fingerprint();
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(fingerprint()).toBe(first);
    const seen = new Set([first]);
    const changes = [
      () => writeFile(path.join(root, 'src/lib/parse.ts'), 'export const parse = 2;\n'),
      () => writeFile(path.join(root, 'src/lib/new.ts'), ''),
      () => rename(path.join(root, 'src/lib/new.ts'), path.join(root, 'src/new.ts')),
      () => rm(path.join(root, 'src/page.astro')),
    ];
    for (const change of changes) {
      await change();
      seen.add(fingerprint());
    }
    expect(seen.size).toBe(changes.length + 1);
  });

  it('follows the packages npm installed, else its lockfile, and has none without either', async () => {
    const { root, fingerprint } = await project();
    const fromLockfile = fingerprint();
    await mkdir(path.join(root, 'node_modules'));
    await writeFile(path.join(root, 'node_modules/.package-lock.json'), '{"packages":{"node_modules/yaml":{"version":"2.8.1"}}}');
    const installed = fingerprint();
    expect(installed).not.toBe(fromLockfile);
    await writeFile(path.join(root, 'package-lock.json'), '{}');
    expect(fingerprint()).toBe(installed);
    await rm(path.join(root, 'node_modules'), { recursive: true });
    await rm(path.join(root, 'package-lock.json'));
    expect(fingerprint()).toBeUndefined();
  });
});

describe('unbundledCodeDigest', () => {
  it('changes with any file the prerender imports from source, and with nothing else', async () => {
    const src = await mkdtemp(path.join(tmpdir(), 'sitrep-src-'));
    await mkdir(path.join(src, 'lib/feeds'), { recursive: true });
    await mkdir(path.join(src, 'io'));
    await mkdir(path.join(src, 'pages'));
    await writeFile(path.join(src, 'lib/feeds/rss.ts'), 'export const rss = 1;\n');
    await writeFile(path.join(src, 'io/clock.ts'), 'export const now = 1;\n');
    await writeFile(path.join(src, 'pages/index.astro'), '<p>home</p>\n');
    const first = unbundledCodeDigest(src);
    expect(first).toMatch(/^[\w-]{43}$/);
    // Pages are bundled: Astro's own dependency hash follows them.
    await writeFile(path.join(src, 'pages/index.astro'), '<p>Home</p>\n');
    expect(unbundledCodeDigest(src)).toBe(first);
    const seen = new Set([first]);
    const changes = [
      () => writeFile(path.join(src, 'lib/feeds/rss.ts'), 'export const rss = 2;\n'),
      () => writeFile(path.join(src, 'io/clock.ts'), 'export const now = 2;\n'),
      () => rename(path.join(src, 'io/clock.ts'), path.join(src, 'lib/clock.ts')),
      () => writeFile(path.join(src, 'io/new.mjs'), ''),
    ];
    for (const change of changes) {
      await change();
      seen.add(unbundledCodeDigest(src));
    }
    expect(seen.size).toBe(changes.length + 1);
  });

  it('reads this project\'s src/ by default', () => {
    expect(unbundledCodeDigest()).toBe(unbundledCodeDigest(path.resolve(import.meta.dirname, '../../src')));
  });
});
