// `npm run check`: validates content/ and incidents/ without building, listing every problem.
import { readContent } from '../src/io/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { languageWarnings } from '../src/lib/i18n/site-languages.ts';
import { contentRoot } from '../src/io/content-root.ts';

const root = contentRoot();
const { content, problems } = await readContent(root);
if (!content) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${formatProblems(problems)}`);
  process.exit(1);
}
for (const warning of languageWarnings(content.site, content.incidents)) console.warn(`warning: ${warning}`);
const counts = { incident: 0, maintenance: 0, notice: 0 };
for (const incident of content.incidents) counts[incident.kind]++;
console.log(
  `Content is valid: ${content.components.length} components, ${counts.incident} incidents, ` +
    `${counts.maintenance} maintenance windows, ${counts.notice} notices.`,
);
