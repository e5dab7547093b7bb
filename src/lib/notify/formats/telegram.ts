import type { Message } from '../message.ts';
import { defuseMentions, plainBody, truncate } from '../text.ts';
import { escapeMarkup } from '../../escape.ts';

/** Telegram's limit on a message's text, counted after entities are parsed (the visible text). */
export const TELEGRAM_MAX_TEXT = 4096;

/**
 * A `sendMessage` body for Telegram in HTML parse mode: only `<b>` and `<a>` tags of our own,
 * everything else escaped, cut so that the visible text fits with the link kept.
 */
export function telegramPayload(message: Message, chatId: string, replyTo?: number) {
  // Measured as Telegram counts, on the visible text: before escaping, after the joiners are in.
  const head = truncate(defuseMentions(message.headline), 256);
  const link = message.words.link;
  const body = truncate(defuseMentions(plainBody(message)), TELEGRAM_MAX_TEXT - head.length - link.length - 4);
  return {
    chat_id: chatId,
    text: `<b>${escapeMarkup(head)}</b>\n\n${escapeMarkup(body)}\n\n<a href="${escapeMarkup(message.url)}">${escapeMarkup(link)}</a>`,
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
  };
}
