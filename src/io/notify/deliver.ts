import { createHmac } from 'node:crypto';
import type { ResolvedChannel } from '../../lib/notify/channels.ts';
import type { ChannelRef } from '../../lib/notify/ledger.ts';
import type { Message } from '../../lib/notify/message.ts';
import type { News } from '../../lib/notify/news.ts';
import { blueskyRecord, messageTid, type PostRef } from '../../lib/notify/formats/bluesky.ts';
import { discordPayload } from '../../lib/notify/formats/discord.ts';
import { emailMessage } from '../../lib/notify/formats/email.ts';
import { googleChatPayload } from '../../lib/notify/formats/google-chat.ts';
import { mastodonPayload } from '../../lib/notify/formats/mastodon.ts';
import { matrixPayload } from '../../lib/notify/formats/matrix.ts';
import { mattermostPayload } from '../../lib/notify/formats/mattermost.ts';
import { slackPayload } from '../../lib/notify/formats/slack.ts';
import { teamsPayload } from '../../lib/notify/formats/teams.ts';
import { telegramPayload } from '../../lib/notify/formats/telegram.ts';
import { webhookPayload, webhookTestPayload } from '../../lib/notify/formats/webhook.ts';
import type { PageView } from '../../lib/page-view.ts';
import type { SiteSettings } from '../../lib/schema/site.ts';
import { sendHttp, type DeliveryLimits, type HttpAnswer, type HttpRequest, type Outcome } from './http.ts';
import { sendEmail } from './email.ts';
import { mirrorToIssue } from './github-mirror.ts';

/** Everything a delivery may need besides the message. */
export interface DeliveryContext {
  site: SiteSettings;
  view: PageView;
  /** The news behind the message; none for a test message. */
  news: News | null;
  /** What the channel kept of this item's thread. */
  ref: ChannelRef;
  limits: DeliveryLimits;
  /** GitHub's API, for the issue mirror. */
  github: { apiUrl: string; graphqlUrl: string };
  now: Date;
}

/** A delivery's end, and what the channel keeps of the item's thread (also after a failure, if part of it went through). */
export type Delivery = Outcome<unknown> & { ref?: ChannelRef };

