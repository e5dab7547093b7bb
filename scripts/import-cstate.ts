// `npm run import:cstate -- <cState site> [--into <dir>] [--timezone <zone>]`:
// imports a cState site's systems and issues into this site's content.
import { parseArgs } from 'node:util';
import { ImportSourceError } from '../src/io/import-sources.ts';
import { isTimeZone } from '../src/lib/time.ts';
import { importInto, readImportSource, targetRoot } from './lib/apply-import.ts';
import { fail } from './lib/cli.ts';

const USAGE = 'usage: npm run import:cstate -- <path to a cState site> [--into <dir>] [--timezone <IANA zone>]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { into: { type: 'string' }, timezone: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) fail(USAGE);
if (positionals.length !== 1) fail(USAGE);
if (values.timezone && !isTimeZone(values.timezone)) fail(`--timezone: "${values.timezone}" is not an IANA time zone such as Europe/Berlin`);

try {
  const source = await readImportSource('cstate', positionals[0]!, values.timezone);
  if (!(await importInto(targetRoot(values.into), source))) process.exit(1);
} catch (error) {
  if (error instanceof ImportSourceError) fail(error.message);
  throw error;
}
