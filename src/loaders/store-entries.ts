import type { LoaderContext } from 'astro/loaders';
import type { Incident } from '../lib/schema/incident.ts';

/**
 * Makes a collection hold exactly `entries`, in their order, each with a digest of its data. An
 * entry whose digest did not change is left as it is: Astro rewrites its whole content store
 * (over a second at 10,000 incidents) whenever an entry is set or the collection cleared, so a
 * build in which nothing changed writes nothing. The order is what pages see, so when the ids
 * are not the same ones in the same order, the collection is refilled from scratch.
 */
export function storeEntries(
  { store, generateDigest }: Pick<LoaderContext, 'store' | 'generateDigest'>,
  entries: readonly { id: string; data: Record<string, unknown> }[],
): void {
  const ids = store.keys();
  if (ids.length !== entries.length || entries.some((entry, i) => entry.id !== ids[i])) store.clear();
  for (const { id, data } of entries) store.set({ id, data, digest: generateDigest(data) });
}

/** Incidents as entries, each under its id. */
export function incidentEntries(incidents: readonly Incident[]): { id: string; data: Record<string, unknown> }[] {
  // An interface has no index signature, so TypeScript will not see an Incident as a record.
  return incidents.map((incident) => ({ id: incident.id, data: incident as unknown as Record<string, unknown> }));
}
