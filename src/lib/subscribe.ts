import type { SiteLanguage } from './i18n/site-languages.ts';
import type { MessagePart } from './i18n/message-format.ts';
import type { Translator } from './i18n/translator.ts';
import type { Component } from './schema/components.ts';
import type { SiteSettings } from './schema/site.ts';
import { escapeMarkup } from './escape.ts';
import { absoluteUrl, pagePath } from './urls.ts';

/** One way to follow the page: what it is, how to use it, and the address to copy or the link to follow. */
export interface SubscribeOption {
  name: string;
  /** The name is the site's own (a component's), shown in its own direction. */
  ownName?: boolean;
  /** How to use it, in words; a slot is a name the product shows in English (in `names`). */
  how: MessagePart[];
  names?: Record<string, string>;
  /** An address to copy (a feed, a calendar, a command). */
  copy?: string;
  /** A link to follow instead (a mailing list, a social account). */
  link?: { label: string; href: string };
}

export interface SubscribeSection {
  /** The section's fragment id: `/subscribe/#calendar`. */
  id: string;
  heading: string;
  intro?: string;
  options: SubscribeOption[];
}

/**
 * Every way to follow a site, in one of its languages: feeds (that language's), a feed per
 * component, the maintenance calendar, the mailing list, chat, the social accounts that
 * `npm run notify` posts to, badges and the Statuspage API (made once for every language).
 * Only what the site has: no mailing list without `subscribe.email_url`, no account without a channel.
 */
export function subscribeSections(site: SiteSettings, components: readonly Component[], { t, prefix }: Pick<SiteLanguage, 't' | 'prefix'>): SubscribeSection[] {
  const url = (path: string) => absoluteUrl(site.url, path);
  const rss = url(prefix + pagePath.rss);
  const sections: SubscribeSection[] = [
    {
      id: 'feeds',
      heading: t.t('subscribe.feeds'),
      intro: t.t('subscribe.feedsIntro'),
      options: [
        { name: 'RSS', how: t.parts('subscribe.rssHow'), copy: rss },
        { name: 'Atom', how: t.parts('subscribe.atomHow'), copy: url(prefix + pagePath.atom) },
      ],
    },
    {
      id: 'components',
      heading: t.t('subscribe.component'),
      intro: t.t('subscribe.componentIntro'),
      options: components.map((c) => ({ name: c.name, ownName: true, how: t.parts('subscribe.componentHow'), copy: url(prefix + pagePath.componentRss(c.id)) })),
    },
    {
      id: 'calendar',
      heading: t.t('subscribe.calendar'),
      options: [{
        name: 'iCalendar',
        how: t.parts('subscribe.calendarHow'),
        copy: url(pagePath.calendar),
      }],
    },
  ];
  if (site.subscribe.email_url) {
    sections.push({
      id: 'email',
      heading: t.t('subscribe.email'),
      options: [{ name: t.t('subscribe.mailingList'), how: t.parts('subscribe.mailingListHow'), link: { label: t.t('subscribe.mailingListJoin'), href: site.subscribe.email_url } }],
    });
  }
  sections.push({
    id: 'chat',
    heading: t.t('subscribe.chat'),
    options: [
      { name: 'Slack', how: t.parts('subscribe.slackHow'), copy: `/feed subscribe ${rss}` },
      { name: 'Microsoft Teams', how: t.parts('subscribe.teamsHow'), names: { template: 'Post to a channel when an RSS feed item is published' } },
      { name: 'Discord', how: t.parts('subscribe.discordHow') },
    ],
  });
  const social = socialAccounts(site, t);
  if (social.length) sections.push({ id: 'social', heading: t.t('subscribe.social'), intro: t.t('subscribe.socialIntro'), options: social });
  sections.push(
    {
      id: 'badges',
      heading: t.t('subscribe.badges'),
      options: [
        { name: t.t('subscribe.badge'), how: t.parts('subscribe.badgeHow'), copy: `[![${t.t('subscribe.badgeAlt')}](${url('badges/status.svg')})](${url(prefix + pagePath.home)})` },
        {
          name: t.t('subscribe.embed'),
          how: t.parts('subscribe.embedHow'),
          copy: `<iframe src="${url(`${prefix}embed/`)}" title="${escapeMarkup(t.t('layout.siteTitle', { site: site.name }))}" width="320" height="140" style="border: 0"></iframe>`,
        },
      ],
    },
    {
      id: 'api',
      heading: t.t('subscribe.api'),
      intro: t.t('subscribe.apiIntro'),
      options: [
        { name: t.t('subscribe.apiSummary'), how: t.parts('subscribe.apiSummaryHow'), copy: url('api/v2/summary.json') },
        { name: t.t('subscribe.apiStatus'), how: t.parts('subscribe.apiStatusHow'), copy: url('api/v2/status.json') },
      ],
    },
  );
  return sections.filter((s) => s.options.length > 0);
}

/** The public accounts `npm run notify` posts to: Bluesky handles, Mastodon accounts that name themselves, public Telegram channels. */
function socialAccounts(site: SiteSettings, t: Translator): SubscribeOption[] {
  return site.notify.channels.flatMap((channel): SubscribeOption[] => {
    switch (channel.type) {
      case 'bluesky':
        return [{ name: 'Bluesky', how: t.parts('subscribe.blueskyHow'), link: { label: `@${channel.handle}`, href: `https://bsky.app/profile/${channel.handle}` } }];
      case 'mastodon': {
        if (!channel.account) return [];
        const instance = new URL(channel.instance);
        return [{ name: 'Mastodon', how: t.parts('subscribe.mastodonHow'), link: { label: `@${channel.account}@${instance.host}`, href: new URL(`/@${channel.account}`, instance).href } }];
      }
      case 'telegram':
        return channel.chat_id.startsWith('@')
          ? [{ name: 'Telegram', how: t.parts('subscribe.telegramHow'), link: { label: channel.chat_id, href: `https://t.me/${channel.chat_id.slice(1)}` } }]
          : [];
      default:
        return [];
    }
  });
}
