import type { Message } from '../message.ts';
import { defuseMentions, fitAround, truncate } from '../text.ts';
import { slackText, slackUrl } from './markup.ts';

/** Block Kit's limits (Slack's reference: header text 150, section text 3,000, section fields 10 of 2,000, 50 blocks). */
export const SLACK_LIMITS = { header: 150, section: 3000, fields: 10, field: 2000, text: 3000 } as const;

/** An incoming-webhook body for Slack: Block Kit blocks and a plain `text` for notifications and old clients. */
export function slackPayload(message: Message) {
  const link = `<${slackUrl(message.url)}|${slackText(message.words.link)}>`;
  const body = [slackText(message.summary), message.update ? `*${slackText(message.update.status)}:* ${slackText(message.update.text)}` : ''].filter(Boolean).join('\n');
  const facts = message.facts.slice(0, SLACK_LIMITS.fields).map((f) => ({
    type: 'mrkdwn' as const, text: truncate(`*${slackText(f.label)}*\n${slackText(f.value)}`, SLACK_LIMITS.field),
  }));
  const upstream = message.upstream.map((u) => `<${slackUrl(u.url)}|${slackText(u.name)}>`).join(', ');
  const blocks = [
    { type: 'header', text: { type: 'plain_text', text: truncate(defuseMentions(message.headline), SLACK_LIMITS.header), emoji: false } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`${slackText(message.tag)} · *${slackText(message.state)}*`, SLACK_LIMITS.section) }] },
    { type: 'section', text: { type: 'mrkdwn', text: fitAround('', body, link, SLACK_LIMITS.section, '\n') } },
    ...(facts.length ? [{ type: 'section', fields: facts }] : []),
    ...(upstream ? [{ type: 'section', text: { type: 'mrkdwn', text: truncate(`*${slackText(message.words.upstream)}:* ${upstream}`, SLACK_LIMITS.section) } }] : []),
  ];
  return {
    text: fitAround(`*${slackText(message.headline)}*`, body, link, SLACK_LIMITS.text, '\n'),
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
}
