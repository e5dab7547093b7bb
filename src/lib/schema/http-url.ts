import { z } from 'zod';

/** An absolute http(s) URL: the only kind a page, feed or API may link to. */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });
