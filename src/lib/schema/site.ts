import { z } from 'zod';
import { isTimeZone } from '../time.ts';
import { HttpUrl } from './http-url.ts';
import { NotifySettings, SubscribeSettings } from './notify.ts';
import { resolveTag } from '../i18n/locale-tags.ts';
import { siteStrings } from '../i18n/language-settings.ts';

/** A BCP 47 language tag, as `Intl` reads it. */
const LanguageTag = z.string().refine((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}, 'must be a BCP 47 language tag such as en, de-AT or pt-BR');

/** A message's replacement: a text, or plural forms by category (`one`, `other`…). */
const MessageOverride = z.union([z.string(), z.record(z.string(), z.string())], { error: 'must be a text, or a map of plural forms to texts' });

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
  /** BCP 47 language of the pages (default en); the closest of Sitrep's translations is used. */
  language: LanguageTag.optional(),
  /** Several languages: the first at the site's root, each other under /<tag>/. */
  languages: z.array(LanguageTag).min(1, 'must name at least one language').optional(),
  /** Sitrep's own words replaced, by message key; under a language's tag, for that language only. */
  strings: z.record(z.string(), z.union([MessageOverride, z.record(z.string(), MessageOverride)])).default({}),
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
}).superRefine((site, ctx) => {
  const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (site.languages) {
    if (site.language !== undefined && site.language !== site.languages[0]) {
      problem(['language'], `must be the first of languages (${site.languages[0]}), or be left out`);
    }
    site.languages.forEach((tag, i) => {
      if (!resolveTag(tag)) problem(['languages', i], `"${tag}" has no translation of Sitrep's words`);
      else if (site.languages!.indexOf(tag) !== i) problem(['languages', i], `"${tag}" is listed twice`);
    });
    if (ctx.value.languages?.some((tag) => !resolveTag(tag))) return;
  }
  for (const p of siteStrings(site).problems) problem(p.path, p.message);
});
export type SiteSettings = z.infer<typeof SiteSettings>;
