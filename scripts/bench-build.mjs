// One measured `astro build`, in its own process so that its peak memory is its own: runs Astro's
// command line with the given options and, as the process exits, writes
// {"maxRssBytes": …, "cpuSeconds": …} to <report>. JavaScript rather than TypeScript, so that
// measuring adds nothing (Node's type stripper) to the build it measures.
// Usage: node scripts/bench-build.mjs <report.json> [astro build options…]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, ...options] = process.argv.slice(2);
if (!report) throw new Error('usage: node scripts/bench-build.mjs <report.json> [astro build options…]');
// maxRSS is in kibibytes, CPU times in microseconds; Astro ends with process.exit, which still runs this.
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(report, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
});
const astroBin = path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
process.argv = [process.argv[0], astroBin, 'build', ...options];
await import(pathToFileURL(astroBin).href);
