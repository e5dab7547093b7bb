import { endedAt, currentState } from '../lifecycle.ts';
import { markdownToText, stripHtml } from '../markdown.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';
import type { IncidentKind } from '../schema/vocabulary.ts';
import type { Translator } from '../i18n/translator.ts';
import { toneOfIncident, type Tone } from '../tone.ts';
import { absoluteUrl, pagePath } from '../urls.ts';
import { componentStatusInline, kindImpactLabel, kindLabel, scopeLabel, stateLabel, updateStatusLabel } from '../wording.ts';
import type { News, NewsEvent } from './news.ts';
import { eventLabel } from './wording.ts';

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
  /** The words every format adds around the message, in the site's language. */
  words: { link: string; upstream: string; kind: string };
  /** The BCP 47 tag of the words, for services that label posts by language. */
  language: string;
}

/** Text that came from a file or an issue, as plain text for a message. */
export const plain = (markdown: string) => markdownToText(markdown).trim();

/** Dates and durations of a message: in the site's zone and language. */
function timesOf(site: SiteSettings, t: Translator) {
  const when = (d: Date) => t.dateTime(d, site.timezone);
  return {
    when,
    window: (from: Date, to: Date) => t.t('time.range', { start: when(from), end: when(to) }),
    lasted: (from: Date, to: Date) => t.duration(to.getTime() - from.getTime()),
  };
}

/** The summary sentence of a news event. */
function summaryOf(news: News, incident: Incident, site: SiteSettings, t: Translator): string {
  const { when, window: range, lasted } = timesOf(site, t);
  const window = incident.scheduledFor && incident.scheduledUntil ? range(incident.scheduledFor, incident.scheduledUntil) : '';
  const ended = endedAt(incident, new Date(news.told.at)) ?? news.at;
  switch (news.event) {
    case 'posted': return t.t(incident.kind === 'notice' ? 'notify.posted' : 'notify.began', { at: when(incident.started) });
    case 'updated': return t.t('notify.updated', { at: when(news.update?.at ?? news.at) });
    case 'resolved':
      if (news.unannounced) {
        return incident.kind === 'notice'
          ? t.t('notify.noticeOpenedAndEnded', { from: when(incident.started), to: when(ended) })
          : t.t('notify.openedAndResolved', { from: when(incident.started), to: when(ended), lasted: lasted(incident.started, ended) });
      }
      return incident.kind === 'notice' ? t.t('notify.ended', { at: when(ended) }) : t.t('notify.resolved', { at: when(ended), lasted: lasted(incident.started, ended) });
    case 'scheduled': return t.t('notify.scheduled', { window });
    case 'reminder': {
      const minutes = Math.max(1, Math.round((incident.scheduledFor!.getTime() - new Date(news.told.at).getTime()) / 60_000));
      return t.t('notify.reminder', { minutes: t.duration(minutes * 60_000), window });
    }
    case 'started': return t.t('notify.maintenanceStarted', { at: when(news.at), until: when(incident.scheduledUntil!) });
    case 'completed': return news.unannounced ? t.t('notify.tookPlace', { window }) : t.t('notify.completed', { at: when(ended) });
    case 'withdrawn': return withdrawnText(incident.kind, t);
  }
}

const withdrawnText = (kind: IncidentKind, t: Translator) =>
  t.t(kind === 'maintenance' ? 'notify.withdrawnMaintenance' : kind === 'notice' ? 'notify.withdrawnNotice' : 'notify.withdrawnIncident');

