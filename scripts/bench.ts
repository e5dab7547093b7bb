// `npm run bench [-- --sizes 100,1000,10000] [--json]`: builds N synthetic incidents in a temporary
// copy of the content, cold then warm (one incident edited), and prints wall time, peak memory and
// the home page's weight per N.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { COMPONENTS_FILE, INCIDENTS_DIR } from '../src/lib/content/site-content.ts';
import { buildTime } from '../src/io/clock.ts';
import { syntheticIncidentFiles } from './synthetic-incidents.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, json: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const project = path.resolve(import.meta.dirname, '..');
const now = buildTime;

interface Result { incidents: number; coldSeconds: number; coldPeakMiB: number; warmSeconds: number; warmPeakMiB: number; homeGzipKiB: number }

async function measuredBuild(contentDir: string, cacheDir: string, outDir: string) {
  const started = performance.now();
  const { stdout } = await run(process.execPath, [path.join(project, 'scripts/bench-build.ts'), outDir], {
    cwd: project,
    env: { ...process.env, SITREP_CONTENT_DIR: contentDir, SITREP_CACHE_DIR: cacheDir, SITREP_NOW: now.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const { maxRssBytes } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { maxRssBytes: number };
  return { seconds, peakMiB: maxRssBytes / 1024 / 1024 };
}

/** HTML plus every stylesheet it links, gzipped: what one visit to the home page downloads. */
async function homeWeight(outDir: string): Promise<number> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const css = await Promise.all(
    [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFile(path.join(outDir, m[1]!.replace(/^\/+/, '')), 'utf8')),
  );
  return gzipSync(html).length + css.reduce((sum, text) => sum + gzipSync(text).length, 0);
}

const results: Result[] = [];
for (const n of sizes) {
  // Inside the project, so Astro's prerender bundle (written into outDir) finds node_modules.
  await mkdir(path.join(project, '.bench'), { recursive: true });
  const work = await mkdtemp(path.join(project, '.bench', `${n}-`));
  try {
    const contentDir = path.join(work, 'site');
    // The example's settings and components, not the copy's own: every copy measures the same site.
    await cp(path.join(project, 'test/fixtures/example/content'), path.join(contentDir, 'content'), { recursive: true });
    const ids = (parse(await readFile(path.join(contentDir, COMPONENTS_FILE), 'utf8')) as { id: string }[]).map((c) => c.id);
    await mkdir(path.join(contentDir, INCIDENTS_DIR));
    const files = syntheticIncidentFiles(n, ids, now);
    await Promise.all(files.map(([name, text]) => writeFile(path.join(contentDir, INCIDENTS_DIR, name), text)));
    const cacheDir = path.join(work, 'cache');
    const outDir = path.join(work, 'dist');
    const cold = await measuredBuild(contentDir, cacheDir, outDir);
    const homeGzip = await homeWeight(outDir);
    const [firstName, firstText] = files[0]!;
    await writeFile(path.join(contentDir, INCIDENTS_DIR, firstName), firstText.replace(/\n---\n/, '\n---\nEdited for the warm build.\n'));
    const warm = await measuredBuild(contentDir, cacheDir, outDir);
    const result: Result = {
      incidents: n,
      coldSeconds: round(cold.seconds), coldPeakMiB: Math.round(cold.peakMiB),
      warmSeconds: round(warm.seconds), warmPeakMiB: Math.round(warm.peakMiB),
      homeGzipKiB: round(homeGzip / 1024),
    };
    results.push(result);
    if (!values.json) console.error(`built ${n} incidents: ${result.coldSeconds} s cold, ${result.warmSeconds} s warm`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (values.json) {
  console.log(JSON.stringify({ machine, date: now.toISOString(), results }, null, 2));
} else {
  console.log(`\nMachine: ${machine}\n`);
  console.log('| incidents | cold build | cold peak memory | warm rebuild (1 edited) | warm peak memory | home page HTML+CSS gzip |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(`| ${r.incidents.toLocaleString('en')} | ${r.coldSeconds} s | ${r.coldPeakMiB} MiB | ${r.warmSeconds} s | ${r.warmPeakMiB} MiB | ${r.homeGzipKiB} KiB |`);
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
