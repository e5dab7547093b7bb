import type { Message } from '../message.ts';
import { fitAround } from '../text.ts';
import { markdownText, markdownUrl } from './markup.ts';

/** The post length every Mattermost server accepts (newer ones take 16,383). */
export const MATTERMOST_MAX_TEXT = 4000;

/** A Mattermost incoming-webhook body: Markdown `text`, with every mention and markup escaped. */
export function mattermostPayload(message: Message) {
  const lines = [
    `${markdownText(message.tag)} · **${markdownText(message.state)}**`,
    markdownText(message.summary),
    ...(message.update ? [`**${markdownText(message.update.status)}:** ${markdownText(message.update.text)}`] : []),
    ...message.facts.map((f) => `**${markdownText(f.label)}:** ${markdownText(f.value)}`),
    ...message.upstream.map((u) => `**${markdownText(message.words.upstream)}:** [${markdownText(u.name)}](${markdownUrl(u.url)})`),
  ];
  return {
    text: fitAround(`#### ${markdownText(message.headline)}`, lines.join('\n'), `[${markdownText(message.words.link)}](${markdownUrl(message.url)})`, MATTERMOST_MAX_TEXT, '\n'),
  };
}
