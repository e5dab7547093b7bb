import { createRequire } from 'node:module';
import { AppBskyFeedPost } from '@atproto/api';
import type { KnownBlock } from '@slack/types';
import type { RESTPostAPIWebhookWithTokenJSONBody } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { buildPageView } from '../../../src/lib/page-view.ts';
import { toMessage, type Message } from '../../../src/lib/notify/message.ts';
import { planChannel } from '../../../src/lib/notify/news.ts';
import { blueskyRecord, messageTid, BLUESKY_LIMITS } from '../../../src/lib/notify/formats/bluesky.ts';
import { discordPayload, DISCORD_LIMITS } from '../../../src/lib/notify/formats/discord.ts';
import { emailMessage } from '../../../src/lib/notify/formats/email.ts';
import { mirrorComment, mirrorIssue } from '../../../src/lib/notify/formats/github-issue.ts';
import { googleChatPayload, GOOGLE_CHAT_MAX_TEXT } from '../../../src/lib/notify/formats/google-chat.ts';
import { mastodonLength, mastodonPayload, MASTODON_MAX_TEXT } from '../../../src/lib/notify/formats/mastodon.ts';
import { matrixPayload } from '../../../src/lib/notify/formats/matrix.ts';
import { mattermostPayload, MATTERMOST_MAX_TEXT } from '../../../src/lib/notify/formats/mattermost.ts';
import { slackPayload, SLACK_LIMITS } from '../../../src/lib/notify/formats/slack.ts';
import { teamsPayload } from '../../../src/lib/notify/formats/teams.ts';
import { telegramPayload, TELEGRAM_MAX_TEXT } from '../../../src/lib/notify/formats/telegram.ts';
import { defuseMentions, graphemeLength, truncate } from '../../../src/lib/notify/text.ts';
import { makeContent, makeIncident } from '../../support/content.ts';
import { isValidTid } from '@atproto/syntax';
import { english, translatorFor } from '../../support/i18n.ts';

// The browser build: the package's ES modules import files without extensions, which Node cannot resolve.
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

const HOSTILE = '@everyone @here <!channel> <!here> <@U123> @room <b>bold</b> **md** [x](javascript:alert(1)) & <script>alert(1)</script> @alice@mastodon.social';

/** A message about an incident whose every text is hostile, `size` times over. */
function hostileMessage(size = 1, t = english): Message {
  const text = Array.from({ length: size }, () => HOSTILE).join(' ');
  const incident = makeIncident('hostile', {
    title: `API errors ${HOSTILE}`.slice(0, 200 * size),
    components: { api: 'major_outage' },
    started: '2026-11-20T14:00:00Z',
    scope: text, affected: text, alternatives: text, eta: 'soon @here',
    upstream: [{ name: 'Provider @everyone', url: 'https://status.provider.example/incidents/1?a=(b)|c' }],
    updates: [{ at: '2026-11-20T14:10:00Z', status: 'identified', body: `${text} 👩‍👩‍👧‍👦 ünïcödé` }],
  });
  const content = makeContent([{ id: 'api', name: 'Public API @channel' }], [incident]);
  const view = buildPageView(content, new Date('2026-11-20T14:20:00Z'));
  const plan = planChannel({ view, incidents: content.incidents, ledger: { since: '2026-11-20T00:00:00.000Z', incidents: {}, refs: {} }, reminders: [60], githubRead: true });
  return toMessage(plan.send[0]!, content.site, new Map([['api', 'Public API @channel']]), t);
}

