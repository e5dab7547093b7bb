/**
 * `npm run forms`: rewrites the issue forms in .github/ISSUE_TEMPLATE/ in the site's language
 * (its first, with its `strings:`), with the component choices of content/components.yaml.
 * `npm run forms -- --check` only reports drift (exit 1).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComponents, parseSiteSettings } from '../src/lib/content/parse.ts';
import { COMPONENTS_FILE, SITE_FILE } from '../src/lib/content/site-content.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { contentRoot } from '../src/io/content-root.mjs';
import { syncIssueForms } from '../src/io/issue-forms.ts';

const root = contentRoot();
const check = process.argv.includes('--check');

const site = parseSiteSettings(await readFile(path.join(root, SITE_FILE), 'utf8'), SITE_FILE);
const components = parseComponents(await readFile(path.join(root, COMPONENTS_FILE), 'utf8'), COMPONENTS_FILE);
if (!site.value || !components.value) {
  console.error(formatProblems([...site.problems, ...components.problems]));
  process.exit(1);
}
const { changed, problems } = await syncIssueForms(root, { site: site.value, components: components.value }, { check });
if (problems.length) console.error(formatProblems(problems));
for (const form of changed) {
  if (check) console.error(`${form}: differs from ${SITE_FILE} and ${COMPONENTS_FILE}; run npm run forms`);
  else console.log(`${form}: updated`);
}
if (!changed.length && !problems.length) console.log(`Issue forms match ${SITE_FILE} and ${COMPONENTS_FILE}.`);
if (problems.length || (check && changed.length)) process.exit(1);
