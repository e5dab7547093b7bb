import type { Component } from './schema/components.ts';
import type { SiteSettings } from './schema/site.ts';
import { absoluteUrl, pagePath } from './urls.ts';

/** One way to follow the page: what it is, how to use it, and the address to copy or the link to follow. */
export interface SubscribeOption {
  name: string;
  how: string;
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

/** The Subscribe page's own words. */
export const subscribeText = {
  title: 'Subscribe',
  intro: (site: string) => `Every way to hear about ${site}'s status, without coming to look. Select an address to copy it.`,
  navLabel: 'Subscribe',
} as const;

/**
 * Every way to follow a site: feeds, a feed per component, the maintenance calendar, the mailing
 * list, chat, the social accounts that `npm run notify` posts to, badges and the Statuspage API.
 * Only what the site has: no mailing list without `subscribe.email_url`, no account without a channel.
 */
export function subscribeSections(site: SiteSettings, components: readonly Component[]): SubscribeSection[] {
  const url = (path: string) => absoluteUrl(site.url, path);
  const rss = url(pagePath.rss);
  const sections: SubscribeSection[] = [
    {
      id: 'feeds',
      heading: 'Feeds',
      intro: 'An entry for every incident and maintenance, updated with each update.',
      options: [
        { name: 'RSS', how: 'Paste it into a feed reader (Feedly, Inoreader, NetNewsWire, Thunderbird…).', copy: rss },
        { name: 'Atom', how: 'The same, for readers that prefer Atom.', copy: url(pagePath.atom) },
      ],
    },
    {
      id: 'components',
      heading: 'One component',
      intro: 'Only the incidents and maintenance of one component.',
      options: components.map((c) => ({ name: c.name, how: 'RSS feed.', copy: url(pagePath.componentRss(c.id)) })),
    },
    {
      id: 'calendar',
      heading: 'Maintenance calendar',
      options: [{
        name: 'iCalendar',
        how: 'Google Calendar: Other calendars → From URL. Apple Calendar: File → New Calendar Subscription. Outlook: Add calendar → Subscribe from web.',
        copy: url(pagePath.calendar),
      }],
    },
  ];
  if (site.subscribe.email_url) {
    sections.push({
      id: 'email',
      heading: 'Email',
      options: [{ name: 'Mailing list', how: 'Every update in your inbox.', link: { label: 'Join the mailing list', href: site.subscribe.email_url } }],
    });
  }
  sections.push({
    id: 'chat',
    heading: 'Chat',
    options: [
      { name: 'Slack', how: 'In the channel that should hear about it, send:', copy: `/feed subscribe ${rss}` },
      { name: 'Microsoft Teams', how: 'Add the RSS app to a channel, or a Workflows flow "Post to a channel when an RSS feed item is published", with the RSS feed above.' },
      { name: 'Discord', how: 'Add an RSS bot (such as MonitoRSS) to a channel and give it the RSS feed above.' },
    ],
  });
  const social = socialAccounts(site);
  if (social.length) sections.push({ id: 'social', heading: 'Social', intro: 'Every update is posted here too.', options: social });
  sections.push(
    {
      id: 'badges',
      heading: 'Badges',
      options: [
        { name: 'Status badge', how: 'An image of the current status, for a README or a wiki, in Markdown:', copy: `[![Status](${url('badges/status.svg')})](${url(pagePath.home)})` },
        { name: 'On your own site', how: 'A small status box, without scripts:', copy: `<iframe src="${url('embed/')}" title="${site.name} status" width="320" height="140" style="border: 0"></iframe>` },
      ],
    },
    {
      id: 'api',
      heading: 'API',
      intro: 'Statuspage-compatible JSON: tools, widgets and exporters that read a Statuspage page read this one.',
      options: [
        { name: 'Summary', how: 'Status, components, open incidents and maintenance.', copy: url('api/v2/summary.json') },
        { name: 'Status', how: 'Just the overall status.', copy: url('api/v2/status.json') },
      ],
    },
  );
  return sections.filter((s) => s.options.length > 0);
}

/** The public accounts `npm run notify` posts to: Bluesky handles, Mastodon accounts that name themselves, public Telegram channels. */
function socialAccounts(site: SiteSettings): SubscribeOption[] {
  return site.notify.channels.flatMap((channel): SubscribeOption[] => {
    switch (channel.type) {
      case 'bluesky':
        return [{ name: 'Bluesky', how: 'Follow:', link: { label: `@${channel.handle}`, href: `https://bsky.app/profile/${channel.handle}` } }];
      case 'mastodon': {
        if (!channel.account) return [];
        const instance = new URL(channel.instance);
        return [{ name: 'Mastodon', how: 'Follow (from any server in the fediverse):', link: { label: `@${channel.account}@${instance.host}`, href: new URL(`/@${channel.account}`, instance).href } }];
      }
      case 'telegram':
        return channel.chat_id.startsWith('@')
          ? [{ name: 'Telegram', how: 'Join the channel:', link: { label: channel.chat_id, href: `https://t.me/${channel.chat_id.slice(1)}` } }]
          : [];
      default:
        return [];
    }
  });
}
