import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ISSUE_FORMS, localizedForm } from '../lib/github/issue-forms.ts';
import type { Content } from '../lib/content/site-content.ts';
import { loadSiteLanguages } from '../lib/i18n/site-languages.ts';
import type { Problem } from '../lib/problems.ts';

/** What syncing the issue forms found: forms whose choices differed (rewritten unless checking), and forms it could not use. */
export interface FormsSync {
  changed: string[];
  problems: Problem[];
}

/**
 * Writes each issue form under `root` in the site's (first) language, its `strings:` applied, with
 * the components' names as its component choices; with `check`, only reports which forms differ.
 * A missing or unusable form is a problem, not an error.
 */
export async function syncIssueForms(root: string, { site, components }: Pick<Content, 'site' | 'components'>, { check = false } = {}): Promise<FormsSync> {
  const result: FormsSync = { changed: [], problems: [] };
  const { t } = (await loadSiteLanguages(site)).languages[0]!;
  for (const { path: form, kind } of ISSUE_FORMS) {
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
      updated = localizedForm(text, kind, components, t);
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
