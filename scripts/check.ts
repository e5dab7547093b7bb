// `npm run check`: validates content/ and incidents/ without building, listing every problem, and
// that every notification channel has its secrets in the environment.
import { readContent } from '../src/io/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { contentRoot } from '../src/io/content-root.ts';
import { githubEndpoints } from '../src/lib/github/source.ts';
import { resolveChannels } from '../src/lib/notify/channels.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const root = contentRoot();
const { content, problems } = await readContent(root);
if (!content) {
  console.error(`${plural(problems.length, 'problem')} in the content:\n${formatProblems(problems)}`);
  process.exit(1);
}
const counts = { incident: 0, maintenance: 0, notice: 0 };
for (const incident of content.incidents) counts[incident.kind]++;
console.log(
  `Content is valid: ${content.components.length} components, ${counts.incident} incidents, ` +
    `${counts.maintenance} maintenance windows, ${counts.notice} notices.`,
);
const { notify } = content.site;
if (notify.channels.length) {
  const channels = resolveChannels(notify, process.env, githubEndpoints(process.env).apiUrl);
  if (channels.problems.length) {
    console.error(`${plural(channels.problems.length, 'problem')} in the notification channels (secrets come from the environment; in GitHub Actions, from repository secrets):\n${formatProblems(channels.problems)}`);
    process.exit(1);
  }
  console.log(`Notification channels are ready: ${channels.channels.map((c) => `${c.name} (${c.host})`).join(', ')}.`);
}
