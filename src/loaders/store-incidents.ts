import type { LoaderContext } from 'astro/loaders';
import type { Incident } from '../lib/schema/incident.ts';

/** Replaces a collection's entries with `incidents`, each under its id, with a digest by which Astro tells a changed entry. */
export function storeIncidents({ store, generateDigest }: Pick<LoaderContext, 'store' | 'generateDigest'>, incidents: readonly Incident[]): void {
  store.clear();
  for (const incident of incidents) {
    // An interface has no index signature, so TypeScript will not see an Incident as a record.
    const data = incident as unknown as Record<string, unknown>;
    store.set({ id: incident.id, data, digest: generateDigest(data) });
  }
}
