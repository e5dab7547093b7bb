import { PAGE_BADGE, type Component } from '../schema/components.ts';
import { slugify, uniqueId } from '../slug.ts';
import { closestWord } from './loose-values.ts';

/** How a name from another tool was matched to a component. */
export type Resolution = { id: string; how: 'exact' | 'loose' | 'guessed' | 'added' };

/**
 * The components of the site being imported into, plus the ones the import adds; finds a
 * component by the many names other tools' files use for it.
 */
export interface ComponentDirectory {
  /**
   * Finds the component `name` means: by id or name, then ignoring case and punctuation, then
   * (when `guess`) as the first words of one component's name, or by the one close spelling.
   */
  find(name: string, guess?: boolean): Resolution | undefined;
  /**
   * Finds the component `name` means, adding it (with `extra` fields, and an id made from `idFrom`,
   * else from `name`) when there is none.
   */
  findOrAdd(name: string, options?: { extra?: Omit<Component, 'id' | 'name'>; guess?: boolean; idFrom?: string }): Resolution;
  /** Makes `name` another name of component `id` (a source system matched to an existing component). */
  alias(name: string, id: string): void;
  /** Components the import adds, in the order they were added. */
  added(): Component[];
  /** Every component: existing ones first, then added ones. */
  all(): Component[];
}

/** A directory over the site's `existing` components. */
export function createComponentDirectory(existing: readonly Component[]): ComponentDirectory {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  const added: Component[] = [];
  // Taken ids; an added component must not take the page badge's name either.
  const ids = new Set<string>([PAGE_BADGE]);
  const remember = (name: string, id: string) => {
    if (!exact.has(name)) exact.set(name, id);
    const key = slugify(name);
    if (key && !loose.has(key)) loose.set(key, id);
  };
  for (const c of existing) {
    ids.add(c.id);
    remember(c.id, c.id);
    remember(c.name, c.id);
  }
  const find = (name: string, guess = true): Resolution | undefined => {
    const text = name.trim();
    const hit = exact.get(text);
    if (hit) return { id: hit, how: 'exact' };
    const key = slugify(text);
    const near = loose.get(key);
    if (near) return { id: near, how: 'loose' };
    if (!guess || !key) return undefined;
    const keys = [...loose.keys()];
    // "ldap" for "ldap.jenkins.io": a name that is the first words of exactly one component's.
    const extended = keys.filter((k) => k.startsWith(`${key}-`));
    const close = extended.length === 1 ? extended[0] : closestWord(key, keys);
    return close ? { id: loose.get(close)!, how: 'guessed' } : undefined;
  };
  return {
    find,
    findOrAdd(name, { extra = {}, guess = true, idFrom = name } = {}) {
      const found = find(name, guess);
      if (found) return found;
      const id = uniqueId(slugify(idFrom) || slugify(name) || 'component', (candidate) => ids.has(candidate));
      ids.add(id);
      added.push({ id, name: name.trim(), ...extra });
      remember(name.trim(), id);
      return { id, how: 'added' };
    },
    alias: remember,
    added: () => [...added],
    all: () => [...existing, ...added],
  };
}
