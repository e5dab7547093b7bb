import { languagePaths, rssResponse } from '../../language-routes.ts';
import type { SiteLanguage } from '../../lib/i18n/site-languages.ts';

export const getStaticPaths = () => languagePaths([null], () => ({ params: {} }));

export function GET({ props }: { props: { language: SiteLanguage } }) {
  return rssResponse(props.language);
}
