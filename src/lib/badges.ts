import { makeBadge } from 'badge-maker';
import { componentStatusInline } from './wording.ts';
import type { Translator } from './i18n/translator.ts';
import type { Indicator } from './component-status.ts';
import { PAGE_BADGE } from './schema/components.ts';
import type { ComponentStatus } from './schema/vocabulary.ts';

/** What a badge says: the left side, the right side and its colour (a shields.io named colour). */
export interface Badge {
  label: string;
  message: string;
  color: string;
}

/** Re-exported for the badge pages; the component schema, which reserves it, owns it. */
export { PAGE_BADGE };

/** Colours follow Statuspage's order: green, yellow, orange, red, and blue for maintenance. */
const statusColor: Record<ComponentStatus, string> = {
  operational: 'brightgreen',
  degraded_performance: 'yellow',
  partial_outage: 'orange',
  major_outage: 'red',
  under_maintenance: 'blue',
};

const indicatorColor: Record<Indicator, string> = {
  none: 'brightgreen', minor: 'yellow', major: 'orange', critical: 'red', maintenance: 'blue',
};

/**
 * A component's badge.
 * @example componentBadge('Public API', 'partial_outage', english) // → { label: 'Public API', message: 'partial outage', color: 'orange' }
 */
export function componentBadge(name: string, status: ComponentStatus, t: Translator): Badge {
  return { label: name, message: componentStatusInline(status, t), color: statusColor[status] };
}

/**
 * The whole page's badge.
 * @example pageBadge('major', english) // → { label: 'status', message: 'partial system outage', color: 'orange' }
 */
export function pageBadge(indicator: Indicator, t: Translator): Badge {
  return { label: t.t('badge.label'), message: t.t(`badge.${indicator}`), color: indicatorColor[indicator] };
}

/** How long shields.io may cache a badge; it keeps 300 s as its own minimum anyway. */
const CACHE_SECONDS = 300;

/** A badge as shields.io endpoint JSON (only its documented keys, as shields rejects others). */
export function toShieldsEndpoint(badge: Badge): { schemaVersion: 1; label: string; message: string; color: string; cacheSeconds: number } {
  return { schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color, cacheSeconds: CACHE_SECONDS };
}

/** A badge as a flat SVG, drawn by shields.io's own renderer; its accessible name is "label: message". */
export function toBadgeSvg(badge: Badge): string {
  return makeBadge({ label: badge.label, message: badge.message, color: badge.color });
}
