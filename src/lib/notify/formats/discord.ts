import type { Tone } from '../../tone.ts';
import type { Message } from '../message.ts';
import { fitAround, truncate } from '../text.ts';
import { markdownText, markdownUrl } from './markup.ts';

/** Discord's embed limits (its API reference): title 256, description 4,096, 25 fields of 256/1,024, 6,000 in all. */
export const DISCORD_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, total: 6000, footer: 2048 } as const;

/** Embed colours by tone (the page's palette). */
export const toneColor: Record<Tone, number> = {
  ok: 0x1f883d, maintenance: 0x0969da, minor: 0xbf8700, major: 0xd1602a, critical: 0xcf222e, unknown: 0x5f6670,
};

/**
 * A webhook body for Discord: one embed, and `allowed_mentions` that pings nobody whatever the
 * text says.
 */
export function discordPayload(message: Message) {
  const link = `[${markdownText(message.words.link)}](${markdownUrl(message.url)})`;
  const body = [markdownText(message.summary), message.update ? `**${markdownText(message.update.status)}:** ${markdownText(message.update.text)}` : ''].filter(Boolean).join('\n\n');
  const title = truncate(message.headline, DISCORD_LIMITS.title);
  const footer = truncate(`${message.tag} · ${message.state}`, DISCORD_LIMITS.footer);
  const fields = [
    ...message.facts.map((f) => ({ name: truncate(f.label, DISCORD_LIMITS.fieldName), value: truncate(markdownText(f.value), DISCORD_LIMITS.fieldValue) })),
    ...(message.upstream.length
      ? [{ name: message.words.upstream, value: truncate(message.upstream.map((u) => `[${markdownText(u.name)}](${markdownUrl(u.url)})`).join('\n'), DISCORD_LIMITS.fieldValue) }]
      : []),
  ].slice(0, DISCORD_LIMITS.fields);
  // All embed text together stays within 6,000: fields go first, then the description is cut.
  let room = DISCORD_LIMITS.total - title.length - footer.length;
  const kept = fields.filter((f) => {
    const size = f.name.length + f.value.length;
    if (size > room - 600) return false;
    room -= size;
    return true;
  });
  return {
    allowed_mentions: { parse: [] },
    embeds: [{
      title,
      url: message.url,
      description: fitAround('', body, link, Math.min(DISCORD_LIMITS.description, room), '\n\n'),
      color: toneColor[message.tone],
      timestamp: message.at.toISOString(),
      fields: kept.map((f) => ({ ...f, inline: false })),
      footer: { text: footer },
    }],
  };
}
