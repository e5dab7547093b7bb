import type { LoaderContext } from 'astro/loaders';
import type { Incident } from '../lib/schema/incident.ts';

/**
 * Makes a collection hold exactly `entries`, in their order, each with its digest (else one of
 * its data). An entry whose digest did not change is left as it is: Astro rewrites its whole
 * content store (over a second at 10,000 incidents) whenever an entry is set or the collection
 * cleared, so a build in which nothing changed writes nothing. The order is what pages see, so
 * when the ids are not the same ones in the same order, the collection is refilled from scratch.
 */
export function storeEntries(
  { store, generateDigest }: Pick<LoaderContext, 'store' | 'generateDigest'>,
  entries: readonly Entry[],
): void {
  const ids = store.keys();
  if (ids.length !== entries.length || entries.some((entry, i) => entry.id !== ids[i])) store.clear();
  for (const { id, data, digest } of entries) store.set({ id, data, digest: digest ?? generateDigest(data) });
}

/** An entry to store: its data, and a digest of what it was made from, where that is cheaper to compare than the data. */
interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** Incidents as entries, each under its id, with its file's digest when `digests` has one. */
export function incidentEntries(incidents: readonly Incident[], digests?: ReadonlyMap<string, string>): Entry[] {
  // An interface has no index signature, so TypeScript will not see an Incident as a record.
  return incidents.map((incident) => ({ id: incident.id, data: incident as unknown as Record<string, unknown>, digest: digests?.get(incident.id) }));
}
