import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ISSUE_FORMS, withComponentChoices } from '../lib/github/issue-forms.ts';
import type { Problem } from '../lib/problems.ts';
import type { Component } from '../lib/schema/components.ts';

/** What syncing the issue forms found: forms whose choices differed (rewritten unless checking), and forms it could not use. */
export interface FormsSync {
  changed: string[];
  problems: Problem[];
}

/**
 * Sets the component choices of each issue form under `root` to `components`' names; with
 * `check`, only reports which forms differ. A missing or unusable form is a problem, not an error.
 */
export async function syncIssueForms(root: string, components: readonly Component[], { check = false } = {}): Promise<FormsSync> {
  const result: FormsSync = { changed: [], problems: [] };
  for (const form of ISSUE_FORMS) {
    const file = path.join(root, form);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      result.problems.push({ file: form, message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : (error as Error).message });
      continue;
    }
    let updated: string;
    try {
      updated = withComponentChoices(text, components);
    } catch (error) {
      result.problems.push({ file: form, message: (error as Error).message });
      continue;
    }
    if (updated === text) continue;
    result.changed.push(form);
    if (!check) await writeFile(file, updated);
  }
  return result;
}
