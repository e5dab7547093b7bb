import { escapeMarkup } from '../../escape.ts';
import type { Message } from '../message.ts';
import { defused, plainBody, truncate } from '../text.ts';

/** An email of one message: subject, a plain and an HTML part, and ids that thread an item's messages. */
export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  /** `<…@host>`, the same for every retry, so that list software drops a duplicate. */
  messageId: string;
  /** The item's first message, which later ones answer. */
  inReplyTo?: string;
  references?: string;
}

/**
 * The email of a message. Its Message-ID comes from the message's key and the site's host; an
 * item's later messages answer its first (`thread`), so mail clients show one thread per item.
 */
export function emailMessage(untrusted: Message, siteUrl: string, thread?: string): EmailMessage {
  // Mail pings nobody, but the same text may be forwarded to a chat.
  const message = defused(untrusted);
  const host = new URL(siteUrl).hostname;
  const messageId = `<${message.key}.${message.itemId}@${host}>`;
  const text = [message.headline, `${message.tag} · ${message.state}`, '', plainBody(message), '', `${message.words.link}: ${message.url}`].join('\n');
  const facts = message.facts.map((f) => `<tr><th align="left" valign="top">${escapeMarkup(f.label)}</th><td>${escapeMarkup(f.value)}</td></tr>`);
  const upstream = message.upstream.map((u) => `<li><a href="${escapeMarkup(u.url)}">${escapeMarkup(u.name)}</a></li>`);
  const html = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
    `<h1 style="font-size:1.25em">${escapeMarkup(message.headline)}</h1>`,
    `<p>${escapeMarkup(`${message.tag} · ${message.state}`)}</p>`,
    `<p>${escapeMarkup(message.summary)}</p>`,
    ...(message.update ? [`<p><strong>${escapeMarkup(message.update.status)}:</strong> ${escapeMarkup(message.update.text).replace(/\n/g, '<br>')}</p>`] : []),
    ...(facts.length ? [`<table>${facts.join('')}</table>`] : []),
    ...(upstream.length ? [`<p>${escapeMarkup(message.words.upstream)}:</p><ul>${upstream.join('')}</ul>`] : []),
    `<p><a href="${escapeMarkup(message.url)}">${escapeMarkup(message.words.link)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    // Subjects are one line; a long one is cut (the body has everything).
    subject: truncate(message.headline.replace(/\s+/g, ' '), 200),
    text,
    html,
    messageId,
    ...(thread && thread !== messageId ? { inReplyTo: thread, references: thread } : {}),
  };
}
