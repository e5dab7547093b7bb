import { createHash } from 'node:crypto';
import { currentState, endedAt } from '../lifecycle.ts';
import type { PageView } from '../page-view.ts';
import type { Incident, IncidentUpdate } from '../schema/incident.ts';
import type { ChannelLedger, Told, ToldState } from './ledger.ts';

/** What happened to an item, as a channel hears it. */
export type NewsEvent = 'posted' | 'updated' | 'resolved' | 'scheduled' | 'reminder' | 'started' | 'completed' | 'withdrawn';

/** News older than this is not sent: it is recorded as told and reported as skipped. */
export const NEWS_CUTOFF_MS = 24 * 60 * 60 * 1000;

/** An item that ended longer ago than this is forgotten by every channel: a later update to it is not news. */
export const FORGET_AFTER_MS = 7 * NEWS_CUTOFF_MS;

/** One message to one channel: the latest state of one item, however many events led to it. */
export interface News {
  id: string;
  event: NewsEvent;
  /** The item as the page shows it; for a withdrawal, as the content still has it (null once its file or issue is gone). */
  incident: Incident | null;
  /** Resolved or completed before the channel ever heard of it: the message says both. */
  unannounced: boolean;
  /** The newest update the channel has not heard, if any. */
  update: IncidentUpdate | null;
  /** When the news happened; older than a day, it is skipped. */
  at: Date;
  /** What the channel was told before (null if nothing). */
  before: Told | null;
  /** The record once this is delivered. */
  told: Told;
  /** The same for every retry of this news, so that a service that knows idempotency keys drops a duplicate. */
  key: string;
}

/** What a channel is to be told in this run. */
export interface ChannelPlan {
  /** The channel had no ledger: nothing is sent, the present is recorded. */
  first: boolean;
  /** To send, oldest first. */
  send: News[];
  /** Too old to send; recorded as told. */
  skipped: News[];
  /** The channel's ledger with everything recorded that needs no delivery (skipped news, the present on a first run, forgotten items). */
  ledger: ChannelLedger;
}

export interface PlanInput {
  view: PageView;
  /** Every item in the content, withdrawn ones too. */
  incidents: readonly Incident[];
  /** The channel's ledger; undefined when it has none yet. */
  ledger: ChannelLedger | undefined;
  /** The channel's `components`: only news touching them. */
  components?: readonly string[];
  /** `notify.reminders`. */
  reminders: readonly number[];
  /** Whether GitHub data was read in this run: if not, GitHub items the channel heard of are left as they are. */
  githubRead: boolean;
}

const FINAL: ReadonlySet<ToldState> = new Set(['resolved', 'completed']);

/** Every item a page shows at its time, by id. */
function shownItems(view: PageView): Map<string, Incident> {
  return new Map([...view.active, ...view.maintenanceInProgress, ...view.maintenanceUpcoming, ...view.past].map((i) => [i.id, i]));
}

/**
 * An item's updates up to `now`, each with its identity in the ledger: its time (with `#2`, `#3`…
 * for several at the same moment), so that editing an update's text does not make it news again.
 */
export function keyedUpdates(incident: Incident, now: Date): { key: string; update: IncidentUpdate }[] {
  const seen = new Map<string, number>();
  return incident.updates
    .filter((u) => u.at.getTime() <= now.getTime())
    .reverse()
    .map((update) => {
      const at = update.at.toISOString();
      const n = (seen.get(at) ?? 0) + 1;
      seen.set(at, n);
      return { key: n === 1 ? at : `${at}#${n}`, update };
    });
}

/** The reminders due at `now` for a maintenance still ahead: those whose moment has come. */
function dueReminders(incident: Incident, state: ToldState, reminders: readonly number[], now: Date): number[] {
  if (incident.kind !== 'maintenance' || state !== 'scheduled' || !incident.scheduledFor) return [];
  const start = incident.scheduledFor.getTime();
  return reminders.filter((minutes) => start - minutes * 60_000 <= now.getTime() && now.getTime() < start);
}

const windowOf = (incident: Incident) =>
  incident.kind === 'maintenance' && incident.scheduledFor && incident.scheduledUntil
    ? `${incident.scheduledFor.toISOString()}/${incident.scheduledUntil.toISOString()}`
    : null;

/** What the channel knows once told of the item as it is at `now`. */
function toldNow(incident: Incident, now: Date, reminders: readonly number[], previous: Told | null): Told {
  const state = currentState(incident, now);
  return {
    title: incident.title,
    kind: incident.kind,
    source: incident.source.type,
    state,
    updates: keyedUpdates(incident, now).map((u) => u.key),
    reminders: [...new Set([...(state === 'scheduled' ? previous?.reminders ?? [] : []), ...dueReminders(incident, state, reminders, now)])].sort((a, b) => a - b),
    window: windowOf(incident),
    at: now.toISOString(),
  };
}

const latest = (dates: readonly (Date | null | undefined)[]) =>
  dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);

