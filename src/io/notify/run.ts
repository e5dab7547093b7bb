import path from 'node:path';
import type { Content } from '../../lib/content/site-content.ts';
import { componentNames } from '../../lib/component-names.ts';
import { githubEndpoints } from '../../lib/github/source.ts';
import { resolveChannels, type ResolvedChannel } from '../../lib/notify/channels.ts';
import { blueskyRecord } from '../../lib/notify/formats/bluesky.ts';
import { emailMessage } from '../../lib/notify/formats/email.ts';
import { mirrorComment, mirrorIssue } from '../../lib/notify/formats/github-issue.ts';
import { emptyLedger, Ledger, LEDGER_FILE, serializeLedger } from '../../lib/notify/ledger.ts';
import { testMessage, toMessage, type Message } from '../../lib/notify/message.ts';
import { planChannel, type News, type NewsEvent } from '../../lib/notify/news.ts';
import { loadSiteLanguages } from '../../lib/i18n/site-languages.ts';
import { buildPageView, type PageView } from '../../lib/page-view.ts';
import { formatProblems, type Problem } from '../../lib/problems.ts';
import { BuildError } from '../../lib/build-error.ts';
import { validate } from '../../lib/validate.ts';
import { readCacheFile, writeCacheFile } from '../cache-file.ts';
import { readContent } from '../content-files.ts';
import { readBuiltGithubIncidents } from '../github-incidents.ts';
import { channelRequest, deliver, type DeliveryContext } from './deliver.ts';
import { deliveryLimitsFromEnv } from './http.ts';

export interface NotifyOptions {
  /** The folder holding content/, incidents/ and .sitrep-cache/. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** The build's clock: the same `SITREP_NOW` the page was built with. */
  now: Date;
  /** Print every message instead of sending it; the ledger stays as it is. */
  dryRun?: boolean;
  /** Send one test message to the channel of this name, and nothing else. */
  test?: string;
  /** Where the run prints what it does, line by line. */
  print: (line: string) => void;
}

/** One message, as the report lists it: never its channel's URL or token. */
export interface ReportedNews { event: NewsEvent | 'test'; title: string; url: string; at: string }

/** What happened to one channel in this run. */
export interface ChannelReport {
  name: string;
  type: string;
  /** The only part of the channel's address that is shown. */
  host: string;
  /**
   * `first`: no ledger yet, the present recorded; `ok`: everything due was delivered (or nothing
   * was due); `failed`: a delivery failed and is retried next run; `refused`: the service said no
   * and will until the channel is fixed; `invalid`: its configuration or environment is wrong.
   */
  state: 'first' | 'ok' | 'failed' | 'refused' | 'invalid';
  sent: ReportedNews[];
  skipped: ReportedNews[];
  /** Messages due but not delivered (they stay due). */
  pending: ReportedNews[];
  /** Items recorded without a message (a first run). */
  recorded: number;
  reason?: string;
}

export interface NotifyReport {
  channels: ChannelReport[];
  /** Problems that stopped the whole run, or of channels that could not be served. */
  problems: Problem[];
  /** Said once: no ledger was found (first run or a lost cache), or it was unreadable. */
  ledgerNote?: string;
  dryRun: boolean;
  /** False when any channel failed, was refused or is misconfigured, or nothing could be read. */
  ok: boolean;
}

const reported = (message: Message): ReportedNews => ({ event: message.event, title: message.title, url: message.url, at: message.at.toISOString() });

