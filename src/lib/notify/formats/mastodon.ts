import type { Message } from '../message.ts';
import { defuseMentions, fitAround, plainBody } from '../text.ts';

/** Mastodon's default status length; every URL counts as 23 characters, whatever its length. */
export const MASTODON_MAX_TEXT = 500;
const URL_LENGTH = 23;

/**
 * Length as Mastodon counts it, never less: characters (code points), and each URL as 23 or, in
 * case Mastodon does not take it for a URL, its own length if longer.
 */
export function mastodonLength(text: string): number {
  return [...text.replace(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)'\]]/g, (url) => 'x'.repeat(Math.max(URL_LENGTH, url.length)))].length;
}

/** A status for Mastodon: plain text without mentions, within the length limit, the link kept. */
export function mastodonPayload(message: Message, language: string, replyTo?: string) {
  return {
    status: fitAround(defuseMentions(message.headline), defuseMentions(plainBody(message, { facts: true })), message.url, MASTODON_MAX_TEXT, '\n\n', mastodonLength),
    visibility: 'public',
    language: language.split('-')[0],
    ...(replyTo ? { in_reply_to_id: replyTo } : {}),
  };
}
