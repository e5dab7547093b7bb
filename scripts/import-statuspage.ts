// `npm run import:statuspage -- <export dir> [--into <dir>]`: imports a saved Statuspage v2 export
// (components.json, incidents.json, optionally scheduled-maintenances.json).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importStatuspageExport, type StatuspageExport } from '../src/lib/import/statuspage-export.ts';
import { applyImport, fail, readOptional, readTarget, targetRoot } from './lib/apply-import.ts';

const USAGE = 'usage: npm run import:statuspage -- <folder with components.json and incidents.json> [--into <dir>]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { into: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length !== 1) fail(USAGE);
const dir = path.resolve(positionals[0]!);

async function readJson(file: string, required: boolean): Promise<{ file: string; data: unknown } | undefined> {
  const text = await readOptional(path.join(dir, file));
  if (text === undefined) {
    if (required) fail(`${dir} is not a Statuspage export: it has no ${file}`);
    return undefined;
  }
  try {
    return { file, data: JSON.parse(text) };
  } catch (error) {
    return fail(`${file}: is not valid JSON: ${(error as Error).message}`);
  }
}

const exported: StatuspageExport = {
  components: (await readJson('components.json', true))!,
  incidents: (await readJson('incidents.json', true))!,
  maintenances: await readJson('scheduled-maintenances.json', false),
};
const root = targetRoot(values.into);
await applyImport(root, importStatuspageExport(exported, await readTarget(root)), dir);
