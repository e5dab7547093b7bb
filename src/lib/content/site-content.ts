import type { Component } from '../schema/components.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';

/** A site's validated content: what every page, feed and API file is derived from. */
export interface Content {
  site: SiteSettings;
  components: Component[];
  incidents: Incident[];
}

export { SITE_FILE, COMPONENTS_FILE, INCIDENTS_DIR } from './locations.mjs';
