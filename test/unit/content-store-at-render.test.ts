import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_STORE_FILE, CONTENT_STORE_MODULE, contentStoreAtRender } from '../../src/io/content-store-at-render.mjs';
import { projectRoot } from '../support/build-site.ts';

describe('the content store read at render time, not bundled', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'sitrep-store-'));
  });
  afterEach(() => rm(cacheDir, { recursive: true, force: true }));

  /** The module the plugin serves for Astro's store module: its code, and what the prerender gets from it. */
  async function storeModule(): Promise<{ code: string; value: unknown }> {
    const plugin = contentStoreAtRender(cacheDir);
    const id = plugin.resolveId.handler(CONTENT_STORE_MODULE);
    expect(id).toBeTypeOf('string');
    const code = plugin.load(id!);
    expect(code).toBeTypeOf('string');
    const file = path.join(cacheDir, `module-${Math.random().toString(36).slice(2)}.mjs`);
    await writeFile(file, code!);
    return { code: code!, value: ((await import(pathToFileURL(file).href)) as { default: unknown }).default };
  }

  it('gives the prerender the store file’s content, read when it runs', async () => {
    const store = [{ incidents: 1 }, ['a'], 'an incident, with "quotes" and \u2028 a line separator'];
    await writeFile(path.join(cacheDir, CONTENT_STORE_FILE), JSON.stringify(store));
    const { code, value } = await storeModule();
    // The module names the file; it does not carry its content.
    expect(code).not.toContain('quotes');
    expect(value).toEqual(store);
  });

  it('gives an empty store when the sync wrote none, as Astro does', async () => {
    expect((await storeModule()).value).toEqual(new Map());
  });

  it('serves that module alone, in the prerender alone', () => {
    const plugin = contentStoreAtRender(cacheDir);
    expect(plugin.resolveId.handler('astro:content')).toBeNull();
    expect(plugin.resolveId.handler('./data-store.json')).toBeNull();
    expect(plugin.load('/project/src/data.ts')).toBeNull();
    expect(plugin.applyToEnvironment({ name: 'prerender' })).toBe(true);
    expect(plugin.applyToEnvironment({ name: 'client' })).toBe(false);
  });

  it('serves the module and file Astro’s runtime and sync use: after an Astro upgrade that renamed them, the store would be bundled again', async () => {
    const astro = path.join(projectRoot, 'node_modules/astro/dist/content');
    expect(await readFile(path.join(astro, 'data-store.js'), 'utf8')).toContain(`import(${JSON.stringify(CONTENT_STORE_MODULE)})`);
    expect(await readFile(path.join(astro, 'consts.js'), 'utf8')).toContain(`DATA_STORE_FILE = ${JSON.stringify(CONTENT_STORE_FILE)}`);
  });
});
