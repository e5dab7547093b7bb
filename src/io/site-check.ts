import type { Content } from '../lib/content/site-content.ts';
import { COMPONENTS_FILE, SITE_FILE } from '../lib/content/site-content.ts';
import type { Problem } from '../lib/problems.ts';
import { readContent } from './content-files.ts';
import { syncIssueForms } from './issue-forms.ts';

/**
 * What `npm run check` checks: all content under `root`, and that the issue forms are in its
 * language and offer its components. A form that is missing or has no components dropdown is the site's choice, not a problem.
 */
export async function checkSite(root: string): Promise<{ content?: Content; problems: Problem[] }> {
  const read = await readContent(root);
  if (!read.content) return read;
  const { changed } = await syncIssueForms(root, read.content, { check: true });
  return {
    content: read.content,
    problems: changed.map((file) => ({ file, message: `differs from ${SITE_FILE} (its language) or ${COMPONENTS_FILE}; run npm run forms` })),
  };
}
