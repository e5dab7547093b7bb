/**
 * `npm run forms`: rewrites the component choices of the issue forms in .github/ISSUE_TEMPLATE/
 * from content/components.yaml. `npm run forms -- --check` only reports drift (exit 1).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComponents } from '../src/lib/content/parse.ts';
import { COMPONENTS_FILE } from '../src/lib/content/site-content.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { contentRoot } from '../src/io/content-root.mjs';
import { syncIssueForms } from '../src/io/issue-forms.ts';

const root = contentRoot();
const check = process.argv.includes('--check');

const components = parseComponents(await readFile(path.join(root, COMPONENTS_FILE), 'utf8'), COMPONENTS_FILE);
if (!components.value) {
  console.error(formatProblems(components.problems));
  process.exit(1);
}
const { changed, problems } = await syncIssueForms(root, components.value, { check });
if (problems.length) console.error(formatProblems(problems));
for (const form of changed) {
  if (check) console.error(`${form}: component choices differ from ${COMPONENTS_FILE}; run npm run forms`);
  else console.log(`${form}: component choices updated`);
}
if (!changed.length && !problems.length) console.log(`Issue forms match ${COMPONENTS_FILE}.`);
if (problems.length || (check && changed.length)) process.exit(1);
