import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { startFakeGithub, type FakeGithub, type Fault, type WorkflowState } from '../support/fake-github.ts';

const run = promisify(execFile);
const TOKEN = 'ghs_KeepScheduleTestToken';

let github: FakeGithub | undefined;
afterEach(() => github?.close());

/** Runs .github/scripts/keep-schedule.sh as a workflow step would, against a fake GitHub. */
async function keepSchedule(schedule: WorkflowState, { args = [], fault }: { args?: string[]; fault?: Fault } = {}) {
  github = await startFakeGithub({ owner: 'octo', name: 'status', issues: [], workflows: { 'schedule.yml': schedule, 'deploy.yml': 'active' } });
  if (fault) github.fail(fault);
  const env = { PATH: process.env.PATH, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: 'octo/status', GITHUB_REF_NAME: 'main' };
  // GitHub runs a step's script with `bash -e`; the script sets its own stricter options.
  const script = path.join(projectRoot, '.github/scripts/keep-schedule.sh');
  const result = await run('bash', ['-e', script, ...args], { env }).then(
    ({ stdout }) => ({ ok: true, output: stdout }),
    (error: { stdout: string; stderr: string }) => ({ ok: false, output: error.stdout + error.stderr }),
  );
  const calls = github.requests.map((r) => `${r.method} ${r.path.replace('/repos/octo/status/actions/workflows/', '')}`);
  return { ...result, calls, github };
}

describe('keeping the scheduled rebuild alive', () => {
  it('turns the schedule back on after GitHub stopped it for inactivity, and says so', async () => {
    const { ok, output, calls, github } = await keepSchedule('disabled_inactivity');
    expect(ok, output).toBe(true);
    expect(calls).toEqual(['GET schedule.yml', 'PUT schedule.yml/enable']);
    expect(github.workflows['schedule.yml']).toBe('active');
    expect(output).toContain('::warning::The scheduled rebuild (schedule.yml) had stopped (disabled_inactivity); it is back on.');
    expect(github.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('enables a running schedule again, quietly, before GitHub\'s 60 days can run out', async () => {
    const { ok, output, calls } = await keepSchedule('active');
    expect(ok, output).toBe(true);
    expect(calls).toEqual(['GET schedule.yml', 'PUT schedule.yml/enable']);
    expect(output).toBe('');
  });

  it('leaves a schedule that someone turned off by hand off', async () => {
    const { ok, output, calls, github } = await keepSchedule('disabled_manually');
    expect(ok, output).toBe(true);
    expect(calls).toEqual(['GET schedule.yml']);
    expect(github.workflows['schedule.yml']).toBe('disabled_manually');
    expect(output).toContain('::notice::The scheduled rebuild (schedule.yml) was turned off by hand; it stays off.');
  });

  it('with --dispatch, also starts the deploy workflow on the branch the schedule runs on', async () => {
    const { ok, output, github } = await keepSchedule('active', { args: ['--dispatch'] });
    expect(ok, output).toBe(true);
    expect(github.dispatches).toEqual([{ workflow: 'deploy.yml', ref: 'main' }]);
  });

  it('fails with GitHub\'s answer when the token may not do it, so the run shows red', async () => {
    const { ok, output } = await keepSchedule('disabled_inactivity', { fault: 'forbidden' });
    expect(ok).toBe(false);
    expect(output).toContain('Resource not accessible by integration');
  });
});
