// `npm run import:statuspage -- <export dir> [--into <dir>]`: imports a saved Statuspage v2 export
// (components.json, incidents.json, optionally scheduled-maintenances.json), and site settings
// from its `page` when the site has none.
import { parseArgs } from 'node:util';
import { ImportSourceError } from '../src/io/import-sources.ts';
import { importInto, readImportSource, targetRoot } from './lib/apply-import.ts';
import { fail } from './lib/cli.ts';

const USAGE = 'usage: npm run import:statuspage -- <folder with components.json and incidents.json> [--into <dir>]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { into: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length !== 1) fail(USAGE);

try {
  const source = await readImportSource('statuspage', positionals[0]!);
  if (!(await importInto(targetRoot(values.into), source))) process.exit(1);
} catch (error) {
  if (error instanceof ImportSourceError) fail(error.message);
  throw error;
}
