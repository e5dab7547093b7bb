import semver from 'semver';

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The maps of package names to version ranges. */
const DEPENDENCY_MAPS = new Set(['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']);

/** The merged package.json, and a line for every value where the user's and Sitrep's changes met. */
export interface PackageMerge {
  value: Json;
  notes: string[];
}

/**
 * Three-way merge of package.json: `base` is Sitrep's at the copy's version (undefined when
 * unknown), `yours` the copy's, `next` the newer Sitrep's. Per key, and per entry inside maps
 * (dependencies, scripts…): what only one side changed wins, so the user's added dependencies and
 * scripts stay and Sitrep's changes arrive. Where both changed the same entry, a dependency takes
 * the higher version and anything else keeps yours; each such entry is noted.
 */
export function mergePackageJson(base: Json | undefined, yours: Json, next: Json): PackageMerge {
  const notes: string[] = [];
  const merge = (b: Json, y: Json, n: Json, path: string[]): Json => {
    const result: Json = {};
    // Sitrep's order first, then what only the user has.
    const keys = [...new Set([...Object.keys(n), ...Object.keys(y)])];
    for (const key of keys) {
      const [bv, yv, nv] = [b[key], y[key], n[key]];
      const at = [...path, key];
      let value: unknown;
      if (same(yv, nv) || same(nv, bv)) value = yv;
      else if (same(yv, bv)) value = nv;
      else if (isMap(yv) && isMap(nv)) value = merge(isMap(bv) ? bv : {}, yv, nv, at);
      else value = resolve(at, yv, nv, notes);
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  return { value: merge(base ?? {}, yours, next, []), notes };
}

/** Where both sides changed one entry: the higher version of a dependency, else the user's. */
function resolve(path: string[], yours: unknown, next: unknown, notes: string[]): unknown {
  const where = path.join('.');
  const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v));
  if (path.length === 2 && DEPENDENCY_MAPS.has(path[0]!)) {
    const chosen = higherRange(yours, next);
    notes.push(`${where}: yours is ${show(yours)}, Sitrep's is ${show(next)}; kept ${chosen === next ? "Sitrep's" : 'yours'}`);
    return chosen;
  }
  notes.push(`${where}: yours is ${show(yours)}, Sitrep's is ${show(next)}; kept yours`);
  return yours;
}

/** Of two version ranges, the one whose lowest version is higher; Sitrep's when they cannot be compared or one is absent. */
function higherRange(yours: unknown, next: unknown): unknown {
  if (typeof yours !== 'string' || typeof next !== 'string') return next ?? yours;
  // A git URL or `file:` path is no range: it has no lowest version.
  const lowest = (range: string) => (semver.validRange(range, { loose: true }) ? semver.minVersion(range, { loose: true }) : null);
  const [y, n] = [lowest(yours), lowest(next)];
  return y && n && semver.gt(y, n) ? yours : next;
}
