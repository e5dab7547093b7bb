import { getSiteData } from '../data.ts';
import { toMaintenanceCalendar } from '../lib/calendar.ts';

/** Maintenance windows as an RFC 5545 calendar to subscribe to. */
export async function GET() {
  const { site, components, incidents, page } = await getSiteData();
  return new Response(toMaintenanceCalendar(site, components, incidents, page.now), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}
