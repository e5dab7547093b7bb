import { getCollection, getEntry } from 'astro:content';
import { cacheKept } from './io/build-settings.mjs';
import { buildTime } from './io/clock.ts';
import { unbundledCodeDigest } from './io/code-fingerprint.ts';
import type { Content } from './lib/content/site-content.ts';
import type { GithubFreshness } from './lib/github/source.ts';
import { buildPageView, type PageView } from './lib/page-view.ts';
import { loadSiteLanguages, type SiteLanguage } from './lib/i18n/site-languages.ts';
import { componentNames } from './lib/component-names.ts';
import type { UpstreamReading } from './lib/upstreams/model.ts';
import { frameKey } from './lib/page-key.ts';

export interface SiteData extends Content {
  page: PageView;
  /** Each component's name by id, for listing an incident's components. */
  componentNames: ReadonlyMap<string, string>;
  /** Whether GitHub incidents are live or from the last good snapshot ("GitHub data as of …"). */
  github: GithubFreshness;
  /** Each configured upstream as this build read it; shown beside our status, never part of it. */
  upstreamReadings: UpstreamReading[];
  /** The languages the site is built in, the one at its root first; each with its words. */
  languages: SiteLanguage[];
  /**
   * Per language, a digest of what every page in it shows around its own content and of the code
   * that writes it (`PageFrame`), for the incremental build's page keys; null where Astro's
   * incremental build is off (`cacheKept`, as astro.config.mjs decides it), where no page needs a
   * key: making them took 0.15 s of a 1,000-incident build.
   */
  frameKeys: ReadonlyMap<SiteLanguage, string> | null;
}

let data: Promise<SiteData> | undefined;

/** The validated content and the status page derived from it, computed once per build. */
export function getSiteData(): Promise<SiteData> {
  data ??= (async () => {
    const siteEntry = await getEntry('site', 'site');
    if (!siteEntry) throw new Error('content/site.yaml was not loaded');
    const github = (await getEntry('githubFreshness', 'github'))?.data;
    // Its loader always writes the entry, also with GitHub off; "off" in its place could hide a stale snapshot.
    if (!github) throw new Error('The GitHub freshness entry was not loaded');
    // Asked only when there is GitHub data, or are incident files: Astro warns about an empty collection.
    const fromGithub = github.asOf ? await getCollection('githubIncidents') : [];
    const incidentCount = (await getEntry('incidentCount', 'files'))?.data.count;
    // Read as "no incidents", a missing count would show a page with every incident left out.
    if (incidentCount === undefined) throw new Error('The incident count entry was not loaded');
    const files = incidentCount ? await getCollection('incidents') : [];
    // Its loader always writes the entry, also with no upstreams configured.
    const upstreamReadings: UpstreamReading[] | undefined = (await getEntry('upstreams', 'all'))?.data.readings;
    if (!upstreamReadings) throw new Error('The upstreams entry was not loaded');
    const content: Content = {
      site: siteEntry.data,
      components: (await getCollection('components')).map((e) => e.data),
      // Ids cannot collide: the GitHub loader fails the build if a file takes an issue's id.
      incidents: [...files, ...fromGithub].map((e) => e.data),
      upstreams: upstreamReadings.map((r) => r.upstream),
    };
    // The site file was validated with these languages and strings, so there are no problems left here.
    const { languages } = await loadSiteLanguages(content.site);
    // Live GitHub data is dated by this build, but only a snapshot's date is shown.
    const githubNotice = github.state === 'snapshot' ? github.asOf : null;
    const code = cacheKept() ? unbundledCodeDigest() : null;
    const frameKeys = code === null ? null : new Map(languages.map((language) => [language, frameKey({
      site: content.site,
      components: content.components,
      githubNotice,
      language: { tag: language.tag, lang: language.t.lang, intl: language.t.intl, locale: language.t.locale },
      code,
    })]));
    return {
      ...content,
      page: buildPageView(content, buildTime),
      componentNames: componentNames(content.components),
      github,
      upstreamReadings,
      languages,
      frameKeys,
    };
  })();
  return data;
}
