import { z } from 'zod';
import { isTimeZone } from '../time.ts';
import { HttpUrl } from './http-url.ts';
import { NotifySettings, SubscribeSettings } from './notify.ts';

export const GithubSettings = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name').optional(),
  label: z.string().min(1).default('incident'),
  trusted: z
    .array(z.enum(['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE']))
    .default(['OWNER', 'MEMBER', 'COLLABORATOR']),
});

export const SiteSettings = z.strictObject({
  name: z.string().min(1),
  url: HttpUrl,
  description: z.string().default(''),
  timezone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Etc/UTC or Europe/Berlin').default('Etc/UTC'),
  /** BCP 47 language of the page, for `<html lang>` and date formatting. */
  language: z.string().default('en'),
  links: z.array(z.strictObject({ name: z.string().min(1), url: HttpUrl })).default([]),
  history: z
    .strictObject({
      /** Past incidents per history page. */
      page_size: z.number().int().min(1).max(500).default(25),
      /** Days of resolved incidents listed under "Recent history" on the home page. */
      recent_days: z.number().int().min(1).max(90).default(14),
    })
    .default({ page_size: 25, recent_days: 14 }),
  github: GithubSettings.optional(),
  /** Channels told of every update by `npm run notify`. */
  notify: NotifySettings.default({ reminders: [60], channels: [] }),
  /** Extras of the Subscribe page. */
  subscribe: SubscribeSettings.default({}),
});
export type SiteSettings = z.infer<typeof SiteSettings>;
