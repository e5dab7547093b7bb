import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './build-site.ts';

const run = promisify(execFile);

/**
 * Runs `node scripts/<script>` as `npm run` would (in the project, or in `cwd`), with `env` added
 * to the environment; resolves with its output and exit code, even on failure.
 */
export async function runScript(script: string, args: string[], env: Record<string, string> = {}, cwd = projectRoot): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(projectRoot, 'scripts', script), ...args], { cwd, env: { ...process.env, ...env } });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Every file under `dir`, by path relative to it, with its text. */
export async function filesUnder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const abs = path.join(e.parentPath, e.name);
    files[path.relative(dir, abs)] = await readFile(abs, 'utf8');
  }
  return files;
}
