import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { CstateSiteFiles } from '../lib/import/cstate-site.ts';
import type { StatuspageExport } from '../lib/import/statuspage-export.ts';

/** A folder that cannot be imported at all; the message says why, for the person who named it. */
export class ImportSourceError extends Error {}

/** Reads a file, or undefined when it does not exist. */
export async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Hugo reads its config from any of these; the first that exists wins, as in Hugo. */
const CSTATE_CONFIG_FILES = ['hugo.yml', 'hugo.yaml', 'hugo.toml', 'config.yml', 'config.yaml', 'config.toml', 'config/_default/hugo.yml', 'config/_default/hugo.yaml', 'config/_default/hugo.toml', 'config/_default/config.yml', 'config/_default/config.yaml', 'config/_default/config.toml'];

/** A cState site's config and every file under its `content/issues/`; throws ImportSourceError when `siteRoot` is not one. */
export async function readCstateSite(siteRoot: string): Promise<CstateSiteFiles> {
  const { configFile, config } = await readCstateConfigFile(siteRoot);
  return { configFile, config, issues: await readCstateIssues(siteRoot) };
}

async function readCstateConfigFile(siteRoot: string): Promise<{ configFile: string; config: Record<string, unknown> }> {
  for (const configFile of CSTATE_CONFIG_FILES) {
    const text = await readOptional(path.join(siteRoot, configFile));
    if (text === undefined) continue;
    let config: unknown;
    try {
      config = configFile.endsWith('.toml') ? parseToml(text) : parseYaml(text);
    } catch (error) {
      throw new ImportSourceError(`${configFile}: does not parse: ${(error as Error).message.split('\n')[0]}`);
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new ImportSourceError(`${configFile}: is not a map of settings`);
    const result = config as Record<string, unknown>;
    // Hugo's split config keeps params in their own file.
    if (configFile.startsWith('config/_default/') && !result.params) {
      const params = await readOptional(path.join(siteRoot, 'config/_default/params.yml')) ?? await readOptional(path.join(siteRoot, 'config/_default/params.yaml'));
      if (params !== undefined) result.params = parseYaml(params);
    }
    return { configFile, config: result };
  }
  throw new ImportSourceError(`${siteRoot} is not a cState site: it has no config.yml (nor another Hugo config file)`);
}

async function readCstateIssues(siteRoot: string): Promise<CstateSiteFiles['issues']> {
  const dir = path.join(siteRoot, 'content', 'issues');
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    throw new ImportSourceError(`${siteRoot} is not a cState site: it has no content/issues/ folder`);
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

/** A saved Statuspage v2 export's files; throws ImportSourceError when `dir` is not one. */
export async function readStatuspageExport(dir: string): Promise<StatuspageExport> {
  const readJson = async (file: string) => {
    const text = await readOptional(path.join(dir, file));
    if (text === undefined) return undefined;
    try {
      return { file, data: JSON.parse(text) as unknown };
    } catch (error) {
      throw new ImportSourceError(`${file}: is not valid JSON: ${(error as Error).message}`);
    }
  };
  const required = async (file: string) => {
    const found = await readJson(file);
    if (!found) throw new ImportSourceError(`${dir} is not a Statuspage export: it has no ${file}`);
    return found;
  };
  // One after the other, so a folder with neither file is always said to lack the first.
  const components = await required('components.json');
  const incidents = await required('incidents.json');
  return { components, incidents, maintenances: await readJson('scheduled-maintenances.json') };
}