const URL = 'https://status.test.example/incidents/hostile/';
/** Every `@` that starts a word is followed by the invisible joiner: no service reads a mention. */
const noMention = (text: string) => expect(text).not.toMatch(/(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/u);

describe('each service\'s format', () => {
  it('speaks the site\'s language: headline, summary, facts and the words around them', () => {
    const german = hostileMessage(1, translatorFor('de'));
    expect(german.headline).toMatch(/^Störung: API errors/);
    expect(german.summary).toBe('Begonnen am 20. Nov. 2026, 14:00 UTC.');
    expect(german.facts.map((f) => f.label)).toContain('Komponenten');
    expect(german.words).toEqual({ link: 'Details auf der Statusseite', upstream: expect.any(String), kind: 'Störung' });
    expect(german.language).toBe('de');
    expect(slackPayload(german).text).toContain('|Details auf der Statusseite>');
    expect(emailMessage(german, URL).text).toContain(`Details auf der Statusseite: ${URL}`);
  });

  it('defuses mentions, but leaves email addresses alone', () => {
    expect(defuseMentions('@everyone, mail help@example.com')).toBe('@\u2060everyone, mail help@example.com');
  });

  it('cuts text at a grapheme and never halfway through an escape', () => {
    expect(truncate('a &amp; b', 6)).toBe('a…');
    expect(graphemeLength(truncate('👩‍👩‍👧‍👦'.repeat(10), 5, graphemeLength))).toBeLessThanOrEqual(5);
  });

  it('Slack: Block Kit within its limits, escaped mrkdwn, the link kept', () => {
    for (const size of [1, 40]) {
      const payload = slackPayload(hostileMessage(size));
      const blocks: KnownBlock[] = payload.blocks as KnownBlock[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      expect(payload.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text);
      expect(payload.text).toContain(`<${URL}|`);
      const all = JSON.stringify(payload);
      expect(all).not.toMatch(/<!channel>|<!here>|<@U123>|<script/);
      noMention(all.replace(/\\u2060/g, '\u2060'));
      for (const block of payload.blocks) {
        if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.header);
        if ('text' in block && block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.section);
      }
      expect(payload.blocks.find((b) => b.type === 'section')!.text!.text).toContain(URL);
    }
  });

  it('Discord: one embed within every limit, pinging nobody', () => {
    for (const size of [1, 60]) {
      const payload: RESTPostAPIWebhookWithTokenJSONBody = discordPayload(hostileMessage(size));
      expect(payload.allowed_mentions).toEqual({ parse: [] });
      const embed = payload.embeds![0]!;
      expect(embed.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(embed.description).toContain(URL);
      expect(embed.url).toBe(URL);
      const total = embed.title!.length + embed.description!.length + embed.footer!.text.length + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
      for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      expect(embed.description).not.toMatch(/(?<!\\)\*\*md/);
    }
  });

  it('Teams: an Adaptive Card of version 1.5 that the Adaptive Cards library reads without a complaint or a lost property', () => {
    const payload = teamsPayload(hostileMessage());
    expect(payload.type).toBe('message');
    const attachment = payload.attachments[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = new AdaptiveCards.AdaptiveCard();
    const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
    card.parse(attachment.content, context);
    expect(Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message)).toEqual([]);
    expect(card.validateProperties().validationEvents).toEqual([]);
    expect(card.version.toString()).toBe('1.5');
    // What the library writes back is what we sent: no property it does not know.
    expect(card.toJSON(new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5))).toMatchObject(JSON.parse(JSON.stringify(attachment.content)));
    // Untrusted text only in text runs, which Teams does not read as Markdown.
    expect(JSON.stringify(attachment.content)).not.toContain('"TextBlock"');
    expect(attachment.content.actions[0]!.url).toBe(URL);
  });

  it('Google Chat: text within its limit, no mention or link markup from the text, threaded per item', () => {
    const payload = googleChatPayload(hostileMessage(60));
    expect(payload.text.length).toBeLessThanOrEqual(GOOGLE_CHAT_MAX_TEXT);
    expect(payload.text).toContain(`<${URL}|`);
    expect(payload.text.replaceAll(`<${URL}|`, '')).not.toMatch(/<(?!\u2060)/);
    expect(payload.thread.threadKey).toBe('sitrep-hostile');
    noMention(payload.text);
  });

  it('Mattermost: escaped Markdown within its limit, no @channel, @all or @here', () => {
    const payload = mattermostPayload(hostileMessage(60));
    expect(payload.text.length).toBeLessThanOrEqual(MATTERMOST_MAX_TEXT);
    expect(payload.text).toContain(`(${URL})`);
    noMention(payload.text);
    expect(payload.text).not.toMatch(/(?<!\\)\*\*md|(?<!\\)\[x\]/);
  });

  it('Matrix: plain and HTML bodies without @room or foreign markup, mentioning nobody', () => {
    const payload = matrixPayload(hostileMessage());
    expect(payload['m.mentions']).toEqual({});
    noMention(payload.body);
    noMention(payload.formatted_body);
    expect(payload.formatted_body).not.toMatch(/<script|<b>bold/);
    expect(payload.formatted_body).toContain(`<a href="${URL}">`);
  });

  it('Telegram: HTML with only allowed tags, visible text within 4,096, the link kept', () => {
    const payload = telegramPayload(hostileMessage(100), '-100123');
    const tags = [...payload.text.matchAll(/<\/?([a-z-]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['b', 'a']));
    const visible = payload.text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(visible.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
    expect(payload.text).toContain(`<a href="${URL}">`);
    expect(payload.parse_mode).toBe('HTML');
  });

  it('Mastodon: within 500 characters as Mastodon counts them, no mention, the link kept', () => {
    const payload = mastodonPayload(hostileMessage(5), 'en');
    expect(mastodonLength(payload.status)).toBeLessThanOrEqual(MASTODON_MAX_TEXT);
    expect(payload.status.endsWith(URL)).toBe(true);
    noMention(payload.status);
  });

  it('Bluesky: a record valid by Bluesky\'s own lexicon, within 300 graphemes, its link facet over the link\'s bytes', () => {
    const record = blueskyRecord(hostileMessage(5), new Date('2026-11-20T14:20:00Z'), 'en');
    expect(AppBskyFeedPost.validateRecord(record).success).toBe(true);
    expect(graphemeLength(record.text)).toBeLessThanOrEqual(BLUESKY_LIMITS.graphemes);
    expect(new TextEncoder().encode(record.text).length).toBeLessThanOrEqual(BLUESKY_LIMITS.bytes);
    const [facet] = record.facets;
    const bytes = new TextEncoder().encode(record.text);
    expect(new TextDecoder().decode(bytes.slice(facet!.index.byteStart, facet!.index.byteEnd))).toBe(URL);
    expect(isValidTid(messageTid(new Date('2026-11-20T14:20:00Z'), 'k'))).toBe(true);
    expect(messageTid(new Date('2026-11-20T14:20:00Z'), 'k')).toBe(messageTid(new Date('2026-11-20T14:20:00Z'), 'k'));
  });

  it('Email: a subject on one line, escaped HTML, a stable Message-ID and a thread', () => {
    const email = emailMessage(hostileMessage(), 'https://status.test.example', '<first@status.test.example>');
    expect(email.subject).not.toMatch(/\n/);
    expect(email.html).not.toMatch(/<script|<b>bold/);
    expect(email.messageId).toMatch(/^<[a-f0-9]+\.hostile@status\.test\.example>$/);
    expect(email.inReplyTo).toBe('<first@status.test.example>');
    expect(email.text).toContain(URL);
  });

  it('GitHub mirror: escaped Markdown that mentions nobody', () => {
    const issue = mirrorIssue(hostileMessage());
    expect(issue.title.length).toBeLessThanOrEqual(256);
    for (const text of [issue.body, mirrorComment(hostileMessage())]) {
      noMention(text);
      expect(text).not.toMatch(/(?<!\\)<script|(?<!\\)\*\*md/);
      expect(text).toContain(`(${URL})`);
    }
  });
});
