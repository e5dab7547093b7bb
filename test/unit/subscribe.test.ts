import { describe, expect, it } from 'vitest';
import { subscribeSections } from '../../src/lib/subscribe.ts';
import { makeContent } from '../support/content.ts';
import { englishSite } from '../support/i18n.ts';

const sections = (site: Parameters<typeof makeContent>[2]) => {
  const content = makeContent([{ id: 'api', name: 'Public API' }], [], site);
  return subscribeSections(content.site, content.components, englishSite);
};

describe('the Subscribe page', () => {
  it('offers feeds, a feed per component, the calendar, chat, badges and the API, with absolute addresses under the site\'s path', () => {
    const all = sections({ url: 'https://octo.github.io/status' });
    expect(all.map((s) => s.id)).toEqual(['feeds', 'components', 'calendar', 'chat', 'badges', 'api']);
    const copies = all.flatMap((s) => s.options.map((o) => o.copy)).filter(Boolean);
    expect(copies).toContain('https://octo.github.io/status/components/api/rss.xml');
    expect(copies).toContain('/feed subscribe https://octo.github.io/status/rss.xml');
  });

  it('offers the mailing list only when subscribe.email_url is set', () => {
    const email = sections({ subscribe: { email_url: 'mailto:status-subscribe@lists.example.com' } }).find((s) => s.id === 'email');
    expect(email?.options[0]?.link?.href).toBe('mailto:status-subscribe@lists.example.com');
  });

  it('names the social accounts notify posts to, and only those it can link to', () => {
    const social = sections({
      notify: {
        reminders: [60],
        channels: [
          { type: 'bluesky', handle: 'status.example.com', env: 'B', service: 'https://bsky.social' },
          { type: 'mastodon', instance: 'https://mastodon.social', account: 'examplestatus', env: 'M' },
          { type: 'mastodon', name: 'quiet', instance: 'https://mastodon.social', env: 'M2' },
          { type: 'telegram', chat_id: '@examplestatus', env: 'T', api_url: 'https://api.telegram.org' },
          { type: 'telegram', name: 'private', chat_id: '-100123', env: 'T2', api_url: 'https://api.telegram.org' },
          { type: 'slack', env: 'S' },
        ],
      },
    }).find((s) => s.id === 'social');
    expect(social?.options.map((o) => o.link?.href)).toEqual([
      'https://bsky.app/profile/status.example.com', 'https://mastodon.social/@examplestatus', 'https://t.me/examplestatus',
    ]);
  });
});
