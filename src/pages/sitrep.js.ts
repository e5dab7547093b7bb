import { rootLanguage, scriptResponse } from '../language-routes.ts';

/** The page script, with the words of the site's first language. */
export async function GET() {
  return scriptResponse(await rootLanguage());
}
