import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate } from 'html-validate';

const run = promisify(execFile);

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

/** The W3C's Nu Html Checker, as the vnu-jar package ships it; run with the machine's Java. */
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** What the Nu Html Checker reports as errors for every `.html` file under `dir`. */
async function nuErrors(dir: string): Promise<string[]> {
  const args = ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', dir];
  // It exits non-zero when it finds an error; the report is on stderr either way.
  const stderr = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stderr,
    (e: { stderr?: string; message: string }) => e.stderr || e.message,
  );
  if (!stderr.trim()) return [];
  const report = JSON.parse(stderr) as { messages: { url?: string; lastLine?: number; message: string }[] };
  return report.messages.map((m) => `${path.relative(dir, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? 0} nu: ${m.message}`);
}

/**
 * Every problem with the `.html` files under `dir`: errors of the W3C's Nu Html Checker and
 * of html-validate, as `file:line rule: message`.
 */
export async function htmlProblems(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const problems = await nuErrors(dir);
  for (const file of files) {
    const report = await validator.validateFile(path.join(dir, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}
