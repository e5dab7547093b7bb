import { rootLanguage, rssResponse } from '../language-routes.ts';

export async function GET() {
  return rssResponse(await rootLanguage());
}