/** The ledger file, or why there is none to use. */
async function readLedger(file: string): Promise<{ ledger?: Ledger; note?: string }> {
  const afresh = 'so nothing is sent and the present is recorded as told';
  const text = await readCacheFile(file);
  if (text === undefined) return { note: `No ledger (${LEDGER_FILE}) was found: a first run or a lost cache, ${afresh}.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { note: `The ledger ${LEDGER_FILE} is not valid JSON: it is started afresh, ${afresh}.` };
  }
  const result = validate(Ledger, json, { file: LEDGER_FILE });
  // Unreadable, it is started afresh: sending everything again would be worse than missing an update.
  if (!result.ok) return { note: `The ledger cannot be read, so it is started afresh, ${afresh}:\n${formatProblems(result.problems.slice(0, 5))}` };
  return { ledger: result.value };
}

/** The content and GitHub data the last build read, and the page it showed at `now`. */
async function readBuiltPage(root: string, env: NodeJS.ProcessEnv, now: Date): Promise<{ content: Content; view: PageView; githubRead: boolean; note?: string }> {
  const { content, problems } = await readContent(root);
  if (!content) throw new BuildError(`The content has ${problems.length} problem(s); fix them first (npm run check lists them).`);
  const github = await readBuiltGithubIncidents(content, env, root);
  const all: Content = { ...content, incidents: [...content.incidents, ...github.incidents] };
  return { content: all, view: buildPageView(all, now), githubRead: github.read, note: github.message };
}

/**
 * Tells every configured channel what is new on the page since it was last told, exactly once:
 * each confirmed delivery is written to the ledger at once, a failed one stays due for the next
 * run, and one channel's failure never stops the others.
 */
export async function runNotify(options: NotifyOptions): Promise<NotifyReport> {
  const { root, env, now, print } = options;
  const dryRun = options.dryRun ?? false;
  const report: NotifyReport = { channels: [], problems: [], dryRun, ok: true };
  let page: Awaited<ReturnType<typeof readBuiltPage>>;
  try {
    page = await readBuiltPage(root, env, now);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    return { ...report, ok: false, problems: [{ file: 'notify', message: `${error.message}${error.hint ? ` ${error.hint}` : ''}` }] };
  }
  if (page.note) print(page.note);
  const { site } = page.content;
  const names = componentNames(page.content.components);
  // Messages speak the site's first language, the one at its root, with its `strings:` applied.
  const t = (await loadSiteLanguages(site)).languages[0]!.t;
  const github = githubEndpoints(env);
  const resolved = resolveChannels(site.notify, env, github.apiUrl);
  site.notify.channels.forEach((config, index) => {
    const own = resolved.problems.filter((p) => p.field?.startsWith(`notify.channels.${index}.`));
    if (own.length) {
      report.channels.push({
        name: config.name ?? config.type, type: config.type, host: '', state: 'invalid', sent: [], skipped: [], pending: [], recorded: 0,
        reason: formatProblems(own).split('\n').join('; '),
      });
    }
  });
  const limits = deliveryLimitsFromEnv(env);
  const context = (news: News | null, ref: DeliveryContext['ref']): DeliveryContext => ({ site, view: page.view, news, ref, limits, github, now });

  if (options.test !== undefined) {
    const channel = resolved.channels.find((c) => c.name === options.test);
    if (!channel) {
      const known = site.notify.channels.map((c) => c.name ?? c.type);
      const invalid = report.channels.filter((c) => c.name === options.test);
      if (!invalid.length) {
        report.problems.push({ file: 'notify', message: `no channel is named "${options.test}"; the channels are: ${known.join(', ') || '(none: add them under notify.channels in content/site.yaml)'}` });
      }
      return { ...report, channels: invalid, ok: false };
    }
    const message = testMessage(site, now, t);
    const entry = channelEntry(channel);
    report.channels = [entry];
    const delivery = await deliver(channel, message, context(null, {}));
    if (delivery.ok) entry.sent.push(reported(message));
    else Object.assign(entry, { state: delivery.refused ? 'refused' : 'failed', reason: delivery.reason, pending: [reported(message)] });
    return { ...report, ok: delivery.ok };
  }

  const file = path.join(root, LEDGER_FILE);
  const loaded = await readLedger(file);
  report.ledgerNote = resolved.channels.length ? loaded.note : undefined;
  const ledger = loaded.ledger ?? emptyLedger();
  const configured = new Set(site.notify.channels.map((c) => c.name ?? c.type));
  for (const name of Object.keys(ledger.channels)) if (!configured.has(name)) delete ledger.channels[name];
  let saveProblem: string | undefined;
  let saving = Promise.resolve();
  // One write at a time, each of the whole ledger as it is then: channels are served side by side.
  const save = () => {
    if (dryRun) return saving;
    saving = saving.then(async () => {
      try {
        await writeCacheFile(file, serializeLedger(ledger));
      } catch (error) {
        saveProblem = `The ledger could not be saved to ${LEDGER_FILE} (${(error as Error).message}): what was sent may be sent again.`;
      }
    });
    return saving;
  };

  const serve = async (channel: ResolvedChannel, entry: ChannelReport) => {
    const plan = planChannel({
      view: page.view, incidents: page.content.incidents, ledger: ledger.channels[channel.name],
      components: channel.config.components, reminders: site.notify.reminders, githubRead: page.githubRead,
    });
    const memory = plan.ledger;
    ledger.channels[channel.name] = memory;
    entry.skipped = plan.skipped.map((n) => reported(toMessage(n, site, names, t)));
    if (plan.first) {
      Object.assign(entry, { state: 'first', recorded: Object.keys(memory.incidents).length });
      await save();
      return;
    }
    for (const [i, news] of plan.send.entries()) {
      const message = toMessage(news, site, names, t);
      const ctx = context(news, memory.refs[news.id] ?? {});
      if (dryRun) {
        print(`--- ${channel.name} (${channel.config.type}): ${message.headline}`);
        print(preview(channel, message, ctx));
        entry.pending.push(reported(message));
        continue;
      }
      const delivery = await deliver(channel, message, ctx);
      if (delivery.ref) memory.refs[news.id] = { ...memory.refs[news.id], ...delivery.ref };
      if (delivery.ok) {
        memory.incidents[news.id] = news.told;
        entry.sent.push(reported(message));
        await save();
        continue;
      }
      await save();
      // A refusal may be this message's alone: the others are still tried. A service that is
      // down gets no more tries in this run: the rest waits for the next one.
      entry.reason ??= delivery.reason;
      if (entry.state !== 'failed') entry.state = delivery.refused ? 'refused' : 'failed';
      if (delivery.refused) {
        entry.pending.push(reported(message));
        continue;
      }
      entry.pending.push(...plan.send.slice(i).map((n) => reported(toMessage(n, site, names, t))));
      break;
    }
    if (!plan.send.length) await save();
  };
  // A channel that hangs or waits out a rate limit delays no other.
  const entries = resolved.channels.map(channelEntry);
  report.channels.push(...entries);
  await Promise.all(resolved.channels.map((channel, i) => serve(channel, entries[i]!)));
  await saving;
  const order = site.notify.channels.map((c) => c.name ?? c.type);
  report.channels.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  if (saveProblem) report.problems.push({ file: LEDGER_FILE, message: saveProblem });
  report.ok = report.problems.length === 0 && report.channels.every((c) => c.state === 'ok' || c.state === 'first');
  return report;
}

function channelEntry(channel: ResolvedChannel): ChannelReport {
  return { name: channel.name, type: channel.config.type, host: channel.host, state: 'ok', sent: [], skipped: [], pending: [], recorded: 0 };
}

/** What a channel would be sent, for `--dry-run`: the body only, never the URL (it may be the secret). */
function preview(channel: ResolvedChannel, message: Message, ctx: DeliveryContext): string {
  switch (channel.config.type) {
    case 'email': {
      const email = emailMessage(message, ctx.site.url, typeof ctx.ref.thread === 'string' ? ctx.ref.thread : undefined);
      return `Subject: ${email.subject}\nMessage-ID: ${email.messageId}\n\n${email.text}`;
    }
    case 'bluesky': return JSON.stringify(blueskyRecord(message, ctx.now, message.language), null, 2);
    case 'github-issue': return ctx.ref.issue === undefined ? JSON.stringify(mirrorIssue(message), null, 2) : mirrorComment(message);
    default: {
      const body = channelRequest(channel, message, ctx)?.body;
      return typeof body === 'string' ? JSON.stringify(JSON.parse(body), null, 2) : JSON.stringify(body, null, 2);
    }
  }
}
