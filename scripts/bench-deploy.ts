// `npm run bench -- --deploy [--runs 3]`: what the deploy workflow's install and build cost, beside
// a full `npm ci` and build (what the workflow ran before it installed production dependencies
// only). Each run clones the repository's committed HEAD twice into .bench/, then times in one
// clone every `run:` step of the workflow's build job up to the build, and in the other
// `npm ci` + `npm run build`, alternating which goes first. Both use one npm cache, filled
// beforehand, as setup-node restores it keyed on the lockfile; the clones start with no
// node_modules and no Astro cache, as a runner does on its first run (so the build also writes
// Node's compile cache, as the workflow's first run does). Prints each step and the medians.
import { spawn, execFileSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, strict: false });
const runs = Math.max(1, Number(values.runs) || 1);
const project = path.resolve(import.meta.dirname, '..');
const work = path.join(project, '.bench', 'deploy');
const npmCache = path.join(work, 'npm-cache');
const WORKFLOW = '.github/workflows/deploy.yml';

interface Step { name: string; run: string; env?: Record<string, string> }
interface WorkflowStep { name?: string; run?: string; uses?: string; env?: Record<string, string> }

/** The workflow's shell steps, in order, up to and including the one that builds the site. */
async function workflowSteps(): Promise<Step[]> {
  const workflow = parse(await readFile(path.join(project, WORKFLOW), 'utf8')) as { jobs: Record<string, { steps: WorkflowStep[] }> };
  const job = Object.values(workflow.jobs).find((j) => j.steps.some((s) => s.run?.includes('npm run build')));
  if (!job) throw new Error(`${WORKFLOW}: no job runs npm run build`);
  const steps: Step[] = [];
  for (const step of job.steps) {
    if (!step.run) continue;
    if (step.run.includes('${{')) throw new Error(`${WORKFLOW}: cannot replay a step with an expression: ${step.run}`);
    // The step's own variables, but those GitHub fills in (a token, the clock): none here.
    const env = Object.fromEntries(Object.entries(step.env ?? {}).filter(([, value]) => !String(value).includes('${{')));
    steps.push({ name: step.name ?? step.run, run: step.run, env });
    if (step.run.includes('npm run build')) break;
  }
  return steps;
}

/** Runs a shell step in `cwd`, as a runner would: bash, failing on the first error; returns seconds. */
async function timed(cwd: string, command: string, stepEnv: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    // Node first on PATH, as setup-node puts it: the one running this script, from .nvmrc.
    const env: NodeJS.ProcessEnv = {
      ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, CI: 'true',
      npm_config_cache: npmCache, ASTRO_TELEMETRY_DISABLED: '1', GITHUB_OUTPUT: path.join(work, 'github-output'), ...stepEnv,
    };
    for (const key of ['GITHUB_TOKEN', 'GH_TOKEN', 'NODE_OPTIONS']) delete env[key];
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { cwd, env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d; });
    child.stderr.on('data', (d: Buffer) => { output += d; });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
  if (code !== 0) throw new Error(`\`${command}\` failed in ${cwd}:\n${output.slice(-4000)}`);
  return (performance.now() - started) / 1000;
}

/** A clean clone of the committed HEAD: no node_modules, no caches, no build output. */
async function freshClone(name: string): Promise<string> {
  const dir = path.join(work, name);
  await rm(dir, { recursive: true, force: true });
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', project, dir]);
  return dir;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const seconds = (x: number) => `${x.toFixed(1)} s`;

const steps = await workflowSteps();
const before: Step[] = [{ name: 'npm ci', run: 'npm ci' }, { name: 'npm run build', run: 'npm run build' }];
await mkdir(work, { recursive: true });
console.error(`Filling the npm cache (${path.relative(project, npmCache)}) with a full install, untimed…`);
await timed(await freshClone('warm-up'), 'npm ci --no-audit --no-fund');
await rm(path.join(work, 'warm-up'), { recursive: true, force: true });

const times = { workflow: steps.map(() => [] as number[]), before: before.map(() => [] as number[]) };
for (let run = 1; run <= runs; run++) {
  const sides = [['workflow', steps], ['before', before]] as const;
  for (const [side, list] of run % 2 ? sides : [...sides].reverse()) {
    const dir = await freshClone(side);
    for (const [i, step] of list.entries()) {
      const s = await timed(dir, step.run, step.env);
      times[side][i]!.push(s);
      console.error(`run ${run}, ${side === 'workflow' ? 'deploy workflow' : 'full install'}: ${step.name}: ${seconds(s)}`);
    }
    await rm(dir, { recursive: true, force: true });
  }
}

const total = (side: 'workflow' | 'before') => median(Array.from({ length: runs }, (_, r) => times[side].reduce((sum, t) => sum + t[r]!, 0)));
console.log(`\nInstall and build of the example site in a clean clone with a warm npm cache, medians of ${runs} run(s):\n`);
console.log('| step | deploy workflow | full `npm ci` + build |');
console.log('| --- | ---: | ---: |');
for (const [i, step] of steps.entries()) console.log(`| \`${step.run.trim()}\` | ${seconds(median(times.workflow[i]!))} | |`);
for (const [i, step] of before.entries()) console.log(`| \`${step.run}\` | | ${seconds(median(times.before[i]!))} |`);
const [now, then] = [total('workflow'), total('before')];
console.log(`| **total** | **${seconds(now)}** | **${seconds(then)}** |`);
console.log(`\nThe workflow's install and build take ${(now / then).toFixed(2)}× the full install and build.`);
