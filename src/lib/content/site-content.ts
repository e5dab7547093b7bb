import type { Component } from '../schema/components.ts';
import type { Incident } from '../schema/incident.ts';
import type { SiteSettings } from '../schema/site.ts';

/** A site's validated content: what every page, feed and API file is derived from. */
export interface Content {
  site: SiteSettings;
  components: Component[];
  incidents: Incident[];
}

/** Where each part of the content lives, relative to the content root. */
export const SITE_FILE = 'content/site.yaml';
export const COMPONENTS_FILE = 'content/components.yaml';
export const INCIDENTS_DIR = 'incidents';

/** First line of each settings file: editors using yaml-language-server then complete and check it. */
export const SITE_SCHEMA_COMMENT = '# yaml-language-server: $schema=../schemas/site.schema.json';
export const COMPONENTS_SCHEMA_COMMENT = '# yaml-language-server: $schema=../schemas/components.schema.json';
