// `npm run init`: replaces the example site with your own, asking for what the flags do not give.
//   npm run init -- --name "Acme" --url https://status.acme.example --components "Web app, Public API" \
//     --timezone Europe/Paris --language fr --github acme/status --yes
//   npm run init -- --from-cstate ../old-status-site     (or --from-statuspage ../export)
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentCheckReport } from '../src/lib/content/check-report.ts';
import { parseComponents, parseSiteSettings } from '../src/lib/content/parse.ts';
import { COMPONENTS_FILE, INCIDENTS_DIR, SITE_FILE } from '../src/lib/content/site-content.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { exampleLosses } from '../src/lib/template/example.ts';
import {
  ANSWER_FLAGS, answerProblems, componentsFromNames, githubRepoFromRemote, newSiteFiles, nextSteps, splitNames, withSiteOverrides, type SiteAnswers,
} from '../src/lib/template/new-site.ts';
import { contentRoot } from '../src/io/content-root.mjs';
import { originUrl } from '../src/io/git.ts';
import { ImportSourceError } from '../src/io/import-sources.ts';
import { syncIssueForms } from '../src/io/issue-forms.ts';
import { checkSite } from '../src/io/site-check.ts';
import { readOwnership, readTree, sitrepRoot } from '../src/io/template-files.ts';
import { importInto, readImportSource, type ImportSource } from './lib/apply-import.ts';
import { fail } from './lib/cli.ts';

const USAGE = `Usage: npm run init -- [--name NAME] [--url URL] [--components "Name, Group: Name, …"]
  [--timezone ZONE] [--language TAG] [--github OWNER/REPO | --no-github] [--yes] [--force]
  [--from-cstate DIR | --from-statuspage DIR]
Replaces the example site (content/site.yaml, content/components.yaml, content/upstreams.yaml,
incidents/) with yours, asking for anything the flags do not give. --yes asks nothing and takes the
defaults: the machine's time zone, language "en", and posting from the GitHub repository of
"git remote origin" when there is one.
--from-cstate and --from-statuspage start from an import instead (their settings and components);
the other flags then change what the import gives. --force replaces files that are not the example's.`;

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    components: { type: 'string' },
    timezone: { type: 'string' },
    language: { type: 'string' },
    github: { type: 'string' },
    'no-github': { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    force: { type: 'boolean' },
    'from-cstate': { type: 'string' },
    'from-statuspage': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values['from-cstate'] && values['from-statuspage']) fail('--from-cstate and --from-statuspage: give one of them');
const fromDir = values['from-cstate'] ?? values['from-statuspage'];
if (fromDir && values.components !== undefined) fail('--components: the components come from the import; edit content/components.yaml afterwards');
if (values.github !== undefined && values['no-github']) fail('--github and --no-github: give one of them');

const root = contentRoot();

// 1. Refuse before asking anything when the content is not the untouched example.
const ownership = await readOwnership();
const example = await readTree(path.join(sitrepRoot, ownership.example));
const replaced = new Map<string, string>();
// The example's content; its issue forms stay, and only their component choices are rewritten.
const exampleContent = [...example.keys()].filter((f) => f.startsWith(`${path.dirname(SITE_FILE)}/`) || f.startsWith(`${INCIDENTS_DIR}/`));
for (const file of [SITE_FILE, COMPONENTS_FILE, ...exampleContent]) {
  const text = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
  if (text !== undefined) replaced.set(file, text);
}
for (const [file, text] of await readTree(path.join(root, INCIDENTS_DIR))) replaced.set(`${INCIDENTS_DIR}/${file}`, text);
const losses = exampleLosses(replaced, example);
if (losses.length && !values.force) {
  fail(
    `npm run init replaces the example site, and these files are not the example's (${ownership.example}):\n` +
      losses.map((l) => `  ${l.path}  (${l.reason})`).join('\n') +
      `\nReplacing them would lose ${losses.length === 1 ? 'it' : 'them'}. Nothing was changed. ` +
      'Run again with --force to replace them anyway (commit them first, and git keeps a copy).',
  );
}

// 2. Read the import, if any, before anything is deleted: a wrong folder changes nothing.
let source: ImportSource | undefined;
if (fromDir) {
  try {
    // --timezone is also the zone of cState dates written without one, as import:cstate's is.
    source = await readImportSource(values['from-cstate'] ? 'cstate' : 'statuspage', fromDir, values.timezone);
  } catch (error) {
    if (error instanceof ImportSourceError) fail(error.message);
    throw error;
  }
}

// 3. The answers: flags, then questions in a terminal, then defaults.
const interactive = Boolean(process.stdin.isTTY) && !values.yes;
const remoteRepo = githubRepoFromRemote((await originUrl(root)) ?? '');
const answers: SiteAnswers = {
  name: values.name ?? '',
  url: values.url ?? '',
  timezone: values.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  language: values.language ?? 'en',
  components: splitNames(values.components ?? ''),
  github: values['no-github'] ? undefined : values.github ?? remoteRepo,
};
if (interactive) await ask();
else if (!source) {
  const missing: string[] = (['name', 'url'] as const).filter((key) => !answers[key]).map((key) => ANSWER_FLAGS[key]);
  if (!answers.components.length) missing.push(ANSWER_FLAGS.components);
  if (missing.length) fail(`${missing.join(', ')}: required when not asked in a terminal (see npm run init -- --help)`);
}
const problems = answerProblems(answers, { imported: Boolean(source) });
if (problems.length) fail(`Nothing was changed:\n${formatProblems(problems)}`);

