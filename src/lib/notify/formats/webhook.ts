import type { PageView } from '../../page-view.ts';
import type { SiteSettings } from '../../schema/site.ts';
import { indicatorDescription, toStatuspageItem, statuspageId } from '../../statuspage-api.ts';
import { absoluteUrl, pagePath } from '../../urls.ts';
import type { Message } from '../message.ts';
import type { News } from '../news.ts';
import { defuseMentions } from '../text.ts';

/** Where the generic webhook's shape is described, for the `meta.documentation` field. */
const DOCUMENTATION = 'https://support.atlassian.com/statuspage/docs/enable-webhook-notifications/';

/**
 * A Statuspage-style webhook body (`meta`, `page`, `incident`), so that consumers of Statuspage
 * webhooks read it unchanged. Texts are plain and ping nobody if a consumer forwards them to chat.
 * A withdrawn item is sent as ended, with the withdrawal as its newest update: Statuspage's
 * vocabulary has no withdrawal, and a consumer must not keep an alert open for it.
 */
export function webhookPayload(news: News, message: Message, site: SiteSettings, view: PageView) {
  const { meta, page } = envelope(site, view);
  const at = view.now.toISOString();
  const mapped = news.incident && news.event !== 'withdrawn' ? toStatuspageItem(site, view, news.incident).item : null;
  const incident = mapped
    ? {
      ...mapped,
      name: defuseMentions(mapped.name),
      incident_updates: mapped.incident_updates.map((u) => ({ ...u, body: defuseMentions(u.body) })),
    }
    : withdrawnItem(news, message, page.id, at);
  return { meta, page, incident };
}

/** What every webhook body starts with: `meta` and the page's status. */
function envelope(site: SiteSettings, view: PageView) {
  const home = absoluteUrl(site.url, pagePath.home);
  return {
    meta: { unsubscribe: home, documentation: DOCUMENTATION, generated_at: view.now.toISOString() },
    page: { id: statuspageId(home.replace(/\/+$/, '')), status_indicator: view.indicator, status_description: indicatorDescription[view.indicator] },
  };
}

/** The body of `npm run notify -- --test`: the page's status, and a `test` that no Statuspage consumer mistakes for an incident. */
export function webhookTestPayload(message: Message, site: SiteSettings, view: PageView) {
  return { ...envelope(site, view), test: { message: message.summary, url: message.url } };
}

/** A withdrawn item in Statuspage's shape: ended now, its one update saying it was withdrawn. */
function withdrawnItem(news: News, message: Message, pageId: string, at: string) {
  const maintenance = message.kind === 'maintenance';
  const status = maintenance ? 'completed' : 'resolved';
  return {
    id: news.id, name: defuseMentions(message.title), status, impact: maintenance ? 'maintenance' : 'none',
    created_at: news.before?.at ?? at, updated_at: at, monitoring_at: null, resolved_at: at, shortlink: message.url,
    started_at: news.before?.at ?? at, page_id: pageId,
    ...(maintenance ? { scheduled_for: news.before?.window?.split('/')[0] ?? at, scheduled_until: news.before?.window?.split('/')[1] ?? at } : {}),
    incident_updates: [{
      id: `${news.id}-withdrawn`, status, body: message.summary, incident_id: news.id, created_at: at, updated_at: at, display_at: at,
      affected_components: null, deliver_notifications: true, custom_tweet: null, tweet_id: null,
    }],
    components: [],
  };
}
