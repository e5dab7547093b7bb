// `npm run bench [-- --sizes 100,1000,10000] [--runs 3] [--json]`: builds N synthetic incidents
// with Sitrep and, interleaved in the same run, the floor (a bare Astro site with one page per
// incident file, scripts/lib/floor-site.ts), first cold (no cache, no output), then warm (one
// incident edited, the cache kept and the output gone, as in the deploy workflow). Sitrep's
// cold build is a one-off build in CI, which keeps no cache; between the two, Sitrep is built
// once more as the deploy workflow's first run, which writes the cache its next run reads.
// Prints per size the median wall times, the ratios to the floor, the peak memory of every
// Sitrep build, the home page's weight, the files the edit changed (all others must stay
// byte-identical) and the files that keeping the cache changed (none may).
// Absolute times on a shared machine swing from run to run; the ratios, measured side by side,
// are what to compare.
// `npm run bench -- --deploy`: the deploy workflow's install and build, see scripts/bench-deploy.ts.
import { spawn } from 'node:child_process';
import { cp, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { COMPONENTS_FILE, INCIDENTS_DIR } from '../src/lib/content/site-content.ts';
import { buildTime } from '../src/io/clock.ts';
import { writeFloorSite } from './lib/floor-site.ts';
import { syntheticIncidentFiles } from './synthetic-incidents.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    deploy: { type: 'boolean', default: false },
  },
});
if (values.deploy) {
  await import('./bench-deploy.ts');
  process.exit(0);
}
const sizes = values.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const runs = Math.max(1, Number(values.runs) || 1);
const project = path.resolve(import.meta.dirname, '..');
const now = buildTime;

/** Wall time; CPU time (all threads), steadier than wall time on a busy machine; peak memory. */
interface Build { seconds: number; cpuSeconds: number; peakMiB: number }

/** Runs one `astro build` through scripts/bench-build.mjs; its output goes to a log file read only on failure. */
async function measuredBuild(label: string, options: string[], env: Record<string, string>, work: string): Promise<Build> {
  const report = path.join(work, 'report.json');
  const logFile = path.join(work, 'build.log');
  const log = await open(logFile, 'w');
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(project, 'scripts/bench-build.mjs'), report, ...options], {
      cwd: project,
      // As in GitHub Actions: CI set (Astro then skips its compile cache), no telemetry.
      env: { ...process.env, CI: 'true', ASTRO_TELEMETRY_DISABLED: '1', SITREP_NOW: now.toISOString(), ...env },
      stdio: ['ignore', log.fd, log.fd],
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  await log.close();
  if (code !== 0) throw new Error(`${label} failed:\n${await readFile(logFile, 'utf8')}`);
  const { maxRssBytes, cpuSeconds } = JSON.parse(await readFile(report, 'utf8')) as { maxRssBytes: number; cpuSeconds: number };
  if (!values.json) console.error(`  ${label}: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s), ${Math.round(maxRssBytes / 2 ** 20)} MiB`);
  return { seconds, cpuSeconds, peakMiB: maxRssBytes / 2 ** 20 };
}

/** HTML plus every stylesheet it links, gzipped: what one visit to the home page downloads. */
async function homeWeight(outDir: string): Promise<number> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const css = await Promise.all(
    [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFile(path.join(outDir, m[1]!.replace(/^\/+/, '')), 'utf8')),
  );
  return gzipSync(html).length + css.reduce((sum, text) => sum + gzipSync(text).length, 0);
}

/** Every file under `dir`, by its path relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** The files of build `b` whose bytes differ from build `a`'s, or that only one of them has. */
async function changedFiles(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([filesUnder(a), filesUnder(b)]);
  const [inLeft, inRight] = [new Set(left), new Set(right)];
  const changed = [...left.filter((f) => !inRight.has(f)), ...right.filter((f) => !inLeft.has(f))];
  const common = left.filter((f) => inRight.has(f));
  // In batches: reading 20,000 files at once runs out of file handles.
  for (let start = 0; start < common.length; start += 64) {
    const batch = common.slice(start, start + 64);
    const same = await Promise.all(batch.map(async (file) => (await readFile(path.join(a, file))).equals(await readFile(path.join(b, file)))));
    changed.push(...batch.filter((_, i) => !same[i]));
  }
  return changed.sort();
}

