import type { Message } from '../message.ts';
import { defuseMentions, fitAround, plainBody } from '../text.ts';

/** Google Chat's text limit; the whole message must also stay under 32,000 bytes. */
export const GOOGLE_CHAT_MAX_TEXT = 4096;

/**
 * Untrusted text for Google Chat: `<` could open a link or a mention (`<users/all>`), so it gets
 * an invisible joiner after it; and no `@` mention.
 */
const chatText = (text: string) => defuseMentions(text).replace(/</g, '<\u2060');

/** A Google Chat webhook body: text, threaded per item (the thread key goes with the URL's `messageReplyOption`). */
export function googleChatPayload(message: Message) {
  // The link text is the site's words (`strings:` may change it): a `>` in it would end the link early.
  const link = `<${message.url.replace(/[|>]/g, encodeURIComponent)}|${chatText(message.words.link).replace(/>/g, '\u203a')}>`;
  return {
    text: fitAround(`*${chatText(message.headline)}*`, chatText(plainBody(message)), link, GOOGLE_CHAT_MAX_TEXT, '\n'),
    thread: { threadKey: `sitrep-${message.itemId}` },
  };
}
