import type { Incident } from '../schema/incident.ts';

/** Translations keyed by tag, found case-insensitively (`pt-br` serves `pt-BR`). */
function translationFor(incident: Incident, tag: string): Incident['translations'][string] | undefined {
  const wanted = tag.toLowerCase();
  const key = Object.keys(incident.translations).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? undefined : incident.translations[key];
}

/**
 * The incident as readers of `tag` see it: its translated text where it gives one, the text as
 * written everywhere else. A time `eta` stays a time (each language formats it).
 */
export function incidentIn(incident: Incident, tag: string): Incident {
  const tr = translationFor(incident, tag);
  if (!tr) return incident;
  return {
    ...incident,
    title: tr.title ?? incident.title,
    scope: tr.scope ?? incident.scope,
    affected: tr.affected ?? incident.affected,
    alternatives: tr.alternatives ?? incident.alternatives,
    eta: typeof incident.eta === 'string' && tr.eta ? tr.eta : incident.eta,
    description: tr.description ?? incident.description,
    updates: incident.updates.map((u) => (tr.updates[u.id] === undefined ? u : { ...u, body: tr.updates[u.id]! })),
  };
}
