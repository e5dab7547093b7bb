import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNBUNDLED_DIRS } from '../../src/io/unbundled-source.mjs';
import { projectRoot } from '../support/build-site.ts';
import { specifiers } from '../support/imports.ts';

/** The package a bare specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Why `specifier` cannot load after `npm ci --omit=dev`, or null when it can. */
function missingAtBuild(specifier: string, dependencies: Set<string>): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('astro:') || specifier.startsWith('node:')) return null;
  if (builtinModules.includes(specifier)) return null;
  const name = packageOf(specifier);
  return dependencies.has(name) ? null : `imports ${specifier}, but ${name} is not in package.json's dependencies`;
}

/**
 * Runtime imports only: `import type` is erased before anything runs. Without Vite's query
 * (`./client/sitrep.js?raw` reads that file).
 */
const runtimeImports = (source: string) => specifiers(source.replace(/^\s*import\s+type\b[^;]*;/gm, '')).map((s) => s.replace(/\?.*$/, ''));

/** Every file `entries` load, following the relative imports `importsOf` finds in each. */
async function importGraph(entries: string[], importsOf: (source: string) => string[] = runtimeImports): Promise<string[]> {
  const pending = [...entries];
  const seen = new Set<string>();
  for (const file of pending) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(await readFile(path.join(projectRoot, file), 'utf8'))) {
      if (specifier.startsWith('.')) pending.push(path.relative(projectRoot, path.resolve(projectRoot, path.dirname(file), specifier)));
    }
  }
  return [...seen];
}

/** Every file the build loads: Astro's config, the content config and the pages, and everything they import. */
async function buildPathFiles(): Promise<string[]> {
  const pages = await readdir(path.join(projectRoot, 'src/pages'), { recursive: true, withFileTypes: true });
  return importGraph([
    'astro.config.mjs', 'src/content.config.ts',
    ...pages.filter((e) => e.isFile()).map((e) => path.relative(projectRoot, path.join(e.parentPath, e.name))),
  ]);
}

/** Runtime imports that load with their importer: the ones `import()` loads on demand left out. */
const staticImports = (source: string) => runtimeImports(source.replace(/\bimport\s*\(\s*['"][^'"]+['"]\s*\)/g, ''));