// 4. Replace the example.
for (const file of replaced.keys()) await rm(path.join(root, file), { force: true });
await rm(path.join(root, INCIDENTS_DIR), { recursive: true, force: true });
await mkdir(path.join(root, INCIDENTS_DIR), { recursive: true });
await mkdir(path.join(root, path.dirname(SITE_FILE)), { recursive: true });
if (source) {
  await importInto(root, source);
  const siteFile = path.join(root, SITE_FILE);
  await writeFile(siteFile, withSiteOverrides(await readFile(siteFile, 'utf8'), {
    name: values.name, url: values.url, timezone: values.timezone, language: values.language,
    github: values['no-github'] ? null : answers.github,
  }));
} else {
  const files = newSiteFiles(answers);
  await writeFile(path.join(root, SITE_FILE), files.site);
  await writeFile(path.join(root, COMPONENTS_FILE), files.components);
}
console.log(`Wrote ${SITE_FILE} and ${COMPONENTS_FILE}; ${INCIDENTS_DIR}/ ${source ? 'holds the import' : 'is empty'}.`);

// 5. The issue forms, in the site's language, offer the new components; then the same check as `npm run check`.
const components = parseComponents(await readFile(path.join(root, COMPONENTS_FILE), 'utf8'), COMPONENTS_FILE).value ?? [];
const site = parseSiteSettings(await readFile(path.join(root, SITE_FILE), 'utf8'), SITE_FILE).value;
// A site file that does not parse is reported by the check below; the forms then wait for npm run forms.
const forms = site ? await syncIssueForms(root, { site, components }) : { problems: [] };
if (!site) console.error('The issue forms were not updated: content/site.yaml has problems (below); fix them, then run npm run forms.');
else if (forms.problems.length) console.error(`The issue forms could not be updated (npm run forms):\n${formatProblems(forms.problems)}`);
else console.log(`Issue forms offer the ${components.length} components.`);
const read = await checkSite(root);
const report = contentCheckReport(read);
if (!report.ok) fail(`${report.text}\nFix these, then run npm run check.`);
console.log(`${report.text}\n`);
console.log(nextSteps({ url: read.content!.site.url, github: read.content!.site.github?.repo, components }));

/** Asks for every answer the flags did not give, showing defaults; asks again for any that is not valid. */
async function ask(): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Lines read through the iterator are queued, so answers typed (or pasted) ahead are kept.
  const lines = rl[Symbol.asyncIterator]();
  const question = async (text: string, fallback = '') => {
    process.stdout.write(fallback ? `${text} [${fallback}]: ` : `${text}: `);
    const line = await lines.next();
    if (line.done) fail('\nNo more answers: nothing was changed.');
    return line.value.trim() || fallback;
  };
  console.log('Your status page. Press Enter to take the value in [brackets].');
  let first = true;
  for (;;) {
    const bad = new Set(first ? [] : answerProblems(answers, { imported: Boolean(source) }).map((p) => p.file));
    const needs = (key: keyof SiteAnswers) => (first ? values[key] === undefined : bad.has(ANSWER_FLAGS[key]));
    // A rejected answer is no default for the next try.
    const offer = (value: string) => (first ? value : '');
    if (!source) {
      if (needs('name')) answers.name = await question('Name of the service, as customers know it', offer(answers.name));
      if (needs('url')) answers.url = await question('Public URL of the status page (e.g. https://status.example.com)', offer(answers.url));
      if (needs('timezone')) answers.timezone = await question('Time zone for times on the page', offer(answers.timezone));
      if (needs('language')) answers.language = await question('Language of the page', offer(answers.language));
      if (needs('components')) {
        console.log('Components, one per line, as customers know them; "Group: Name" puts one in a group. An empty line ends.');
        answers.components = [];
        for (let line = await question('  component'); line; line = await question('  component')) answers.components.push(line);
      }
    }
    if (first && values.github === undefined && !values['no-github']) {
      const post = (await question('Post outages from GitHub issues too? (y/n)', remoteRepo ? 'y' : 'n')).toLowerCase().startsWith('y');
      answers.github = post ? await question('GitHub repository (owner/name)', remoteRepo) : undefined;
    } else if (!first && bad.has(ANSWER_FLAGS.github)) {
      answers.github = (await question('GitHub repository (owner/name), or empty for none')) || undefined;
    }
    first = false;
    const problems = answerProblems(answers, { imported: Boolean(source) });
    if (!problems.length) break;
    console.log(formatProblems(problems));
  }
  if (!source) {
    const listed = componentsFromNames(answers.components).map((c) => `${c.group ? `${c.group}: ` : ''}${c.name} (${c.id})`).join(', ');
    console.log(`\n${answers.name} at ${answers.url}, ${answers.timezone}, ${answers.language}; ${listed}; ${answers.github ? `posts from ${answers.github}` : 'no posting from GitHub'}.`);
  }
  const go = (await question('Replace the example site with this? (y/n)', 'y')).toLowerCase().startsWith('y');
  rl.close();
  if (!go) fail('Nothing was changed.');
}
