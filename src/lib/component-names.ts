import type { Component } from './schema/components.ts';

/**
 * Each component's display name by id, for naming an incident's components.
 * @example componentNames([{ id: 'api', name: 'Public API', … }]).get('api') // → 'Public API'
 */
export function componentNames(components: readonly Component[]): Map<string, string> {
  return new Map(components.map((c) => [c.id, c.name]));
}