/** The event and its moment for an item the channel knows (`before`), or null when nothing is new. */
function eventFor(incident: Incident, before: Told | null, now: Date, reminders: readonly number[]) {
  const state = currentState(incident, now);
  const keyed = keyedUpdates(incident, now);
  const fresh = keyed.filter((u) => !before?.updates.includes(u.key)).map((u) => u.update);
  const newest = fresh.at(-1) ?? null;
  const updatesAt = latest(keyed.map((u) => u.update.at));
  const maintenance = incident.kind === 'maintenance';
  const over = state === 'resolved' || state === 'completed';
  const ended = () => endedAt(incident, now) ?? now;
  const began = () => latest([incident.scheduledFor && incident.scheduledFor <= now ? incident.scheduledFor : null, updatesAt]) ?? now;

  if (!before || before.state === 'withdrawn') {
    if (over) return { event: maintenance ? 'completed' : 'resolved', at: ended(), update: newest, unannounced: true } as const;
    if (maintenance && state === 'scheduled') return { event: 'scheduled', at: updatesAt ?? now, update: newest, unannounced: false } as const;
    if (maintenance) return { event: 'started', at: began(), update: newest, unannounced: false } as const;
    return { event: 'posted', at: latest([incident.started, updatesAt])!, update: newest, unannounced: false } as const;
  }
  if (over && !FINAL.has(before.state)) return { event: maintenance ? 'completed' : 'resolved', at: ended(), update: newest, unannounced: false } as const;
  if (maintenance && before.state === 'scheduled' && (state === 'in_progress' || state === 'verifying')) {
    return { event: 'started', at: began(), update: newest, unannounced: false } as const;
  }
  if (state !== before.state || fresh.length || windowOf(incident) !== before.window) {
    return { event: 'updated', at: newest?.at ?? now, update: newest, unannounced: false } as const;
  }
  const due = dueReminders(incident, state, reminders, now).filter((m) => !before.reminders.includes(m));
  if (due.length) {
    const minutes = Math.min(...due);
    return { event: 'reminder', at: new Date(incident.scheduledFor!.getTime() - minutes * 60_000), update: null, unannounced: false } as const;
  }
  return null;
}

/**
 * A stable key for one piece of news to one item: the same however often it is retried, and
 * different for the next piece.
 */
function newsKey(id: string, event: NewsEvent, told: Told): string {
  const digest = createHash('sha256').update(JSON.stringify([id, event, told.state, told.updates, told.reminders, told.window])).digest('hex');
  return digest.slice(0, 32);
}

/**
 * What one channel is to be told at the page's time: for each item, one message of its latest
 * state, or nothing when the channel already knows it. A channel without a ledger is told
 * nothing: its present is recorded, so that a first run (or a lost cache) never floods it.
 */
export function planChannel(input: PlanInput): ChannelPlan {
  const { view, reminders } = input;
  const now = view.now;
  const shown = shownItems(view);
  const touches = (incident: Incident) => !input.components || incident.components.some((c) => input.components!.includes(c.id));
  // Long over and not remembered: forgotten, so the ledger stays the size of recent news, not of the history.
  const forgotten = (incident: Incident) => {
    const ended = endedAt(incident, now);
    return ended !== null && now.getTime() - ended.getTime() > FORGET_AFTER_MS;
  };
  const relevant = [...shown.values()].filter((i) => touches(i) && !(forgotten(i) && !input.ledger?.incidents[i.id]));

  if (!input.ledger) {
    const incidents = Object.fromEntries(relevant.map((i) => [i.id, toldNow(i, now, reminders, null)]));
    return { first: true, send: [], skipped: [], ledger: { since: now.toISOString(), incidents, refs: {} } };
  }

  const ledger: ChannelLedger = { since: input.ledger.since, incidents: { ...input.ledger.incidents }, refs: { ...input.ledger.refs } };
  const news: News[] = [];
  for (const incident of relevant) {
    const before = ledger.incidents[incident.id] ?? null;
    if (before && FINAL.has(before.state) && forgotten(incident)) {
      delete ledger.incidents[incident.id];
      delete ledger.refs[incident.id];
      continue;
    }
    const found = eventFor(incident, before, now, reminders);
    const told = toldNow(incident, now, reminders, before);
    if (!found) {
      // Nothing to tell, but a new title is kept for a later withdrawal's message.
      if (before && before.title !== incident.title) ledger.incidents[incident.id] = { ...before, title: incident.title };
      continue;
    }
    news.push({
      id: incident.id, event: found.event, incident, unannounced: found.unannounced, update: found.update,
      at: found.at, before, told, key: newsKey(incident.id, found.event, told),
    });
  }

  const byId = new Map(input.incidents.map((i) => [i.id, i]));
  for (const [id, before] of Object.entries(input.ledger.incidents)) {
    if (shown.has(id)) continue;
    const incident = byId.get(id) ?? null;
    // Still in the content and not withdrawn: not shown yet, or not this channel's: nothing to say.
    if (incident && !incident.withdrawn) continue;
    if (before.source === 'github' && !input.githubRead) continue;
    if (FINAL.has(before.state) || before.state === 'withdrawn') {
      delete ledger.incidents[id];
      delete ledger.refs[id];
      continue;
    }
    const told: Told = { ...before, state: 'withdrawn', at: now.toISOString() };
    news.push({ id, event: 'withdrawn', incident, unannounced: false, update: null, at: now, before, told, key: newsKey(id, 'withdrawn', told) });
  }

  news.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
  const skipped = news.filter((n) => now.getTime() - n.at.getTime() > NEWS_CUTOFF_MS);
  for (const n of skipped) ledger.incidents[n.id] = n.told;
  return { first: false, send: news.filter((n) => !skipped.includes(n)), skipped, ledger };
}
