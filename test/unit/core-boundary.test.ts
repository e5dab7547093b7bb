import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { specifiers } from '../support/imports.ts';

/**
 * src/lib is the pure core: functions of plain data and "now". It may import itself and a few
 * pure libraries; files, network, the environment, the clock and Astro belong to src/io and the
 * Astro edge. A new pure library joins this list deliberately, in review.
 */
const PURE_PACKAGES = new Set([
  'zod', 'yaml', 'js-yaml', 'marked', 'sanitize-html', 'badge-maker', 'gray-matter', 'smol-toml', 'semver', 'node:crypto',
  // Parses an RSS or Atom string into plain objects; no I/O.
  '@rowanmanning/feed-parser',
  // createRequire: loads one of these libraries on first use rather than with its importer.
  'node:module',
]);

/** What a pure module never does, whatever it imports: read the environment, the clock, the network or the console. */
const IMPURE_CALLS: [RegExp, string][] = [
  [/\bprocess\./, 'process (the environment)'], [/\bfetch\(/, 'fetch (the network)'],
  [/new Date\(\)|\bDate\.now\(\)/, 'the clock (take "now" as a parameter)'], [/\bconsole\./, 'the console (return problems instead)'],
];

const core = path.resolve(import.meta.dirname, '../../src/lib');

async function coreFiles(): Promise<string[]> {
  const entries = await readdir(core, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.m?[jt]s$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** Why an import leaves the core, or null when it stays inside. */
function leak(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    return target.startsWith(core + path.sep) ? null : `imports ${specifier}, outside src/lib`;
  }
  return PURE_PACKAGES.has(specifier) ? null : `imports ${specifier}, which is not one of the core's pure libraries`;
}

describe('the pure core', () => {
  it('src/lib imports only itself and pure libraries, and reads no environment, clock or network', async () => {
    const problems: string[] = [];
    for (const file of await coreFiles()) {
      const source = await readFile(file, 'utf8');
      const where = path.relative(core, file);
      for (const specifier of specifiers(source)) {
        const why = leak(file, specifier);
        if (why) problems.push(`${where}: ${why}`);
      }
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [call, what] of IMPURE_CALLS) if (call.test(code)) problems.push(`${where}: uses ${what}`);
    }
    expect(problems).toEqual([]);
  });

  it('the check itself catches a leak', () => {
    const file = path.join(core, 'x.ts');
    expect(specifiers("import { readFile } from 'node:fs/promises';\nimport type { Loader } from 'astro/loaders';\nconst m = await import('../io/clock.ts');")
      .map((s) => leak(file, s))).toEqual([
      'imports node:fs/promises, which is not one of the core\'s pure libraries',
      'imports astro/loaders, which is not one of the core\'s pure libraries',
      'imports ../io/clock.ts, outside src/lib',
    ]);
  });
});
