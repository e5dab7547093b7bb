import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Incident } from '../lib/schema/incident.ts';
import type { Problem } from '../lib/problems.ts';
import { parseComponents, parseIncidentFile, parseSiteSettings, parseUpstreams } from '../lib/content/parse.ts';
import { unknownChannelComponents } from '../lib/notify/channels.ts';
import { incidentFileDigest, type StoredParses } from '../lib/content/stored-parses.ts';
import { COMPONENTS_FILE, INCIDENTS_DIR, SITE_FILE, UPSTREAMS_FILE, type Content } from '../lib/content/site-content.ts';

/** The content when it is valid, every problem found, and the incident files' digests. */
export interface ReadContent {
  content?: Content;
  problems: Problem[];
  /**
   * Each incident file's `incidentFileDigest`, by id, when there were `stored` parses (else
   * empty): the loader stores each with its incident, for the next build.
   */
  incidentDigests: Map<string, string>;
}

/**
 * Reads and validates all Markdown content under `root`. Returns the content only when every
 * file is valid; otherwise every problem in every file, so a maintainer fixes them in one go.
 * An incident file whose digest is the one `stored` with its id is not parsed again: the stored
 * incident is what parsing it would give. `stored` is asked for once, when the incidents are read.
 */
export async function readContent(root: string, { stored }: { stored?: () => StoredParses | undefined } = {}): Promise<ReadContent> {
  const [siteText, componentsText, upstreamsText, incidentFiles] = await Promise.all([
    readText(root, SITE_FILE),
    readText(root, COMPONENTS_FILE),
    readText(root, UPSTREAMS_FILE, { optional: true }),
    listMarkdown(path.join(root, INCIDENTS_DIR)),
  ]);
  const problems: Problem[] = [];
  const site = siteText.text === undefined ? undefined : parseSiteSettings(siteText.text, SITE_FILE);
  const upstreams = upstreamsText.text === undefined ? { value: [], problems: [] } : parseUpstreams(upstreamsText.text, UPSTREAMS_FILE);
  const components = componentsText.text === undefined ? undefined : parseComponents(componentsText.text, COMPONENTS_FILE, upstreams.value ?? null);
  for (const read of [siteText, componentsText, upstreamsText]) if (read.problem) problems.push(read.problem);
  problems.push(...(site?.problems ?? []), ...(components?.problems ?? []), ...upstreams.problems);
  if (site?.value && components?.value) problems.push(...unknownChannelComponents(site.value.notify, components.value));

  const known = components?.value ?? [];
  const knownIds = known.map((c) => c.id);
  const parses = stored?.();
  const incidentDigests = new Map<string, string>();
  const incidents: Incident[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const rel of incidentFiles) {
    const file = `${INCIDENTS_DIR}/${rel.split(path.sep).join('/')}`;
    const id = path.basename(rel, '.md');
    const earlier = firstFileOfId.get(id);
    if (earlier) {
      problems.push({ file, message: `duplicate incident id "${id}": ${earlier} has the same file name` });
      continue;
    }
    firstFileOfId.set(id, file);
    let text: string;
    try {
      // Read one by one and synchronously: a small file costs four trips through libuv's thread
      // pool when read asynchronously; 10,000 of them took 0.4-0.8 s that way, 0.12-0.17 s so.
      text = readFileSync(path.join(root, INCIDENTS_DIR, rel), 'utf8');
    } catch (error) {
      problems.push({ file, message: `cannot be read: ${(error as Error).message}` });
      continue;
    }
    if (parses) {
      const digest = incidentFileDigest(parses.code, knownIds, file, text);
      incidentDigests.set(id, digest);
      const entry = parses.entry(id);
      if (entry?.digest === digest) {
        // Stored by the incidents loader from a parse of these same inputs.
        incidents.push(entry.data as Incident);
        continue;
      }
    }
    const parsed = parseIncidentFile(text, file, id, known);
    problems.push(...parsed.problems);
    if (parsed.value) incidents.push(parsed.value);
  }

  if (problems.length || !site?.value || !components?.value || !upstreams.value) return { problems, incidentDigests };
  return { content: { site: site.value, components: components.value, incidents, upstreams: upstreams.value }, problems, incidentDigests };
}

/** A content file's text; a missing one is a problem unless it is `optional`, and then it has no text. */
async function readText(root: string, file: string, { optional = false } = {}): Promise<{ text?: string; problem?: Problem }> {
  try {
    return { text: await readFile(path.join(root, file), 'utf8') };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && optional) return {};
    return { problem: { file, message: missing ? 'is missing' : `cannot be read: ${(error as Error).message}` } };
  }
}

/** Markdown files under `dir`, recursively, as sorted relative paths; none when `dir` is absent. */
async function listMarkdown(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
      // Most files sit in `dir` itself: path.relative took 0.1 s of a 10,000-file read.
      .map((e) => (e.parentPath === dir ? e.name : path.relative(dir, path.join(e.parentPath, e.name))))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
