// One measured build, in its own process so that its peak memory is its own:
// prints {"maxRssBytes": …} after building SITREP_CONTENT_DIR into the given outDir.
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/bench-build.ts <outDir>');
await build({ outDir, logLevel: 'error' });
// resourceUsage().maxRSS is in kibibytes.
console.log(JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
