/**
 * `npm run forms`: rewrites the component choices of the issue forms in .github/ISSUE_TEMPLATE/
 * from content/components.yaml. `npm run forms -- --check` only reports drift (exit 1).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComponents } from '../src/lib/content/parse.ts';
import { COMPONENTS_FILE } from '../src/lib/content/site-content.ts';
import { ISSUE_FORMS, withComponentChoices } from '../src/lib/github/issue-forms.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { contentRoot } from '../src/io/content-root.mjs';

const root = contentRoot();
const check = process.argv.includes('--check');

const components = parseComponents(await readFile(path.join(root, COMPONENTS_FILE), 'utf8'), COMPONENTS_FILE);
if (!components.value) {
  console.error(formatProblems(components.problems));
  process.exit(1);
}
let drifted = 0;
for (const form of ISSUE_FORMS) {
  const file = path.join(root, form);
  const text = await readFile(file, 'utf8');
  let updated: string;
  try {
    updated = withComponentChoices(text, components.value);
  } catch (error) {
    console.error(`${form}: ${(error as Error).message}`);
    process.exit(1);
  }
  if (updated === text) continue;
  drifted++;
  if (check) console.error(`${form}: component choices differ from ${COMPONENTS_FILE}; run npm run forms`);
  else {
    await writeFile(file, updated);
    console.log(`${form}: component choices updated`);
  }
}
if (check && drifted) process.exit(1);
if (!drifted) console.log(`Issue forms match ${COMPONENTS_FILE}.`);
