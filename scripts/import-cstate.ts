// `npm run import:cstate -- <cState site> [--into <dir>] [--timezone <zone>]`:
// imports a cState site's systems and issues into this site's content.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { buildTime } from '../src/io/clock.ts';
import { SITE_FILE } from '../src/lib/content/site-content.ts';
import { siteSettingsFromCstate } from '../src/lib/import/cstate-config.ts';
import { importCstateSite, type CstateSiteFiles } from '../src/lib/import/cstate-site.ts';
import { isTimeZone } from '../src/lib/time.ts';
import { applyImport, fail, readOptional, readSiteZone, readTarget, targetRoot } from './lib/apply-import.ts';

const USAGE = 'usage: npm run import:cstate -- <path to a cState site> [--into <dir>] [--timezone <IANA zone>]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { into: { type: 'string' }, timezone: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) fail(USAGE);
if (positionals.length !== 1) fail(USAGE);
if (values.timezone && !isTimeZone(values.timezone)) fail(`--timezone: "${values.timezone}" is not an IANA time zone such as Europe/Berlin`);
const siteRoot = path.resolve(positionals[0]!);

/** Hugo reads its config from any of these; the first that exists wins, as in Hugo. */
const CONFIG_FILES = ['hugo.yml', 'hugo.yaml', 'hugo.toml', 'config.yml', 'config.yaml', 'config.toml', 'config/_default/hugo.yml', 'config/_default/hugo.yaml', 'config/_default/hugo.toml', 'config/_default/config.yml', 'config/_default/config.yaml', 'config/_default/config.toml'];

async function readConfig(): Promise<{ configFile: string; config: Record<string, unknown> }> {
  for (const configFile of CONFIG_FILES) {
    const text = await readOptional(path.join(siteRoot, configFile));
    if (text === undefined) continue;
    let config: unknown;
    try {
      config = configFile.endsWith('.toml') ? parseToml(text) : parseYaml(text);
    } catch (error) {
      fail(`${configFile}: does not parse: ${(error as Error).message.split('\n')[0]}`);
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) fail(`${configFile}: is not a map of settings`);
    const result = config as Record<string, unknown>;
    // Hugo's split config keeps params in their own file.
    if (configFile.startsWith('config/_default/') && !result.params) {
      const params = await readOptional(path.join(siteRoot, 'config/_default/params.yml')) ?? await readOptional(path.join(siteRoot, 'config/_default/params.yaml'));
      if (params !== undefined) result.params = parseYaml(params);
    }
    return { configFile, config: result };
  }
  return fail(`${siteRoot} is not a cState site: it has no config.yml (nor another Hugo config file)`);
}

async function readIssues(): Promise<CstateSiteFiles['issues']> {
  const dir = path.join(siteRoot, 'content', 'issues');
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return fail(`${siteRoot} is not a cState site: it has no content/issues/ folder`);
  }
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(siteRoot, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  return Promise.all(files.map(async (file) => ({
    file,
    text: /\.(md|markdown)$/i.test(file) ? await readOptional(path.join(siteRoot, file)) : undefined,
  })));
}

const [{ configFile, config }, issues] = await Promise.all([readConfig(), readIssues()]);
const root = targetRoot(values.into);
// The build's clock: SITREP_NOW pins it, and is refused when it is not a date-time.
const plan = importCstateSite({ configFile, config, issues }, await readTarget(root), {
  now: buildTime, zone: values.timezone, siteZone: await readSiteZone(root),
});
// A site without settings gets them from the cState config; existing settings are never touched.
if ((await readOptional(path.join(root, SITE_FILE))) === undefined) {
  const settings = siteSettingsFromCstate(config, configFile, SITE_FILE);
  await mkdir(path.join(root, path.dirname(SITE_FILE)), { recursive: true });
  await writeFile(path.join(root, SITE_FILE), settings.text);
  plan.warnings.unshift({ file: SITE_FILE, message: `written from ${configFile}` }, ...settings.problems);
}
await applyImport(root, plan, siteRoot);
