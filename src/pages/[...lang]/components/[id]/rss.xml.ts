import { getSiteData } from '../../../../data.ts';
import { languagePaths, rssResponse } from '../../../../language-routes.ts';
import type { SiteLanguage } from '../../../../lib/i18n/site-languages.ts';
import type { Component } from '../../../../lib/schema/components.ts';

export async function getStaticPaths() {
  const { components } = await getSiteData();
  return languagePaths(components, (component) => ({ params: { id: component.id }, props: { component } }));
}

/** One component's incidents and maintenance, for subscribers who care about that component only. */
export function GET({ props }: { props: { component: Component; language: SiteLanguage } }) {
  return rssResponse(props.language, props.component);
}