describe('the build path', () => {
  it('imports only production dependencies, so the deploy workflow installs nothing else', async () => {
    const { dependencies } = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const files = await buildPathFiles();
    const problems: string[] = [];
    for (const file of files) {
      for (const specifier of runtimeImports(await readFile(path.join(projectRoot, file), 'utf8'))) {
        const why = missingAtBuild(specifier, new Set(Object.keys(dependencies)));
        if (why) problems.push(`${file}: ${why}`);
      }
    }
    expect(files).toEqual(expect.arrayContaining(['src/io/github-client.ts', 'src/lib/markdown.ts', 'src/components/Layout.astro', 'src/client/sitrep.js']));
    expect(problems).toEqual([]);
  });

  it('loads no catalogue but English, and no GitHub reader, before it knows it needs them', async () => {
    // Astro's content sync transforms each module the content config loads on its own, which
    // costs every build: the other languages' words and the GitHub client load on demand.
    const files = await importGraph(['src/content.config.ts'], staticImports);
    expect(files).toEqual(expect.arrayContaining(['src/lib/schema/site.ts', 'src/lib/i18n/locales/en.ts', 'src/io/github-incidents.ts']));
    expect(files.filter((f) => /^src\/lib\/i18n\/(catalogue|locales\/(?!en\.ts))|^src\/io\/github-(client|issues)\.ts$/.test(f))).toEqual([]);
  });

  it('has the content config import no virtual module, so the sync never transforms Astro\'s page runtime', async () => {
    // `astro:content` alone made Vite's module runner transform 75 modules of Astro's runtime
    // at the start of every build; `defineCollection` comes from Astro's package, through Node.
    const imported = runtimeImports(await readFile(path.join(projectRoot, 'src/content.config.ts'), 'utf8'));
    expect(imported).toContain('astro/content/config');
    expect(imported.filter((specifier) => specifier.startsWith('astro:'))).toEqual([]);
    const script = "const { defineCollection } = require('astro/content/config'); console.log(defineCollection({ loader: { name: 'x', load() {} } }).type);";
    const { status, stdout, stderr } = spawnSync(process.execPath, ['-e', script], { cwd: projectRoot, encoding: 'utf8' });
    expect(stderr).toBe('');
    // What Astro's content config parser asks of a collection with a loader.
    expect(stdout).toBe('content_layer\n');
    expect(status).toBe(0);
  });

  it('has Astro\'s config take nothing from astro/config, which loads Astro\'s SVG optimiser with it', async () => {
    // `defineConfig` returns what it is given; its module loaded svgo and csso (228
    // modules) at the start of every build. The config is a typed object instead.
    const source = await readFile(path.join(projectRoot, 'astro.config.mjs'), 'utf8');
    expect(source).toContain("@type {import('astro').AstroUserConfig}");
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(runtimeImports(code).filter((specifier) => packageOf(specifier) === 'astro')).toEqual([]);
  });

  it('loads the loaders in Node itself, as the content config does, without a warning', () => {
    const script = "for (const kind of ['content', 'github', 'upstream']) require(`./src/loaders/${kind}-loaders.ts`);";
    const { status, stderr } = spawnSync(process.execPath, ['-e', script], { cwd: projectRoot, encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('loads every module the prerender imports from source in Node itself, without a warning', async () => {
    const files = (await Promise.all(UNBUNDLED_DIRS.map(async (dir) => (await readdir(path.join(projectRoot, 'src', dir), { recursive: true }))
      .filter((file) => /\.(ts|mjs)$/.test(file)).map((file) => `./src/${dir}/${file}`)))).flat();
    expect(files).toEqual(expect.arrayContaining(['./src/lib/markdown.ts', './src/lib/i18n/locales/fr.ts', './src/io/clock.ts']));
    const script = `Promise.all(${JSON.stringify(files)}.map((file) => import(file))).then(() => console.log('loaded'));`;
    const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(stdout).toBe('loaded\n');
    expect(status).toBe(0);
  });

  it('loads the sanitiser and the feed parser only once something needs them', () => {
    // In a Node of its own: the test runner has loaded both already.
    const script = `
      import { createRequire } from 'node:module';
      const loaded = () => [...new Set(Object.keys(createRequire(import.meta.url).cache)
        .flatMap((file) => file.match(/node_modules[\\/](sanitize-html|@rowanmanning[\\/]feed-parser)[\\/]/)?.[1] ?? []))];
      const { renderMarkdown } = await import('./src/lib/markdown.ts');
      await import('./src/lib/upstreams/feed.ts');
      const steps = [loaded()];
      renderMarkdown('Use **v1**, not _v0_.');
      steps.push(loaded());
      renderMarkdown('See [the docs](https://docs.example).');
      steps.push(loaded());
      console.log(JSON.stringify(steps));`;
    const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([[], [], ['sanitize-html']]);
  });

  it('loads the yaml package only once a problem needs its line', () => {
    const script = `
      import { createRequire } from 'node:module';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => /node_modules[\\/]yaml[\\/]/.test(file));
      const { parseYamlSource } = await import('./src/lib/yaml-source.ts');
      await import('./src/io/build-settings.mjs');
      const source = parseYamlSource('name: Example\\nurl: 12\\n');
      const steps = [loaded()];
      steps.push(source.lineOf(['url']), loaded());
      console.log(JSON.stringify(steps));`;
    const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([false, 2, true]);
  });

  it('the check itself catches a development dependency', () => {
    const dependencies = new Set(['astro', 'yaml']);
    expect(runtimeImports("import { x } from 'vitest';\nimport type { Y } from 'playwright-core';\nimport { z } from 'astro/zod';\nimport 'node:fs';")
      .map((s) => missingAtBuild(s, dependencies))).toEqual(["imports vitest, but vitest is not in package.json's dependencies", null, null]);
  });
});
