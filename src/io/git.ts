import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs git with `args` in `cwd` and returns its standard output; rejects with git's own message. */
export async function git(args: string[], cwd: string): Promise<string> {
  try {
    return (await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })).stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args[0]}: ${(e.stderr || e.message).trim()}`);
  }
}

/** The URL of the `origin` remote of the repository at `dir`, or undefined when there is none. */
export async function originUrl(dir: string): Promise<string | undefined> {
  try {
    return (await git(['remote', 'get-url', 'origin'], dir)).trim() || undefined;
  } catch {
    return undefined;
  }
}
