import { endedAt, currentState } from '../lifecycle.ts';
import { markdownToText, stripHtml } from '../markdown.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';
import type { IncidentKind } from '../schema/vocabulary.ts';
import { formatDateTime, formatDuration } from '../time-format.ts';
import { toneOfIncident, type Tone } from '../tone.ts';
import { absoluteUrl, pagePath } from '../urls.ts';
import {
  componentStatusLabel, factLabel, kindImpactLabel, kindLabel, scopeLabel, stateLabel, updateStatusLabel,
} from '../wording.ts';
import type { News, NewsEvent } from './news.ts';
import { eventLabel, notifyText } from './wording.ts';

/** One fact of a message: "What is broken: writes fail". */
export interface Fact {
  label: string;
  value: string;
}

/**
 * A piece of news in words, before any service's format: every formatter renders this, and only
 * this. All text is plain text (Markdown already turned into text); each format escapes it.
 */
export interface Message {
  /** The same for every retry of this message: idempotency keys and message ids come from it. */
  key: string;
  /** The item's id: threads and mirror issues are per item. */
  itemId: string;
  event: NewsEvent | 'test';
  kind: IncidentKind;
  /** "Resolved: Elevated error rates on the API". */
  headline: string;
  title: string;
  /** "Incident: major impact", "Maintenance", "Notice". */
  tag: string;
  /** The state in words: "Identified", "In progress", "Withdrawn". */
  state: string;
  tone: Tone;
  /** One or two sentences: what happened when. */
  summary: string;
  /** The newest update the channel has not heard. */
  update: { status: string; at: string; text: string } | null;
  facts: Fact[];
  upstream: { name: string; url: string }[];
  /** The item's page, or the home page when the item is shown nowhere (withdrawn). */
  url: string;
  /** When the news happened. */
  at: Date;
  siteName: string;
}

/** Text that came from a file or an issue, as plain text for a message. */
export const plain = (markdown: string) => markdownToText(markdown).trim();

/** The summary sentence of a news event, in the site's zone. */
function summaryOf(news: News, incident: Incident, site: SiteSettings): string {
  const when = (d: Date) => formatDateTime(d, site.timezone, site.language);
  const window = incident.scheduledFor && incident.scheduledUntil ? `${when(incident.scheduledFor)} to ${when(incident.scheduledUntil)}` : '';
  const ended = endedAt(incident, new Date(news.told.at)) ?? news.at;
  switch (news.event) {
    case 'posted': return incident.kind === 'notice' ? notifyText.posted(when(incident.started)) : notifyText.started(when(incident.started));
    case 'updated': return notifyText.updated(when(news.update?.at ?? news.at));
    case 'resolved':
      if (news.unannounced) {
        return incident.kind === 'notice'
          ? notifyText.noticeOpenedAndEnded(when(incident.started), when(ended))
          : notifyText.openedAndResolved(when(incident.started), when(ended), formatDuration(ended.getTime() - incident.started.getTime()));
      }
      return incident.kind === 'notice' ? notifyText.ended(when(ended)) : notifyText.resolved(when(ended), formatDuration(ended.getTime() - incident.started.getTime()));
    case 'scheduled': return notifyText.scheduled(window);
    case 'reminder': {
      const minutes = Math.max(1, Math.round((incident.scheduledFor!.getTime() - new Date(news.told.at).getTime()) / 60_000));
      return notifyText.reminder(formatDuration(minutes * 60_000), window);
    }
    case 'started': return notifyText.maintenanceStarted(when(news.at), when(incident.scheduledUntil!));
    case 'completed': return news.unannounced ? notifyText.tookPlace(window) : notifyText.completed(when(ended));
    case 'withdrawn': return notifyText.withdrawn(kindLabel[incident.kind].toLowerCase());
  }
}

/** The facts a reader acts on: what is broken, who is affected, what to do, when a fix is due, which components. */
function factsOf(incident: Incident, over: boolean, site: SiteSettings, componentNames: ReadonlyMap<string, string>): Fact[] {
  const when = (d: Date) => formatDateTime(d, site.timezone, site.language);
  const facts: [string, string | null][] = [
    [notifyText.window, incident.kind === 'maintenance' && incident.scheduledFor && incident.scheduledUntil ? `${when(incident.scheduledFor)} to ${when(incident.scheduledUntil)}` : null],
    [scopeLabel[incident.kind], incident.scope && plain(incident.scope)],
    [factLabel.affected, incident.affected && plain(incident.affected)],
    [factLabel.alternatives, !over && incident.alternatives ? plain(incident.alternatives) : null],
    [factLabel.eta, over || incident.eta === null ? null : incident.eta instanceof Date ? when(incident.eta) : plain(incident.eta)],
    [factLabel.components, incident.components.length
      ? incident.components.map((c) => {
        const name = componentNames.get(c.id) ?? c.id;
        return over || incident.kind === 'notice' ? name : `${name} (${componentStatusLabel[c.status].toLowerCase()})`;
      }).join(', ')
      : null],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1])).map(([label, value]) => ({ label, value }));
}

/**
 * The message of one piece of news, in the site's words, zone and links. A withdrawal of an item
 * whose file or issue is gone says what the ledger remembers of it.
 */
export function toMessage(news: News, site: SiteSettings, componentNames: ReadonlyMap<string, string>): Message {
  const incident = news.incident;
  const title = stripHtml(incident?.title ?? news.told.title);
  const kind = incident?.kind ?? news.told.kind;
  const shown = news.event !== 'withdrawn' && incident !== null;
  const common = {
    key: news.key, itemId: news.id, event: news.event, kind, title, siteName: site.name, at: news.at,
    url: absoluteUrl(site.url, shown ? pagePath.incident(news.id) : pagePath.home),
  };
  if (news.event === 'withdrawn' || !incident) {
    return {
      ...common, headline: `${eventLabel('withdrawn', kind, '')}: ${title}`, tag: kindLabel[kind], state: eventLabel('withdrawn', kind, ''), tone: 'ok',
      summary: notifyText.withdrawn(kindLabel[kind].toLowerCase()), update: null, facts: [], upstream: [],
    };
  }
  const now = new Date(news.told.at);
  const stateNow = currentState(incident, now);
  const over = stateNow === 'resolved' || stateNow === 'completed';
  const state = stateLabel(incident, stateNow);
  return {
    ...common,
    headline: `${eventLabel(news.event, kind, state)}: ${title}`,
    tag: kindImpactLabel(incident),
    state,
    tone: toneOfIncident(incident, stateNow),
    summary: summaryOf(news, incident, site),
    update: news.update && plain(news.update.body)
      ? { status: updateStatusLabel[news.update.status], at: formatDateTime(news.update.at, site.timezone, site.language), text: plain(news.update.body) }
      : null,
    facts: factsOf(incident, over, site, componentNames),
    upstream: incident.upstream.map((u) => ({ name: stripHtml(u.name), url: u.url })),
  };
}

/** The message `npm run notify -- --test <name>` sends: it says what it is and links to the page. */
export function testMessage(site: SiteSettings, now: Date): Message {
  return {
    key: `test-${now.getTime()}`, itemId: 'sitrep-test', event: 'test', kind: 'notice', title: `${site.name} status`,
    headline: `${eventLabel('test', 'notice', '')}: ${site.name} status`, tag: kindLabel.notice, state: eventLabel('test', 'notice', ''), tone: 'ok',
    summary: notifyText.test(site.name), update: null, facts: [], upstream: [], url: absoluteUrl(site.url, pagePath.home), at: now,
    siteName: site.name,
  };
}
