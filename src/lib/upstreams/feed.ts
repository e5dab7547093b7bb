import { createRequire } from 'node:module';
import type { parseFeed } from '@rowanmanning/feed-parser';
import { missingAnswer, type Adapted, type Adapter } from './adapter.ts';
import { answerName } from './answer.ts';
import { ownLink } from './links.ts';
import { UPSTREAM_LIMITS, type UpstreamPost } from './model.ts';
import { plainLine } from './plain-text.ts';

const require = createRequire(import.meta.url);
let feedParser: typeof parseFeed | undefined;

/** The feed parser, loaded on first use: most sites follow no feed, and every build would load it. */
function parsed(feed: string): ReturnType<typeof parseFeed> {
  feedParser ??= (require('@rowanmanning/feed-parser') as { parseFeed: typeof parseFeed }).parseFeed;
  return feedParser(feed);
}

/**
 * An RSS 2.0 or Atom feed (AWS, Google Cloud and Azure publish their status this way). A feed
 * says what was posted, not what the state is: its latest posts are shown with their dates, and
 * no status is derived from them, so the upstream's state stays unknown. An empty feed is normal.
 */
export const readFeed: Adapter = (upstream, answers, origin): Adapted => {
  if (answers.feed === undefined) return { ok: false, problems: [missingAnswer(origin('feed'))] };
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parsed(answers.feed);
  } catch (error) {
    const reason = plainLine(error instanceof Error ? error.message : String(error), 120);
    return { ok: false, problems: [{ file: origin('feed').file, message: `is not an RSS or Atom feed (${reason})` }] };
  }
  const posts = feed.items.map((item): UpstreamPost => ({
    title: answerName(item.title ?? ''),
    url: ownLink(item.url, upstream.url),
    published: validDate(item.published ?? item.updated),
  }));
  const time = (p: UpstreamPost) => p.published?.getTime() ?? -Infinity;
  return {
    ok: true,
    report: {
      indicator: 'unknown',
      reported: null,
      components: [],
      items: [],
      posts: posts.sort((a, b) => time(b) - time(a)).slice(0, UPSTREAM_LIMITS.incidents),
      page: ownLink(feed.url, upstream.url),
    },
    warnings: [],
  };
};

const validDate = (date: Date | null | undefined) => (date && !Number.isNaN(date.getTime()) ? date : null);
