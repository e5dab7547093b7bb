// `npm run notify`: tells every channel in content/site.yaml `notify.channels` what is new on the
// page since it was last told. `-- --dry-run` prints the messages and changes nothing;
// `-- --test <name>` sends one test message to one channel.
import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildTime } from '../src/io/clock.ts';
import { contentRoot } from '../src/io/content-root.mjs';
import { runNotify, type ChannelReport, type NotifyReport } from '../src/io/notify/run.ts';
import { formatProblems } from '../src/lib/problems.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, test: { type: 'string' } } });

const report = await runNotify({
  root: contentRoot(), env: process.env, now: buildTime, dryRun: values['dry-run'], test: values.test, print: (line) => console.log(line),
});

const list = (items: ChannelReport['sent']) => items.map((n) => `${n.event} "${n.title}"`).join('; ');

/** One line (and detail lines) per channel: its name and host, never its URL or token. */
function channelLines(c: ChannelReport, dryRun: boolean): string[] {
  const who = `${c.name} (${c.type}${c.host ? `, ${c.host}` : ''})`;
  const lines: string[] = [];
  switch (c.state) {
    case 'first': lines.push(dryRun
      ? `${who}: first run, nothing would be sent; ${c.recorded} current item(s) would be recorded as told.`
      : `${who}: first run, nothing sent; ${c.recorded} current item(s) recorded as told.`); break;
    case 'invalid': lines.push(`${who}: not served: ${c.reason}`); break;
    case 'failed': lines.push(`${who}: FAILED (${c.reason}); ${c.pending.length} message(s) stay due for the next run: ${list(c.pending)}`); break;
    case 'refused': lines.push(`${who}: REFUSED (${c.reason}); fix the channel: ${c.pending.length} message(s) wait: ${list(c.pending)}`); break;
    case 'ok':
      if (dryRun) lines.push(`${who}: would send ${c.pending.length} message(s)${c.pending.length ? `: ${list(c.pending)}` : ''}.`);
      else lines.push(`${who}: ${c.sent.length ? `sent ${c.sent.length}: ${list(c.sent)}` : 'nothing new'}.`);
  }
  if (c.sent.length && c.state !== 'ok') lines.push(`  sent: ${list(c.sent)}`);
  if (c.skipped.length) lines.push(`  skipped, older than 24 hours: ${c.skipped.map((n) => `${n.event} "${n.title}" (${n.at})`).join('; ')}`);
  return lines;
}

/** The job summary on GitHub Actions: what went where, as a Markdown table. */
function summary(r: NotifyReport): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = r.channels.map((c) => `| ${cell(c.name)} | ${c.type} | ${c.state}${c.reason ? `: ${cell(c.reason)}` : ''} | ${cell(list(c.sent) || '–')} | ${cell(list(c.pending) || '–')} | ${cell(list(c.skipped) || '–')} |`);
  return [
    `### Notifications${r.dryRun ? ' (dry run)' : ''}`, '',
    ...(r.ledgerNote ? [r.ledgerNote, ''] : []),
    ...(r.channels.length ? ['| channel | type | state | sent | due | skipped (older than 24 h) |', '| --- | --- | --- | --- | --- | --- |', ...rows] : ['No channel is configured.']),
    ...(r.problems.length ? ['', '```', formatProblems(r.problems), '```'] : []),
    '',
  ].join('\n');
}

if (report.ledgerNote) console.log(report.ledgerNote);
for (const c of report.channels) console.log(channelLines(c, report.dryRun).join('\n'));
if (!report.channels.length && !report.problems.length) console.log('No notification channel is configured (notify.channels in content/site.yaml).');
if (report.problems.length) console.error(formatProblems(report.problems));
if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, summary(report));
process.exitCode = report.ok ? 0 : 1;
