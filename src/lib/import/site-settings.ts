import { stringify } from 'yaml';
import { parseSiteSettings } from '../content/parse.ts';
import { SITE_SCHEMA_COMMENT } from '../content/site-content.ts';
import type { Problem } from '../problems.ts';
import { isTimeZone } from '../time.ts';

/** What another tool's files say about the site itself, and where they say it. */
export interface ImportedSite {
  file: string;
  name: { field: string; value: string };
  url: { field: string; value: string };
  description?: string;
  timezone?: { field: string; value: string };
}

/**
 * A `content/site.yaml` for a site that has none yet, from another tool's settings; problems say
 * what had to be guessed or left out, naming the source field.
 */
export function importedSiteSettings(site: ImportedSite, target: string): { text: string; problems: Problem[] } {
  const { file } = site;
  const problems: Problem[] = [];
  const settings: Record<string, string> = { name: site.name.value || 'Status' };
  if (!site.name.value) problems.push({ file, field: site.name.field, message: `is missing; ${target} says "Status"` });
  const url = site.url.value;
  if (/^https?:\/\/[^/]+/.test(url) && !/^https?:\/\/localhost\b/.test(url)) settings.url = url.replace(/\/+$/, '');
  else {
    settings.url = 'https://status.example.com';
    problems.push({ file, field: site.url.field, message: `${url ? `"${url}"` : 'missing'} is not a public URL; set url in ${target}` });
  }
  if (site.description) settings.description = site.description;
  if (site.timezone?.value) {
    if (isTimeZone(site.timezone.value)) settings.timezone = site.timezone.value;
    else problems.push({ file, field: site.timezone.field, message: `"${site.timezone.value}" is not an IANA time zone; ${target} uses Etc/UTC` });
  }
  const text = `${SITE_SCHEMA_COMMENT}\n${stringify(settings, { lineWidth: 0 })}`;
  return { text, problems: [...problems, ...parseSiteSettings(text, target).problems] };
}