/** The request a channel sends for a message, when it is one HTTP request; what `--dry-run` prints. */
export function channelRequest(channel: ResolvedChannel, message: Message, ctx: DeliveryContext): HttpRequest | null {
  const { config, secret } = channel;
  switch (config.type) {
    case 'slack': return { method: 'POST', url: secret, body: slackPayload(message) };
    case 'discord': return { method: 'POST', url: withQuery(secret, { wait: 'true' }), body: discordPayload(message) };
    case 'teams': return { method: 'POST', url: secret, body: teamsPayload(message) };
    case 'google-chat': return { method: 'POST', url: withQuery(secret, { messageReplyOption: 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD' }), body: googleChatPayload(message) };
    case 'mattermost': return { method: 'POST', url: secret, body: mattermostPayload(message) };
    case 'webhook': {
      const body = JSON.stringify(ctx.news ? webhookPayload(ctx.news, message, ctx.site, ctx.view) : webhookTestPayload(message, ctx.site, ctx.view));
      const signature: Record<string, string> = channel.signingSecret ? { 'x-sitrep-signature': `sha256=${createHmac('sha256', channel.signingSecret).update(body).digest('hex')}` } : {};
      return { method: 'POST', url: secret, headers: { 'content-type': 'application/json', 'idempotency-key': message.key, ...signature }, body };
    }
    case 'matrix': return {
      method: 'PUT',
      // The transaction id makes a retried send the same event.
      url: `${config.homeserver.replace(/\/+$/, '')}/_matrix/client/v3/rooms/${encodeURIComponent(config.room)}/send/m.room.message/${encodeURIComponent(`sitrep-${message.key}`)}`,
      headers: { authorization: `Bearer ${secret}` },
      body: matrixPayload(message),
    };
    case 'telegram': return {
      method: 'POST',
      url: `${config.api_url.replace(/\/+$/, '')}/bot${secret}/sendMessage`,
      body: telegramPayload(message, config.chat_id, numberRef(ctx.ref.message)),
    };
    case 'mastodon': return {
      method: 'POST',
      url: `${config.instance.replace(/\/+$/, '')}/api/v1/statuses`,
      headers: { authorization: `Bearer ${secret}`, 'idempotency-key': message.key },
      body: mastodonPayload(message, message.language, stringRef(ctx.ref.status)),
    };
    default: return null;
  }
}

const withQuery = (url: string, params: Record<string, string>) => {
  const u = new URL(url);
  for (const [key, value] of Object.entries(params)) u.searchParams.set(key, value);
  return u.href;
};
const numberRef = (value: string | number | undefined) => (typeof value === 'number' ? value : undefined);
const stringRef = (value: string | number | undefined) => (typeof value === 'string' ? value : undefined);

/** Telegram answers 200 with `ok: false` for some refusals. */
const telegramAccepts = (answer: HttpAnswer) => ((answer.body as { ok?: unknown } | null)?.ok === true ? true : 'Telegram did not accept the message');

/** Sends one message to one channel, retrying within the limits; never throws. */
export async function deliver(channel: ResolvedChannel, message: Message, ctx: DeliveryContext): Promise<Delivery> {
  const secrets = [channel.secret, channel.signingSecret ?? ''];
  try {
    switch (channel.config.type) {
      case 'email': return await sendEmail(channel, channel.config, emailMessage(message, ctx.site.url, stringRef(ctx.ref.thread)), ctx.limits);
      case 'github-issue': return await mirrorToIssue(channel, channel.config, message, ctx);
      case 'bluesky': return await postToBluesky(channel, message, ctx);
      default: break;
    }
    const request = channelRequest(channel, message, ctx)!;
    const sent = await sendHttp(request, ctx.limits, secrets, channel.config.type === 'telegram' ? telegramAccepts : undefined);
    if (!sent.ok) return sent;
    return { ok: true, value: null, ref: threadRef(channel, sent.value, ctx.ref) };
  } catch (error) {
    // A bug or an unforeseen answer costs this message, never the other channels.
    return { ok: false, refused: false, reason: redactAll(error instanceof Error ? error.message : String(error), secrets) };
  }
}

const redactAll = (text: string, secrets: string[]) => secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('***'), text);

/** What a channel keeps to thread the next message: Telegram replies to the first message, Mastodon to the last status. */
function threadRef(channel: ResolvedChannel, answer: HttpAnswer, ref: ChannelRef): ChannelRef | undefined {
  const body = answer.body as { result?: { message_id?: unknown }; id?: unknown } | null;
  if (channel.config.type === 'telegram' && ref.message === undefined && typeof body?.result?.message_id === 'number') return { message: body.result.message_id };
  if (channel.config.type === 'mastodon' && typeof body?.id === 'string') return { status: body.id };
  return undefined;
}

/**
 * Posts to Bluesky: a session from the handle and app password, then the post under a record key
 * fixed by the message, so a retry after a lost answer finds its post instead of posting twice.
 * Each post answers the previous one of its item.
 */
async function postToBluesky(channel: ResolvedChannel, message: Message, ctx: DeliveryContext): Promise<Delivery> {
  if (channel.config.type !== 'bluesky') throw new Error('not a Bluesky channel');
  const service = channel.config.service.replace(/\/+$/, '');
  const secrets = [channel.secret];
  const session = await sendHttp(
    { method: 'POST', url: `${service}/xrpc/com.atproto.server.createSession`, body: { identifier: channel.config.handle, password: channel.secret } },
    ctx.limits, secrets,
  );
  if (!session.ok) return session;
  const { accessJwt, did } = (session.value.body ?? {}) as { accessJwt?: unknown; did?: unknown };
  if (typeof accessJwt !== 'string' || typeof did !== 'string') return { ok: false, refused: true, reason: 'Bluesky answered the login without a session' };
  secrets.push(accessJwt);
  const auth = { authorization: `Bearer ${accessJwt}` };
  const root = postRef(ctx.ref, 'root');
  const parent = postRef(ctx.ref, 'parent');
  const record = blueskyRecord(message, ctx.now, message.language, root && parent ? { root, parent } : undefined);
  const rkey = messageTid(message.at, message.key);
  const created = await sendHttp(
    { method: 'POST', url: `${service}/xrpc/com.atproto.repo.createRecord`, headers: auth, body: { repo: did, collection: 'app.bsky.feed.post', rkey, record } },
    ctx.limits, secrets,
  );
  let post = created.ok ? created.value.body : null;
  if (!created.ok) {
    // The same key again: did an earlier try create it after all?
    const query = new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', rkey });
    const existing = await sendHttp({ method: 'GET', url: `${service}/xrpc/com.atproto.repo.getRecord?${query}`, headers: auth }, { ...ctx.limits, retries: 0 }, secrets);
    if (!existing.ok) return created;
    post = existing.value.body;
  }
  const { uri, cid } = (post ?? {}) as { uri?: unknown; cid?: unknown };
  if (typeof uri !== 'string' || typeof cid !== 'string') return { ok: true, value: null };
  return { ok: true, value: null, ref: { ...(root ? {} : { rootUri: uri, rootCid: cid }), parentUri: uri, parentCid: cid } };
}

function postRef(ref: ChannelRef, which: 'root' | 'parent'): PostRef | undefined {
  const uri = ref[`${which}Uri`];
  const cid = ref[`${which}Cid`];
  return typeof uri === 'string' && typeof cid === 'string' ? { uri, cid } : undefined;
}
