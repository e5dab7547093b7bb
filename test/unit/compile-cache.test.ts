import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { cacheKept } from '../../src/io/build-settings.mjs';

const compileCache = pathToFileURL(path.join(projectRoot, 'src/io/compile-cache.mjs')).href;

/**
 * Runs `keepCompileCache(dir, process.env, limit)` in a fresh Node, as astro.config.mjs does, then
 * loads a module, and returns what it returned. A fresh process: a compile cache stays on once on.
 * The environment is the deploy workflow's (`CI=true`, `SITREP_CACHE_KEPT=true`) plus `env`.
 */
function keepIn(dir: string, env: Record<string, string> = {}, limit?: number): string {
  const code = [
    `const { keepCompileCache } = await import(${JSON.stringify(compileCache)});`,
    `console.log(String(keepCompileCache(${JSON.stringify(dir)}, process.env${limit === undefined ? '' : `, ${limit}`})));`,
    `await import(${JSON.stringify(pathToFileURL(path.join(projectRoot, 'src/lib/slug.ts')).href)});`,
  ].join('\n');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NODE_') || key === 'NODE_OPTIONS'));
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { env: { ...clean, CI: 'true', SITREP_CACHE_KEPT: 'true', ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

const filesUnder = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

describe('cacheKept', () => {
  it('follows SITREP_CACHE_KEPT, and without it keeps the cache outside CI only, as Astro does its own', () => {
    expect(cacheKept({ CI: 'true', SITREP_CACHE_KEPT: 'true' })).toBe(true);
    expect(cacheKept({ SITREP_CACHE_KEPT: 'false' })).toBe(false);
    expect(cacheKept({ CI: 'true' })).toBe(false);
    expect(cacheKept({ CI: '1', SITREP_CACHE_KEPT: 'yes' })).toBe(false);
    expect(cacheKept({})).toBe(true);
    expect(cacheKept({ CI: '' })).toBe(true);
  });
});

describe('the compile cache kept with Astro’s cache', () => {
  let work: string;
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'sitrep-compile-cache-'));
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('caches the code a build loads in the folder given', async () => {
    const dir = path.join(work, 'cache');
    expect(keepIn(dir).startsWith(dir + path.sep)).toBe(true);
    expect((await filesUnder(dir)).length).toBeGreaterThan(0);
  });

  it('keeps nothing where the cache folder is not said to be kept: a build nobody rebuilds from would only pay for writing it', async () => {
    for (const keep of ['', 'false', '1']) {
      const dir = path.join(work, `cache-${keep}`);
      expect(keepIn(dir, { SITREP_CACHE_KEPT: keep })).toBe('undefined');
      await expect(readdir(dir)).rejects.toThrow(/ENOENT/);
    }
  });

  it('leaves Node’s own choice alone: a folder set by NODE_COMPILE_CACHE, or none when disabled', async () => {
    const theirs = path.join(work, 'theirs');
    expect(keepIn(path.join(work, 'ours'), { NODE_COMPILE_CACHE: theirs }).startsWith(theirs + path.sep)).toBe(true);
    expect(keepIn(path.join(work, 'ours'), { NODE_DISABLE_COMPILE_CACHE: '1' })).toBe('undefined');
    await expect(readdir(path.join(work, 'ours'))).rejects.toThrow(/ENOENT/);
  });

  it('empties the folder once it has grown past the limit, and keeps it below', async () => {
    const dir = path.join(work, 'cache');
    await mkdir(dir);
    await writeFile(path.join(dir, 'stale'), 'x'.repeat(2048));
    keepIn(dir, {}, 4096);
    expect(await filesUnder(dir)).toContain('stale');
    keepIn(dir, {}, 1024);
    const after = await filesUnder(dir);
    expect(after).not.toContain('stale');
    expect(after.length).toBeGreaterThan(0);
  });
});
