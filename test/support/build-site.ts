import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules/.bin/astro');
const SHARED_TEMP_FILE_RACE = /ENOENT: no such file or directory, rename '[^']*\/\.astro\/content-(?:assets|modules)\.mjs\.tmp'/;

export interface BuiltSite {
  /** Folder holding content/ and incidents/. */
  contentDir: string;
  outDir: string;
  /** Build log (stdout and stderr). */
  log: string;
  read(file: string): Promise<string>;
  cleanup(): Promise<void>;
}

/**
 * Builds a site from `files` (paths relative to a content folder, e.g. `incidents/a.md`), from
 * a fixture folder, or from the content folder of an earlier build (`dir`, to build it again
 * with what that build left, such as the GitHub snapshot), into a temporary folder.
 * Resolves even when the build fails; `ok` and `log` tell.
 */
export async function buildSite(
  source: { fixture: string } | { files: Record<string, string> } | { dir: string },
  options: { now?: string; env?: Record<string, string> } = {},
): Promise<BuiltSite & { ok: boolean }> {
  // Inside the project: Astro's prerender bundle, written beside outDir, imports packages from
  // the project's node_modules.
  await mkdir(path.join(projectRoot, '.tmp'), { recursive: true });
  const work = await mkdtemp(path.join(projectRoot, '.tmp', 'build-'));
  const contentDir = 'dir' in source ? source.dir : path.join(work, 'site');
  if ('fixture' in source) {
    await cp(path.join(projectRoot, 'test/fixtures', source.fixture), contentDir, { recursive: true });
  } else if ('files' in source) {
    for (const [file, text] of Object.entries(source.files)) {
      await mkdir(path.dirname(path.join(contentDir, file)), { recursive: true });
      await writeFile(path.join(contentDir, file), text);
    }
  }
  const outDir = path.join(work, 'dist');
  const build = async (): Promise<{ ok: boolean; log: string }> => {
    try {
      // Astro writes its prerender bundle into outDir only when outDir is inside the working
      // directory (else into <cwd>/.astro, shared): so parallel builds never share files.
      const result = await run(astroBin, ['build', '--outDir', outDir], {
        cwd: projectRoot,
        env: {
          ...buildEnvironment(),
          SITREP_CONTENT_DIR: contentDir,
          SITREP_CACHE_DIR: path.join(work, 'cache'),
          ...(options.now ? { SITREP_NOW: options.now } : {}),
          ASTRO_TELEMETRY_DISABLED: '1',
          ...options.env,
        },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { ok: true, log: result.stdout + result.stderr };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      return { ok: false, log: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
    }
  };
  let { ok, log } = await build();
  // Every build writes <project>/.astro/content-assets.mjs (and content-modules.mjs) through the
  // same temporary name, so two of the tests' parallel builds can take it from each other. That
  // one failure is the harness's, not the build's: the build runs again, from the same start.
  if (!ok && SHARED_TEMP_FILE_RACE.test(stripVTControlCharacters(log))) {
    await rm(path.join(work, 'cache'), { recursive: true, force: true });
    ({ ok, log } = await build());
  }
  return {
    ok,
    contentDir,
    outDir,
    // Astro colours its log when CI is set (as .ci/run sets it); tests read the words.
    log: stripVTControlCharacters(log),
    read: (file) => readFile(path.join(outDir, file), 'utf8'),
    // outDir is inside work; a `dir` source's content folder belongs to the build that made it.
    cleanup: () => rm(work, { recursive: true, force: true }),
  };
}

/**
 * The environment without what Vitest adds: it sets `BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR` and
 * `NODE_ENV` in process.env, and Astro's child build would take `BASE_URL` over the configured base.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

/**
 * Builds a one-off site, hands it to `check`, and removes it afterwards whatever happened.
 * @example await withBuiltSite({ files }, { now }, async (site) => expect(site.ok).toBe(true));
 */
export async function withBuiltSite(
  source: Parameters<typeof buildSite>[0],
  options: Parameters<typeof buildSite>[1],
  check: (site: BuiltSite & { ok: boolean }) => Promise<void>,
): Promise<void> {
  const site = await buildSite(source, options);
  try {
    await check(site);
  } finally {
    await site.cleanup();
  }
}

/** Every file under `dir` (a built site's output), as text, by its path relative to `dir`. */
export async function allFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map(async (e) => {
    const file = path.join(e.parentPath, e.name);
    return { file: path.relative(dir, file), text: await readFile(file, 'utf8') };
  }));
}
