import { atomResponse, rootLanguage } from '../language-routes.ts';

export async function GET() {
  return atomResponse(await rootLanguage());
}
