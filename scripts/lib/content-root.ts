import path from 'node:path';

/** The folder that holds content/ and incidents/, as the build reads it: SITREP_CONTENT_DIR, else the current one. */
export function contentRoot(): string {
  return path.resolve(process.env.SITREP_CONTENT_DIR ?? '.');
}
