/**
 * An id Sitrep accepts (`[a-z0-9]+(-[a-z0-9]+)*`) from any name: accents folded, other characters
 * turned into single dashes. Empty when nothing usable is left.
 * @example slugify('Média Proxy (EU)') // → 'media-proxy-eu'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `base`, or the first of `base-2`, `base-3`… that is not taken yet.
 * @example uniqueId('api', (id) => id === 'api') // → 'api-2'
 */
export function uniqueId(base: string, isTaken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
  return id;
}
