import { z } from 'zod';
import { IncidentKind } from '../schema/vocabulary.ts';

/** Where the ledger lives, beside the GitHub snapshot, relative to the project (content) root. */
export const LEDGER_FILE = '.sitrep-cache/notify-ledger.json';

const IsoTime = z.iso.datetime();

/** The state a channel was last told an item is in: its own state, or withdrawn. */
export const ToldState = z.enum([
  'investigating', 'identified', 'monitoring', 'resolved', 'scheduled', 'in_progress', 'verifying', 'completed', 'withdrawn',
]);
export type ToldState = z.infer<typeof ToldState>;

/** What one channel was told about one incident, maintenance or notice. */
export const Told = z.strictObject({
  /** Kept so that a withdrawal can still name what was withdrawn once its file is gone. */
  title: z.string(),
  kind: IncidentKind,
  /** Where it came from: a channel does not hear that a GitHub item was withdrawn when GitHub was not read. */
  source: z.enum(['file', 'github']),
  state: ToldState,
  /** The identities of the updates told (see `updateKeys`): their times, never their text. */
  updates: z.array(z.string()),
  /** The reminders told, in minutes before the window. */
  reminders: z.array(z.int()),
  /** A maintenance window as told, `from/until` in ISO 8601; moving it is news. */
  window: z.string().nullable(),
  /** When the channel was last told (or the item recorded without telling). */
  at: IsoTime,
});
export type Told = z.infer<typeof Told>;

/** What a channel keeps to continue an item's thread. */
export const ChannelRef = z.record(z.string(), z.union([z.string(), z.number()]));
export type ChannelRef = z.infer<typeof ChannelRef>;

/** One channel's memory. */
export const ChannelLedger = z.strictObject({
  /** When this channel was first served: before it, it was told nothing. */
  since: IsoTime,
  incidents: z.record(z.string(), Told),
  /**
   * What the channel keeps per item to continue it: the mirror issue's number, the post a reply
   * answers. Saved as soon as it exists, even before a delivery is confirmed whole, so that a
   * retry continues (comments on the issue it opened) rather than starting over.
   */
  refs: z.record(z.string(), ChannelRef).default({}),
});
export type ChannelLedger = z.infer<typeof ChannelLedger>;

/** What every channel was told, by channel name. */
export const Ledger = z.strictObject({
  format: z.literal(1),
  channels: z.record(z.string(), ChannelLedger),
});
export type Ledger = z.infer<typeof Ledger>;

/** A ledger with no channel in it. */
export const emptyLedger = (): Ledger => ({ format: 1, channels: {} });

const sortKeys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** The ledger as its file holds it: stable key order, so that a diff shows what changed. */
export function serializeLedger(ledger: Ledger): string {
  const sorted = Object.fromEntries(Object.entries(ledger.channels).sort(([a], [b]) => a.localeCompare(b)).map(([name, channel]) => [
    name, { since: channel.since, incidents: sortKeys(channel.incidents), refs: sortKeys(channel.refs) },
  ]));
  return `${JSON.stringify({ format: 1, channels: sorted }, null, 1)}\n`;
}
