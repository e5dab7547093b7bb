import type { Tone } from '../../tone.ts';
import type { Message } from '../message.ts';
import { truncate } from '../text.ts';

/** Teams renders Adaptive Cards up to 1.5 in Workflows messages. */
export const TEAMS_CARD_VERSION = '1.5';

/** Long texts are cut well under Teams' 28 KB message limit. */
const MAX_TEXT = 2000;

const toneColor: Record<Tone, string> = { ok: 'Good', maintenance: 'Accent', minor: 'Warning', major: 'Attention', critical: 'Attention', unknown: 'Default' };

/** A text run: plain text, which Teams shows as is (a TextBlock would read Markdown in it). */
const run = (text: string, style: Record<string, unknown> = {}) => ({ type: 'TextRun', text: truncate(text, MAX_TEXT), ...style });
const paragraph = (...inlines: ReturnType<typeof run>[]) => ({ type: 'RichTextBlock', inlines });

/**
 * A Microsoft Teams Workflows webhook body: a message with one Adaptive Card. Untrusted text
 * goes only into text runs, which carry no Markdown, and mentions in cards need entities we never send.
 */
export function teamsPayload(message: Message) {
  const body = [
    paragraph(run(message.headline, { weight: 'Bolder', size: 'Medium', color: toneColor[message.tone] })),
    paragraph(run(`${message.tag} · ${message.state}`, { isSubtle: true })),
    paragraph(run(message.summary)),
    ...(message.update ? [paragraph(run(`${message.update.status}: `, { weight: 'Bolder' }), run(message.update.text))] : []),
    ...message.facts.map((f) => paragraph(run(`${f.label}: `, { weight: 'Bolder' }), run(f.value))),
    ...message.upstream.map((u) => paragraph(run(`${message.words.upstream}: `, { weight: 'Bolder' }), run(u.name, { selectAction: { type: 'Action.OpenUrl', url: u.url } }))),
  ];
  return {
    type: 'message',
    attachments: [{
      contentType: 'application/vnd.microsoft.card.adaptive',
      contentUrl: null,
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: TEAMS_CARD_VERSION,
        body,
        actions: [{ type: 'Action.OpenUrl', title: message.words.link, url: message.url }],
      },
    }],
  };
}
