import type { Message } from '../message.ts';
import { defuseMentions, fitAround, plainBody, truncate } from '../text.ts';
import { htmlText } from './markup.ts';
import { escapeMarkup } from '../../escape.ts';

/** Matrix events may be 64 KiB; a status message stays far below. */
const MAX_TEXT = 8000;

/**
 * An `m.room.message` for Matrix: a plain body and an HTML body, both without `@room` or any
 * mention, and an empty `m.mentions`, which tells clients that support intentional mentions to
 * notify nobody.
 */
export function matrixPayload(message: Message) {
  const body = fitAround(defuseMentions(message.headline), defuseMentions(plainBody(message)), message.url, MAX_TEXT, '\n');
  const line = (label: string, value: string) => `<li><strong>${htmlText(label)}:</strong> ${htmlText(truncate(value, MAX_TEXT / 4))}</li>`;
  const facts = [
    ...message.facts.map((f) => line(f.label, f.value)),
    ...message.upstream.map((u) => `<li><strong>${htmlText(message.words.upstream)}:</strong> <a href="${escapeMarkup(u.url)}">${htmlText(u.name)}</a></li>`),
  ];
  const formatted = [
    `<h4>${htmlText(message.headline)}</h4>`,
    `<p>${htmlText(`${message.tag} · ${message.state}`)}<br>${htmlText(message.summary)}</p>`,
    ...(message.update ? [`<p><strong>${htmlText(message.update.status)}:</strong> ${htmlText(truncate(message.update.text, MAX_TEXT / 2))}</p>`] : []),
    ...(facts.length ? [`<ul>${facts.join('')}</ul>`] : []),
    `<p><a href="${escapeMarkup(message.url)}">${htmlText(message.words.link)}</a></p>`,
  ].join('');
  return { msgtype: 'm.text', body, format: 'org.matrix.custom.html', formatted_body: formatted, 'm.mentions': {} };
}
