// `npm run check`: validates content/ and incidents/ without building, listing every problem,
// that the issue forms offer the components of content/components.yaml, and that every
// notification channel has its secrets in the environment.
import { contentRoot } from '../src/io/content-root.mjs';
import { checkSite } from '../src/io/site-check.ts';
import { contentCheckReport } from '../src/lib/content/check-report.ts';
import { githubEndpoints } from '../src/lib/github/source.ts';
import { resolveChannels } from '../src/lib/notify/channels.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { languageWarnings } from '../src/lib/i18n/language-settings.ts';

const read = await checkSite(contentRoot());
const report = contentCheckReport(read);
if (!report.ok) {
  console.error(report.text);
  process.exit(1);
}
for (const warning of languageWarnings(read.content!.site, read.content!.incidents)) console.warn(`warning: ${warning}`);
console.log(report.text);
const notify = read.content!.site.notify;
if (notify.channels.length) {
  const channels = resolveChannels(notify, process.env, githubEndpoints(process.env).apiUrl);
  if (channels.problems.length) {
    const n = channels.problems.length;
    console.error(`${n} problem${n === 1 ? '' : 's'} in the notification channels (secrets come from the environment; in GitHub Actions, from repository secrets):\n${formatProblems(channels.problems)}`);
    process.exit(1);
  }
  console.log(`Notification channels are ready: ${channels.channels.map((c) => `${c.name} (${c.host})`).join(', ')}.`);
}
