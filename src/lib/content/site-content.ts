import type { Component } from '../schema/components.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';
import type { Upstream } from '../schema/upstreams.ts';

/** A site's validated content: what every page, feed and API file is derived from. */
export interface Content {
  site: SiteSettings;
  components: Component[];
  incidents: Incident[];
  /** The providers we depend on (`content/upstreams.yaml`, optional): shown beside ours, never part of our status. */
  upstreams: Upstream[];
}

export { SITE_FILE, COMPONENTS_FILE, UPSTREAMS_FILE, INCIDENTS_DIR } from './locations.mjs';

/** First line of each settings file: editors using yaml-language-server then complete and check it. */
export const SITE_SCHEMA_COMMENT = '# yaml-language-server: $schema=../schemas/site.schema.json';
export const COMPONENTS_SCHEMA_COMMENT = '# yaml-language-server: $schema=../schemas/components.schema.json';
