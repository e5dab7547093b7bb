import { createHash } from 'node:crypto';
import type { Message } from '../message.ts';
import { byteLength, defuseMentions, fitAround, graphemeLength, plainBody } from '../text.ts';

/** Bluesky's post limits: 300 graphemes and 3,000 bytes of text. */
export const BLUESKY_LIMITS = { graphemes: 300, bytes: 3000 } as const;

const SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * A record key in AT Protocol's TID format, the same for every retry of one message: its
 * microseconds from the message's time and its clock id from its key. A retried create then
 * meets the record it made, instead of posting twice.
 * @example messageTid(new Date('2026-11-20T14:05:00Z'), 'abc') // → 13 characters such as '3m…'
 */
export function messageTid(at: Date, key: string): string {
  const digest = createHash('sha256').update(key).digest();
  const micros = BigInt(at.getTime()) * 1000n + BigInt(digest.readUInt16BE(0) % 1000);
  let value = (micros << 10n) | BigInt(digest.readUInt16BE(2) & 0x3ff);
  let tid = '';
  for (let i = 0; i < 13; i++) {
    tid = SORTABLE[Number(value & 31n)]! + tid;
    value >>= 5n;
  }
  return tid;
}

/** A post's length by Bluesky's two rules at once, as a single measure: over either limit is too long. */
const blueskyMeasure = (text: string) => Math.max(graphemeLength(text), Math.ceil(byteLength(text) / (BLUESKY_LIMITS.bytes / BLUESKY_LIMITS.graphemes)));

/** The earlier post of a thread, as Bluesky names records. */
export interface PostRef { uri: string; cid: string }

/**
 * An `app.bsky.feed.post` record: plain text (mentions need facets, which we give only to the
 * link), within 300 graphemes, ending in the item's link, made a link by a facet over its UTF-8 bytes.
 */
export function blueskyRecord(message: Message, now: Date, language: string, reply?: { root: PostRef; parent: PostRef }) {
  const text = fitAround(defuseMentions(message.headline), defuseMentions(plainBody(message, { facts: false })), message.url, BLUESKY_LIMITS.graphemes, '\n\n', blueskyMeasure);
  const byteEnd = byteLength(text);
  return {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: now.toISOString(),
    langs: [language],
    facets: [{
      index: { byteStart: byteEnd - byteLength(message.url), byteEnd },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri: message.url }],
    }],
    ...(reply ? { reply } : {}),
  };
}
