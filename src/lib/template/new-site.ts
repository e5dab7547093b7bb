import { parseDocument, stringify } from 'yaml';
import { SITE_SCHEMA_COMMENT } from '../content/site-content.ts';
import { appendComponents } from '../import/merge-components.ts';
import type { Problem } from '../problems.ts';
import { PAGE_BADGE, type Component } from '../schema/components.ts';
import { GithubSettings, SiteSettings } from '../schema/site.ts';
import { slugify, uniqueId } from '../slug.ts';
import { validate } from '../validate.ts';

/** What `npm run init` asks for a new site. */
export interface SiteAnswers {
  name: string;
  url: string;
  /** IANA zone for times where the reader's own is unknown. */
  timezone: string;
  language: string;
  /** Display names in page order; `Group: Name` puts a component in a group. */
  components: string[];
  /** `owner/name` of the repository whose issues post to the page; absent: no posting from GitHub. */
  github?: string;
}

/** The flag that gives each answer: problems are located by it, since that is what the user typed. */
export const ANSWER_FLAGS = {
  name: '--name', url: '--url', timezone: '--timezone', language: '--language', components: '--components', github: '--github',
} as const satisfies Record<keyof SiteAnswers, string>;

/**
 * The display names in a comma-separated list, trimmed, empty entries dropped.
 * @example splitNames('Web app, Platform: Public API,') // → ['Web app', 'Platform: Public API']
 */
export function splitNames(list: string): string[] {
  return list.split(',').map((name) => name.trim()).filter(Boolean);
}

/**
 * Components from display names, in order: `Group: Name` sets the group; ids are derived from
 * names as for incidents (`slugify`), made unique with `-2`, `-3`… and never the page badge's name.
 * @example componentsFromNames(['Web app', 'Platform: Public API'])
 * // → [{ id: 'web-app', name: 'Web app' }, { id: 'public-api', name: 'Public API', group: 'Platform' }]
 */
export function componentsFromNames(names: readonly string[]): Component[] {
  const taken = new Set([PAGE_BADGE]);
  return names.map((entry) => {
    const { group, name } = splitGroup(entry);
    const id = uniqueId(slugify(name) || 'component', (candidate) => taken.has(candidate));
    taken.add(id);
    return group ? { id, name, group } : { id, name };
  });
}

/** `Group: Name` as its two parts (the group empty when there is none). */
function splitGroup(entry: string): { group: string; name: string } {
  const colon = entry.indexOf(':');
  return colon < 0 ? { group: '', name: entry.trim() } : { group: entry.slice(0, colon).trim(), name: entry.slice(colon + 1).trim() };
}

/**
 * Every problem with the answers, each located by the flag that gives it; none when they make a
 * valid site. For a site started from an import (`imported`), a missing name, URL or component
 * list is no problem: the import brings them.
 */
export function answerProblems(answers: SiteAnswers, { imported = false } = {}): Problem[] {
  const problems: Problem[] = [];
  const check = (key: keyof SiteAnswers, schema: Parameters<typeof validate>[0], value: unknown) => {
    if (imported && !value) return;
    problems.push(...validate(schema, value, { file: ANSWER_FLAGS[key] }).problems);
  };
  check('name', SiteSettings.shape.name, answers.name.trim() || undefined);
  check('url', SiteSettings.shape.url, answers.url.trim() || undefined);
  check('timezone', SiteSettings.shape.timezone, answers.timezone);
  check('language', SiteSettings.shape.language, answers.language);
  if (answers.github !== undefined) check('github', GithubSettings.shape.repo, answers.github);
  if (!answers.components.length && !imported) {
    // GitHub refuses an issue form whose components dropdown offers nothing.
    problems.push({ file: ANSWER_FLAGS.components, message: 'name at least one component, e.g. --components "Website, Public API"' });
  }
  const names = new Set<string>();
  for (const entry of answers.components) {
    const { group, name } = splitGroup(entry);
    // The issue forms and issue bodies name components by name, so two alike could not be told apart.
    if (names.has(name.toLowerCase())) problems.push({ file: ANSWER_FLAGS.components, message: `"${name}" is named twice; give each component its own name` });
    names.add(name.toLowerCase());
    if (!name) problems.push({ file: ANSWER_FLAGS.components, message: `"${entry}" has no name: write "Group: Name" or just "Name"` });
    else if (entry.includes(':') && !group) problems.push({ file: ANSWER_FLAGS.components, message: `"${entry}" has nothing before ":": write "Group: Name" or just "Name"` });
  }
  return problems;
}

/** The text of `content/site.yaml` and `content/components.yaml` for valid answers. */
export function newSiteFiles(answers: SiteAnswers): { site: string; components: string } {
  const settings: Record<string, unknown> = {
    name: answers.name.trim(),
    url: answers.url.trim().replace(/\/+$/, ''),
    timezone: answers.timezone,
    language: answers.language,
  };
  if (answers.github) settings.github = githubSettings(answers.github);
  return {
    site: `${SITE_SCHEMA_COMMENT}\n${stringify(settings, { lineWidth: 0 })}`,
    components: appendComponents(undefined, componentsFromNames(answers.components)),
  };
}

/**
 * `owner/name` of a GitHub remote URL (https, ssh or scp-like), or undefined for other hosts.
 * @example githubRepoFromRemote('git@github.com:acme/status.git') // → 'acme/status'
 */
export function githubRepoFromRemote(remote: string): string | undefined {
  const match = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(remote.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** What to do after `npm run init`, for a site at `url` posting from `github` (or not). */
export function nextSteps(site: { url: string; github?: string; components: readonly Component[] }): string {
  const pages = new URL(site.url).hostname.endsWith('.github.io')
    ? `It will be at ${site.url}.`
    : `Point your domain at it: Settings → Pages → Custom domain "${new URL(site.url).hostname}", and a DNS CNAME record to <owner>.github.io.`;
  const example = site.components[0]?.id ?? '<component id>';
  return [
    'Next steps:',
    '  1. Look at it: npm run dev (or npm run build, then npm run preview).',
    '  2. Commit and push: git add -A && git commit -m "Our status page" && git push',
    `  3. On GitHub, Settings → Pages → Source: GitHub Actions. ${pages}`,
    `  4. Post an incident: npm run new -- --title "Slow logins" --components ${example}, commit and push` +
      (site.github ? `;\n     or, from a phone, open an issue in ${site.github} from the Outage form (only maintainers' issues are shown).` : '.'),
    '  5. Stay up to date with Sitrep: see "Staying up to date" in README.md.',
  ].join('\n');
}

/**
 * An imported `content/site.yaml` with the answers given on the command line set over it; its
 * other settings and comments are kept. `github: null` turns posting from GitHub off.
 */
export function withSiteOverrides(text: string, overrides: Partial<Omit<SiteAnswers, 'components' | 'github'>> & { github?: string | null }): string {
  const doc = parseDocument(text);
  for (const key of ['name', 'url', 'timezone', 'language'] as const) {
    const value = overrides[key]?.trim();
    if (value) doc.set(key, key === 'url' ? value.replace(/\/+$/, '') : value);
  }
  if (overrides.github === null) doc.delete('github');
  else if (overrides.github) doc.set('github', doc.createNode(githubSettings(overrides.github)));
  return doc.toString({ lineWidth: 0 });
}

/** Written out in full, defaults included, so that the knobs are in front of whoever opens the file. */
function githubSettings(repo: string) {
  return GithubSettings.parse({ repo });
}
