import { createHash } from 'node:crypto';

/**
 * The incidents the last build stored, for `readContent` to reuse where a file parses to the same
 * incident as it did then: parsing 10,000 files takes seconds; finding them unchanged, milliseconds.
 */
export interface StoredParses {
  /** Changes whenever the code or the installed packages that parse a file may have changed. */
  code: string;
  /** The entry the last build stored under an incident's id: its data and the digest stored with it. */
  entry(id: string): { data: unknown; digest?: string | number } | undefined;
}

/**
 * A digest of everything an incident file's parse depends on: the code that parses it, the known
 * component ids (naming an unknown one is a problem), the file's path (kept in the incident as its
 * source) and its text. The same digest means the same incident, or the same problems.
 */
export function incidentFileDigest(code: string, componentIds: readonly string[], file: string, text: string): string {
  return createHash('sha256').update([code, componentIds.join(','), file, text].join('\0')).digest('base64url');
}
