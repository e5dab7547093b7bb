/**
 * `npm run forms`: rewrites the issue forms in .github/ISSUE_TEMPLATE/ in the site's language
 * (its first, with its `strings:`), with the component choices of content/components.yaml.
 * `npm run forms -- --check` only reports drift (exit 1).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComponents, parseSiteSettings } from '../src/lib/content/parse.ts';
import { COMPONENTS_FILE, SITE_FILE } from '../src/lib/content/site-content.ts';
import { ISSUE_FORMS, localizedForm } from '../src/lib/github/issue-forms.ts';
import { siteLanguages } from '../src/lib/i18n/site-languages.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { contentRoot } from '../src/io/content-root.ts';

const root = contentRoot();
const check = process.argv.includes('--check');

const site = parseSiteSettings(await readFile(path.join(root, SITE_FILE), 'utf8'), SITE_FILE);
const components = parseComponents(await readFile(path.join(root, COMPONENTS_FILE), 'utf8'), COMPONENTS_FILE);
if (!site.value || !components.value) {
  console.error(formatProblems([...site.problems, ...components.problems]));
  process.exit(1);
}
const { t } = siteLanguages(site.value).languages[0]!;
let drifted = 0;
for (const form of ISSUE_FORMS) {
  const file = path.join(root, form.path);
  const text = await readFile(file, 'utf8');
  let updated: string;
  try {
    updated = localizedForm(text, form.kind, components.value, t);
  } catch (error) {
    console.error(`${form.path}: ${(error as Error).message}`);
    process.exit(1);
  }
  if (updated === text) continue;
  drifted++;
  if (check) console.error(`${form.path}: differs from ${SITE_FILE} and ${COMPONENTS_FILE}; run npm run forms`);
  else {
    await writeFile(file, updated);
    console.log(`${form.path}: updated`);
  }
}
if (check && drifted) process.exit(1);
if (!drifted) console.log(`Issue forms match ${SITE_FILE} and ${COMPONENTS_FILE}.`);