interface SizeResult {
  incidents: number;
  runs: number;
  /** Medians; `ratio` is Sitrep's wall time over the floor's, `cpuRatio` the same for CPU time. */
  cold: { sitrepS: number; floorS: number; ratio: number; cpuRatio: number };
  /** The deploy workflow's first run: cold, writing the cache for the next run; its ratio is to the cold floor. */
  firstKept: { sitrepS: number; ratio: number };
  warm: { sitrepS: number; floorS: number; ratio: number; cpuRatio: number; ofCold: number };
  /** Peak resident memory of every Sitrep build, in MiB. */
  peaksMiB: number[];
  homeGzipKiB: number;
  /** The files the warm rebuild wrote differently from the first kept build (the last run's): all others are byte-identical. */
  changedByEdit: string[];
  /** The files the first kept build wrote differently from the one-off cold build (the last run's): none may differ. */
  changedByKeeping: string[];
}

/** Each size's working folder, deleted once the results are out: deleting 10,000s of files takes minutes. */
const workDirs: string[] = [];

async function benchSize(n: number): Promise<SizeResult> {
  // Inside the project, so both sites' prerender bundles find node_modules.
  const work = path.join(project, '.bench', `n${n}`);
  workDirs.push(work);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const siteDir = path.join(work, 'site');
  // The example's settings and components, not the copy's own: every copy measures the same site.
  await cp(path.join(project, 'test/fixtures/example/content'), path.join(siteDir, 'content'), { recursive: true });
  const ids = (parse(await readFile(path.join(siteDir, COMPONENTS_FILE), 'utf8')) as { id: string }[]).map((c) => c.id);
  const incidentsDir = path.join(siteDir, INCIDENTS_DIR);
  await mkdir(incidentsDir);
  const files = syntheticIncidentFiles(n, ids, now);
  await Promise.all(files.map(([name, text]) => writeFile(path.join(incidentsDir, name), text)));
  const floorDir = path.join(work, 'floor');
  await writeFloorSite(floorDir, incidentsDir);

  const sitrep = { cache: path.join(work, 'sitrep-cache'), out: path.join(work, 'sitrep-dist') };
  const floor = { cache: path.join(floorDir, 'node_modules'), out: path.join(floorDir, 'dist') };
  // Cold: `npm run build` in CI with nothing kept (CI set, as measuredBuild does). First kept and
  // warm: as the deploy workflow runs it, which keeps Astro's cache folder (SITREP_CACHE_KEPT):
  // the first writes the pages and Node's compiled code that the warm rebuild reads.
  const kept = { SITREP_CACHE_KEPT: 'true' };
  const buildSitrep = (label: string, env: Record<string, string> = {}) =>
    measuredBuild(`sitrep ${label}`, ['--outDir', sitrep.out], { SITREP_CONTENT_DIR: siteDir, SITREP_CACHE_DIR: sitrep.cache, ...env }, work);
  const buildFloor = (label: string) => measuredBuild(`floor  ${label}`, ['--root', floorDir], {}, work);
  const [editedName, originalText] = files[0]!;
  const edited = path.join(incidentsDir, editedName);

  // Output and caches are moved aside, not deleted, between builds: deleting 10,000 files makes
  // the disk busy for a while, which would slow down the next measured build.
  let discarded = 0;
  const aside = (dirs: string[]) => Promise.all(dirs.map((dir) => rename(dir, path.join(work, `discarded-${discarded++}`)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  })));
  const cold: { sitrep: Build; floor: Build }[] = [];
  const firstKept: Build[] = [];
  const warm: { sitrep: Build; floor: Build }[] = [];
  let homeGzip = 0;
  let changedByEdit: string[] = [];
  let changedByKeeping: string[] = [];
  for (let run = 1; run <= runs; run++) {
    if (!values.json) console.error(`${n.toLocaleString('en')} incidents, run ${run} of ${runs}:`);
    // Each run starts from nothing; the order alternates so neither site always goes first.
    await writeFile(edited, originalText);
    await aside([sitrep.cache, sitrep.out, floor.cache, floor.out, path.join(floorDir, '.astro')]);
    const pair = async (label: string, env?: Record<string, string>) => {
      if (run % 2) {
        const f = await buildFloor(label);
        return { floor: f, sitrep: await buildSitrep(label, env) };
      }
      const s = await buildSitrep(label, env);
      return { sitrep: s, floor: await buildFloor(label) };
    };
    cold.push(await pair('cold'));
    const oneOffOut = path.join(work, `cold-dist-${run}`);
    await rename(sitrep.out, oneOffOut);
    await aside([sitrep.cache]);
    firstKept.push(await buildSitrep('first kept', kept));
    homeGzip = await homeWeight(sitrep.out);
    changedByKeeping = await changedFiles(oneOffOut, sitrep.out);
    // A maintainer's edit to one incident; the deploy workflow starts with no output but the cache.
    await writeFile(edited, originalText.replace(/\n---\n/, `\n---\nEdited before warm build ${run}.\n\n`));
    const keptOut = path.join(work, `kept-dist-${run}`);
    await rename(sitrep.out, keptOut);
    await aside([floor.out]);
    warm.push(await pair('warm', kept));
    changedByEdit = await changedFiles(keptOut, sitrep.out);
    await aside([oneOffOut, keptOut]);
  }
  const ratio = (builds: { sitrep: Build; floor: Build }[]) => round(median(builds.map((b) => b.sitrep.seconds / b.floor.seconds)));
  const cpuRatio = (builds: { sitrep: Build; floor: Build }[]) => round(median(builds.map((b) => b.sitrep.cpuSeconds / b.floor.cpuSeconds)));
  const coldS = median(cold.map((b) => b.sitrep.seconds));
  const warmS = median(warm.map((b) => b.sitrep.seconds));
  return {
    incidents: n,
    runs,
    cold: { sitrepS: round(coldS), floorS: round(median(cold.map((b) => b.floor.seconds))), ratio: ratio(cold), cpuRatio: cpuRatio(cold) },
    warm: {
      sitrepS: round(warmS),
      floorS: round(median(warm.map((b) => b.floor.seconds))),
      ratio: ratio(warm),
      cpuRatio: cpuRatio(warm),
      ofCold: round(median(warm.map((b, i) => b.sitrep.seconds / cold[i]!.sitrep.seconds))),
    },
    firstKept: {
      sitrepS: round(median(firstKept.map((b) => b.seconds))),
      ratio: round(median(firstKept.map((b, i) => b.seconds / cold[i]!.floor.seconds))),
    },
    peaksMiB: [...cold.map((b) => b.sitrep), ...firstKept, ...warm.map((b) => b.sitrep)].map((b) => Math.round(b.peakMiB)),
    homeGzipKiB: round(homeGzip / 1024),
    changedByEdit,
    changedByKeeping,
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (values.json) {
  console.log(JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2));
} else {
  console.log(`\nMachine: ${machine}; medians of ${runs} run(s) per size; the floor is a bare Astro site with one page per incident file.\n`);
  console.log('| incidents | cold build | floor | ratio (CPU) | first kept build | ratio | warm rebuild (1 edited) | floor | ratio (CPU) | warm / cold | peak memory, every build | home page HTML+CSS gzip |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.incidents.toLocaleString('en')} | ${r.cold.sitrepS} s | ${r.cold.floorS} s | ${r.cold.ratio}× (${r.cold.cpuRatio}×) | ` +
        `${r.firstKept.sitrepS} s | ${r.firstKept.ratio}× | ` +
        `${r.warm.sitrepS} s | ${r.warm.floorS} s | ${r.warm.ratio}× (${r.warm.cpuRatio}×) | ` +
        `${r.warm.ofCold} | ${Math.min(...r.peaksMiB)}–${Math.max(...r.peaksMiB)} MiB | ${r.homeGzipKiB} KiB |`,
    );
  }
  console.log('\nFiles the warm rebuild (one incident edited) wrote differently from the first kept build; every other file is byte-identical:\n');
  for (const r of results) console.log(`- ${r.incidents.toLocaleString('en')} incidents: ${r.changedByEdit.length} — ${r.changedByEdit.join(', ')}`);
  console.log('\nFiles the first kept build wrote differently from the one-off cold build (none may differ):\n');
  for (const r of results) console.log(`- ${r.incidents.toLocaleString('en')} incidents: ${r.changedByKeeping.length}${r.changedByKeeping.length ? ` — ${r.changedByKeeping.join(', ')}` : ''}`);
}
for (const dir of workDirs) await rm(dir, { recursive: true, force: true });
