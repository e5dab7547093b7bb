import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildEnvironment, projectRoot } from '../support/build-site.ts';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The page at `url` once the server answers it with 200, or the last answer by `deadline`. */
async function pageWhenUp(url: string, deadline: number): Promise<{ status: number; text: string }> {
  let last = { status: 0, text: '' };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = { status: response.status, text: await response.text() };
      if (response.ok) return last;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return last;
}

describe('npm run dev', () => {
  // What astro.config.mjs sets up for the build (a module hook, source maps, Vite plugins) runs in
  // the dev server too, which no build test would show broken.
  it('starts and serves the home page and an incident page of the example', async () => {
    await mkdir(path.join(projectRoot, '.tmp'), { recursive: true });
    const cache = await mkdtemp(path.join(projectRoot, '.tmp', 'dev-'));
    const port = await freePort();
    const server = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: {
        ...buildEnvironment(),
        SITREP_CONTENT_DIR: path.join(projectRoot, 'test/fixtures/example'),
        SITREP_CACHE_DIR: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // What the server said, for a failure's message.
    let log = '';
    for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    try {
      const deadline = Date.now() + 60_000;
      const home = await pageWhenUp(`http://127.0.0.1:${port}/`, deadline);
      expect(home.status, log).toBe(200);
      expect(home.text).toContain('<h1');
      const incident = await pageWhenUp(`http://127.0.0.1:${port}/incidents/2026-09-02-dashboard-login-loop/`, deadline);
      expect(incident.status, log).toBe(200);
      expect(incident.text).toContain('Dashboard sign-in loop for SSO users');
    } finally {
      server.kill();
      await rm(cache, { recursive: true, force: true });
    }
  }, 90_000);
});
