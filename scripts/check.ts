// `npm run check`: validates content/ and incidents/ without building, listing every problem.
import { readContent } from '../src/io/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { contentRoot } from '../src/io/content-root.mjs';

const root = contentRoot();
const { content, problems } = await readContent(root);
if (!content) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${formatProblems(problems)}`);
  process.exit(1);
}
const counts = { incident: 0, maintenance: 0, notice: 0 };
for (const incident of content.incidents) counts[incident.kind]++;
console.log(
  `Content is valid: ${content.components.length} components, ${counts.incident} incidents, ` +
    `${counts.maintenance} maintenance windows, ${counts.notice} notices.`,
);
