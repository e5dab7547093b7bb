import { escapeMarkup } from '../../escape.ts';
import { defuseMentions } from '../text.ts';

/**
 * Untrusted text for Slack's mrkdwn: `&`, `<` and `>` escaped (which also disarms `<!channel>`,
 * `<!here>` and `<@U…>`), and no `@` mention.
 * @example slackText('<!channel> & @here') // → '&lt;!channel&gt; &amp; @\u2060here'
 */
export const slackText = (text: string) => defuseMentions(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A URL inside Slack's `<url|label>`: the characters that would end it, percent-encoded. */
export const slackUrl = (url: string) => url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');

/**
 * Untrusted text for CommonMark and its dialects (GitHub, Mattermost, Discord): every ASCII
 * punctuation mark that could start markup is backslash-escaped, and no `@` mention.
 * @example markdownText('**bold** [x](y)') // → '\\*\\*bold\\*\\* \\[x\\]\\(y\\)'
 */
export const markdownText = (text: string) => defuseMentions(text).replace(/[\\`*_{}[\]()<>#+\-.!|~&:=^$"']/g, '\\$&');

/** Untrusted text for HTML (Matrix, Telegram, email): escaped, and no `@` mention. */
export const htmlText = (text: string) => escapeMarkup(defuseMentions(text));

/** A URL inside Markdown's `[label](url)`: the characters that would end it, percent-encoded. */
export const markdownUrl = (url: string) => url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
