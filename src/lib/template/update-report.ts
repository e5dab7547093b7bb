/** How the update went for one of Sitrep's files. */
export type FileOutcome =
  | { path: string; kind: 'added' | 'updated' | 'removed' | 'merged' | 'yours' | 'skipped' }
  /** Not applied cleanly: `markers` when the file now holds conflict markers to resolve. */
  | { path: string; kind: 'conflict'; reason: string; markers?: boolean };

/** Everything an update did and has to say, for the terminal and the pull request. */
export interface UpdateResult {
  from: string;
  ref?: string;
  next: string;
  /** The copy's Sitrep version, when it could be found. */
  base?: string;
  /** Sitrep's commits since `base`, newest first, at most `commitLimit`. */
  commits: { hash: string; subject: string }[];
  commitCount: number;
  files: FileOutcome[];
  /** Entries of package.json that both sides changed, and what was kept. */
  packageNotes: string[];
  /** What regenerating package-lock.json said when it failed. */
  lockfileError?: string;
}

/** Whether the update left anything for a person to resolve. */
export function needsAttention(result: UpdateResult): boolean {
  return result.files.some((f) => f.kind === 'conflict') || result.lockfileError !== undefined;
}

const short = (hash: string) => hash.slice(0, 7);
const list = (paths: string[]) => paths.map((p) => `- \`${p}\``).join('\n');

/**
 * The update's report in Markdown: the upstream's changes, then every file that needs a person,
 * then what was applied. It is the pull request's body and what the command prints.
 */
export function updateReport(result: UpdateResult): string {
  const by = (kind: FileOutcome['kind']) => result.files.filter((f) => f.kind === kind).map((f) => f.path);
  const ref = result.ref ? ` (${result.ref})` : '';
  const lines: string[] = [];
  if (result.base === result.next) {
    return `Already up to date with Sitrep ${short(result.next)}${ref} from ${result.from}.`;
  }
  lines.push(`Sitrep ${result.base ? short(result.base) : '(version not found)'} → ${short(result.next)}${ref}, from ${result.from}.`);
  if (!result.base) {
    lines.push('', 'This copy\'s Sitrep version was not found in the upstream\'s history, so every Sitrep file that differs from the upstream\'s is treated as your change.');
  }
  lines.push('', `### Changes in Sitrep (${result.commitCount} commit${result.commitCount === 1 ? '' : 's'})`, '');
  lines.push(...result.commits.map((c) => `- ${c.subject} (${short(c.hash)})`));
  if (result.commitCount > result.commits.length) lines.push(`- … and ${result.commitCount - result.commits.length} earlier`);

  const conflicts = result.files.filter((f) => f.kind === 'conflict');
  if (conflicts.length || result.lockfileError) {
    lines.push('', '### To resolve before merging', '');
    for (const f of conflicts) {
      if (f.kind === 'conflict') lines.push(`- \`${f.path}\`: ${f.reason}${f.markers ? ' — resolve the `<<<<<<<` conflict markers in it' : ''}`);
    }
    if (result.lockfileError) lines.push(`- \`package-lock.json\`: could not be regenerated (${result.lockfileError}); run \`npm install\``);
  }
  if (by('skipped').length) {
    lines.push('', '### Not applied: skipped on request (`--skip`)', '', list(by('skipped')));
  }
  if (result.packageNotes.length) {
    lines.push('', '### package.json entries that both you and Sitrep changed', '', ...result.packageNotes.map((n) => `- ${n}`));
  }
  const applied: [string, FileOutcome['kind']][] = [
    ['Updated', 'updated'], ['Added', 'added'], ['Removed', 'removed'], ['Merged with your changes', 'merged'],
    ['Kept as you changed them (Sitrep did not change them)', 'yours'],
  ];
  for (const [title, kind] of applied) {
    if (by(kind).length) lines.push('', `### ${title}`, '', list(by(kind)));
  }
  lines.push('', 'Your files (content, incidents, issue forms, anything you added) were not touched; package.json keeps your own dependencies and scripts' +
    (result.lockfileError ? '.' : ', and package-lock.json was regenerated from it.'));
  return lines.join('\n');
}
