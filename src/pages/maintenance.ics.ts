import { getSiteData } from '../data.ts';
import { toMaintenanceCalendar } from '../lib/calendar.ts';
import { incidentIn } from '../lib/i18n/incident-translation.ts';

/** Maintenance windows as an RFC 5545 calendar to subscribe to: one per site, in its first language. */
export async function GET() {
  const { site, components, incidents, page, languages } = await getSiteData();
  const [first] = languages;
  return new Response(toMaintenanceCalendar(site, components, incidents.map((i) => incidentIn(i, first!.tag)), page.now, first!.t), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}
