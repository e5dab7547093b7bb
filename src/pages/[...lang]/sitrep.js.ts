import { languagePaths, scriptResponse } from '../../language-routes.ts';
import type { SiteLanguage } from '../../lib/i18n/site-languages.ts';

export const getStaticPaths = () => languagePaths([null], () => ({ params: {} }));

/** The page script, with the words of the page's language. */
export function GET({ props }: { props: { language: SiteLanguage } }) {
  return scriptResponse(props.language);
}
