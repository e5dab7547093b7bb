import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';

// The recommended rules: HTML conformance plus the checks that catch real accessibility mistakes.
// Naming a list (an uptime bar, by its summary sentence) is allowed by ARIA in HTML; the rule's
// default only warns that some screen readers skip such names, and the days carry their own words.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Style rules about what maintainers write, not about the page: an incident's title sets
    // the page title, and a code block may keep its trailing spaces.
    'long-title': 'off',
    'no-trailing-whitespace': 'off',
  },
});

/** Every problem html-validate finds in the `.html` files under `dir`, as `file:line rule: message`. */
export async function htmlProblems(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(dir, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}