/** The facts a reader acts on: what is broken, who is affected, what to do, when a fix is due, which components. */
function factsOf(incident: Incident, over: boolean, site: SiteSettings, componentNames: ReadonlyMap<string, string>, t: Translator): Fact[] {
  const { when, window } = timesOf(site, t);
  const facts: [string, string | null][] = [
    [t.t('notify.window'), incident.kind === 'maintenance' && incident.scheduledFor && incident.scheduledUntil ? window(incident.scheduledFor, incident.scheduledUntil) : null],
    [scopeLabel(incident.kind, t), incident.scope && plain(incident.scope)],
    [t.t('fact.affected'), incident.affected && plain(incident.affected)],
    [t.t('fact.alternatives'), !over && incident.alternatives ? plain(incident.alternatives) : null],
    [t.t('fact.eta'), over || incident.eta === null ? null : incident.eta instanceof Date ? when(incident.eta) : plain(incident.eta)],
    [t.t('fact.components'), incident.components.length
      ? t.list(incident.components.map((c) => {
        const name = componentNames.get(c.id) ?? c.id;
        return over || incident.kind === 'notice' ? name : t.t('calendar.componentStatus', { component: name, status: componentStatusInline(c.status, t) });
      }))
      : null],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1])).map(([label, value]) => ({ label, value }));
}

/** What a message of the site's is made of besides its news. */
function frame(site: SiteSettings, kind: IncidentKind, t: Translator) {
  return { siteName: site.name, language: t.lang, words: { link: t.t('notify.link'), upstream: t.t('fact.upstream'), kind: kindLabel(kind, t) } };
}

/**
 * The message of one piece of news, in the site's language, zone and links. A withdrawal of an
 * item whose file or issue is gone says what the ledger remembers of it.
 */
export function toMessage(news: News, site: SiteSettings, componentNames: ReadonlyMap<string, string>, t: Translator): Message {
  const incident = news.incident;
  const title = stripHtml(incident?.title ?? news.told.title);
  const kind = incident?.kind ?? news.told.kind;
  const shown = news.event !== 'withdrawn' && incident !== null;
  const headline = (event: NewsEvent, state: string) => t.t('notify.headline', { event: eventLabel(event, kind, state, t), title });
  const common = {
    ...frame(site, kind, t), key: news.key, itemId: news.id, event: news.event, kind, title, at: news.at,
    url: absoluteUrl(site.url, shown ? pagePath.incident(news.id) : pagePath.home),
  };
  if (news.event === 'withdrawn' || !incident) {
    return {
      ...common, headline: headline('withdrawn', ''), tag: kindLabel(kind, t), state: eventLabel('withdrawn', kind, '', t), tone: 'ok',
      summary: withdrawnText(kind, t), update: null, facts: [], upstream: [],
    };
  }
  const now = new Date(news.told.at);
  const stateNow = currentState(incident, now);
  const over = stateNow === 'resolved' || stateNow === 'completed';
  const state = stateLabel(incident, stateNow, t);
  return {
    ...common,
    headline: headline(news.event, state),
    tag: kindImpactLabel(incident, t),
    state,
    tone: toneOfIncident(incident, stateNow),
    summary: summaryOf(news, incident, site, t),
    update: news.update && plain(news.update.body)
      ? { status: updateStatusLabel(news.update.status, t), at: t.dateTime(news.update.at, site.timezone), text: plain(news.update.body) }
      : null,
    facts: factsOf(incident, over, site, componentNames, t),
    upstream: incident.upstream.map((u) => ({ name: stripHtml(u.name), url: u.url })),
  };
}

/** The message `npm run notify -- --test <name>` sends: it says what it is and links to the page. */
export function testMessage(site: SiteSettings, now: Date, t: Translator): Message {
  const title = t.t('layout.siteTitle', { site: site.name });
  return {
    ...frame(site, 'notice', t), key: `test-${now.getTime()}`, itemId: 'sitrep-test', event: 'test', kind: 'notice', title,
    headline: t.t('notify.headline', { event: eventLabel('test', 'notice', '', t), title }), tag: kindLabel('notice', t), state: eventLabel('test', 'notice', '', t), tone: 'ok',
    summary: t.t('notify.test', { site: site.name }), update: null, facts: [], upstream: [], url: absoluteUrl(site.url, pagePath.home), at: now,
  };
}
