import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transformed, viteTransformSync } from '../../src/io/typescript-with-oxc.mjs';
import { projectRoot } from '../support/build-site.ts';

const hook = pathToFileURL(path.join(projectRoot, 'src/io/typescript-with-oxc.mjs')).href;

// Types over several lines before the throw, so that oxc's output has the throw on another line.
const THROWER = `interface Shape {
  a: number;
  b: string;
}

export function boom(shape: Shape): never {
  const value: number = shape.a;
  throw new Error(\`boom \${value}\`);
}
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sitrep-oxc-'));
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'src/thrower.ts'), THROWER);
  await writeFile(path.join(dir, 'outside.ts'), THROWER);
  await writeFile(path.join(dir, 'src/broken.ts'), 'export const x: number = ;\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Turns the hook on for `dir/src` in a fresh Node, loads `file` from `dir`, and reports what Node saw. */
function loadIn(file: string): { hooked: boolean; mapped: boolean; frame: string } {
  const code = `
    import module from 'node:module';
    const { loadTypeScriptWithOxc } = await import(${JSON.stringify(hook)});
    const hooked = loadTypeScriptWithOxc(${JSON.stringify(path.join(dir, 'src'))});
    const url = ${JSON.stringify(pathToFileURL(path.join(dir, file)).href)};
    const { boom } = await import(url);
    let frame = '';
    try { boom({ a: 1, b: '' }); } catch (error) { frame = error.stack.split('\\n')[1].trim(); }
    console.log(JSON.stringify({ hooked, mapped: module.findSourceMap(url) !== undefined, frame }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: projectRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { hooked: boolean; mapped: boolean; frame: string };
}

describe('TypeScript loaded through oxc', () => {
  it("finds the transformer of Astro's Vite", () => {
    expect(viteTransformSync()).toBeTypeOf('function');
  });

  it('loads a module under the folder through oxc, and its stack traces name the source lines', () => {
    const { hooked, mapped, frame } = loadIn('src/thrower.ts');
    expect(hooked).toBe(true);
    // Only a module that came through the hook carries a source map.
    expect(mapped).toBe(true);
    expect(frame).toMatch(/thrower\.ts:8:9\)$/);
  });

  it("leaves a module outside the folder to Node's own type stripping", () => {
    const { mapped, frame } = loadIn('outside.ts');
    expect(mapped).toBe(false);
    expect(frame).toMatch(/outside\.ts:8:9\)$/);
  });

  it("gives a file oxc cannot read back to Node, whose error names it", () => {
    const transformSync = viteTransformSync()!;
    expect(transformed(transformSync, path.join(dir, 'src/broken.ts'))).toBeUndefined();
    const code = `
      const { loadTypeScriptWithOxc } = await import(${JSON.stringify(hook)});
      loadTypeScriptWithOxc(${JSON.stringify(path.join(dir, 'src'))});
      await import(${JSON.stringify(pathToFileURL(path.join(dir, 'src/broken.ts')).href)});`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('broken.ts');
  });

  it('writes the code without its types, with an inline map to the source file', () => {
    const file = path.join(dir, 'src/thrower.ts');
    const code = transformed(viteTransformSync()!, file)!;
    expect(code).not.toMatch(/interface|: number|: Shape/);
    const map = JSON.parse(Buffer.from(code.match(/sourceMappingURL=data:application\/json;base64,(\S+)$/)![1]!, 'base64').toString()) as { sources: string[]; sourcesContent?: unknown };
    expect(map.sources).toEqual([file]);
    expect(map.sourcesContent).toBeUndefined();
  });
});
