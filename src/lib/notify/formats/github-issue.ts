import type { Message } from '../message.ts';
import { truncate } from '../text.ts';
import { markdownText, markdownUrl } from './markup.ts';

/** GitHub's limits: 256 characters of title, 65,536 of body or comment. */
const MAX_TITLE = 256;
const MAX_BODY = 60_000;

/** Markdown lines of a message, escaped, with GitHub's `@` mentions and markup disarmed. */
function markdownLines(message: Message): string[] {
  return [
    `**${markdownText(message.state)}**: ${markdownText(message.summary)}`,
    ...(message.update ? ['', `> **${markdownText(message.update.status)}** (${markdownText(message.update.at)}): ${markdownText(truncate(message.update.text, MAX_BODY / 2)).replace(/\n/g, '\n> ')}`] : []),
    ...(message.facts.length ? ['', ...message.facts.map((f) => `- **${markdownText(f.label)}:** ${markdownText(f.value)}`)] : []),
    ...(message.upstream.length ? ['', ...message.upstream.map((u) => `- ${markdownText(message.words.upstream)}: [${markdownText(u.name)}](${markdownUrl(u.url)})`)] : []),
    '',
    `[${markdownText(message.words.link)}](${markdownUrl(message.url)})`,
  ];
}

/** The mirror issue opened when an item starts: its title and first body. */
export function mirrorIssue(message: Message): { title: string; body: string } {
  return {
    title: truncate(`${message.words.kind}: ${message.title}`, MAX_TITLE),
    body: [`${markdownText(message.tag)} on the [${markdownText(message.siteName)} status page](${markdownUrl(message.url)}).`, '', ...markdownLines(message)].join('\n'),
  };
}

/** The comment that tells the mirror issue of one update. */
export function mirrorComment(message: Message): string {
  return [`### ${markdownText(message.headline)}`, '', ...markdownLines(message)].join('\n');
}
