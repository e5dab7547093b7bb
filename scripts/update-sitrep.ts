// `npm run update-sitrep -- [--from <git URL or path>] [--ref <tag or branch>]`: brings a newer Sitrep
// into this copy. Sitrep's files (sitrep-files.yaml says which) are replaced, merged with your own
// edits where both changed, or listed for you to resolve; your files are never touched.
import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { formatProblems } from '../src/lib/problems.ts';
import { LOCK_FILE, OWNERSHIP_FILE, ownerOf, PACKAGE_FILE, parseOwnership } from '../src/lib/template/ownership.ts';
import { mergePackageJson } from '../src/lib/template/package-merge.ts';
import { findBase, gitBlobId, planUpdate, type Tree } from '../src/lib/template/update-plan.ts';
import { needsAttention, updateReport, type FileOutcome, type UpdateResult } from '../src/lib/template/update-report.ts';
import { commitLog, commitsOf, fetchUpstream, mergeTexts, readBlob, treeOf, type Upstream } from '../src/io/upstream.ts';
import { fail } from './lib/cli.ts';

const USAGE = `Usage: npm run update-sitrep -- [--from <git URL or path>] [--ref <tag or branch>] [--skip <path>]… [--summary <file>]
--from defaults to "sitrep.upstream" in package.json; --ref to the upstream's default branch.
--skip leaves Sitrep's changes to a path (a folder ends in "/") unapplied, and lists them.
--summary also writes the report, in Markdown, to a file (the update workflow's pull request body).
Exit status: 0 updated cleanly, 2 updated with files listed for you to resolve, 1 nothing changed.`;

/** An upstream or copy the update cannot work with; nothing was changed. */
class UpdateError extends Error {}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    ref: { type: 'string' },
    skip: { type: 'string', multiple: true },
    summary: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const target = process.cwd();
const readLocal = (file: string) => readFile(path.join(target, file)).catch(() => undefined);
const localPackage = await readLocal(PACKAGE_FILE);
if (!localPackage) fail(`${target} has no ${PACKAGE_FILE}: run this in your copy of Sitrep`);
let yours: Record<string, unknown>;
try {
  yours = parseJson(localPackage, PACKAGE_FILE);
} catch (error) {
  fail((error as Error).message);
}
const configured = values.from ?? (yours.sitrep as { upstream?: unknown } | undefined)?.upstream;
if (typeof configured !== 'string' || !configured) fail(`No upstream: pass --from <git URL or path>, or set "sitrep": { "upstream": "…" } in ${PACKAGE_FILE}.\n${USAGE}`);

const from: string = configured;
let upstream: Upstream;
try {
  upstream = await fetchUpstream(from, values.ref);
} catch (error) {
  fail(`Could not fetch ${values.ref ?? 'the default branch'} of ${from}: ${(error as Error).message}`);
}
try {
  const result = await update(upstream);
  const report = updateReport(result);
  console.log(report);
  if (values.summary) await writeFile(values.summary, `${report}\n`);
  if (result.base !== result.next) console.log('\nNext: npm install, then npm test; review the changes (git diff) and commit them.');
  process.exitCode = needsAttention(result) ? 2 : 0;
} catch (error) {
  if (!(error instanceof UpdateError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await upstream.close();
}

async function update({ gitDir, next }: Upstream): Promise<UpdateResult> {
  const nextTree = await treeOf(gitDir, next);
  const declaration = nextTree.get(OWNERSHIP_FILE);
  if (!declaration) throw new UpdateError(`${from} (${values.ref ?? 'default branch'}) is not Sitrep: it has no ${OWNERSHIP_FILE}`);
  const ownership = parseOwnership((await readBlob(gitDir, declaration.blob)).toString('utf8'));
  if (!ownership.value) throw new UpdateError(`${from}: ${OWNERSHIP_FILE} is not usable:\n${formatProblems(ownership.problems)}`);

  // The copy's Sitrep version is found, not recorded: the upstream commit whose Sitrep files
  // match the copy's most closely. It works for clones, forks and "Use this template" copies alike.
  const candidates: { commit: string; tree: Tree }[] = [];
  for (const commit of await commitsOf(gitDir, next)) candidates.push({ commit, tree: commit === next ? nextTree : await treeOf(gitDir, commit) });
  const local = new Map<string, string>();
  const paths = new Set(candidates.flatMap((c) => [...c.tree.keys()]).filter((p) => ownerOf(p, ownership.value!) === 'sitrep'));
  for (const file of paths) {
    const content = await readLocal(file);
    if (content) local.set(file, gitBlobId(content));
  }
  const base = findBase(candidates, local, ownership.value);
  const { commits, count } = await commitLog(gitDir, next, base?.commit, 50);
  const result: UpdateResult = {
    from, ref: values.ref, next, base: base?.commit, commits, commitCount: count, files: [], packageNotes: [],
  };
  if (base?.commit === next) return result;

  // Everything that can refuse the update is read before the first file is written.
  const nextPackage = nextTree.get(PACKAGE_FILE);
  const basePackage = base?.tree.get(PACKAGE_FILE);
  const merged = nextPackage && mergePackageJson(
    basePackage ? parseJson(await readBlob(gitDir, basePackage.blob), `${PACKAGE_FILE} of ${base!.commit.slice(0, 7)}`) : undefined,
    yours,
    parseJson(await readBlob(gitDir, nextPackage.blob), `${PACKAGE_FILE} of ${next.slice(0, 7)}`),
  );
  const plan = planUpdate({ base: base?.tree, next: nextTree, local, ownership: ownership.value, skip: values.skip });

  for (const action of plan) result.files.push(await apply(action, gitDir, next));
  if (merged) {
    await writeFile(path.join(target, PACKAGE_FILE), `${JSON.stringify(merged.value, null, 2)}\n`);
    result.packageNotes = merged.notes;
  }
  result.lockfileError = await regenerateLockfile();
  return result;
}

/** Carries out one planned action on the copy's files. */
async function apply(action: ReturnType<typeof planUpdate>[number], gitDir: string, next: string): Promise<FileOutcome> {
  const file = path.join(target, action.path);
  switch (action.kind) {
    case 'add':
    case 'update':
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, await readBlob(gitDir, action.file.blob));
      await chmod(file, action.file.mode === '100755' ? 0o755 : 0o644);
      return { path: action.path, kind: action.kind === 'add' ? 'added' : 'updated' };
    case 'delete':
      await rm(file, { force: true });
      await removeEmptyFolders(path.dirname(file));
      return { path: action.path, kind: 'removed' };
    case 'merge': {
      const merged = await mergeTexts((await readFile(file)), await readBlob(gitDir, action.base.blob), await readBlob(gitDir, action.file.blob), ['yours', 'Sitrep before', `Sitrep ${next.slice(0, 7)}`]);
      if (!merged) return { path: action.path, kind: 'conflict', reason: `you and Sitrep both changed it and it is not text git can merge: yours is kept; Sitrep's is ${action.path} at ${next.slice(0, 7)}` };
      await writeFile(file, merged.text);
      return merged.clean ? { path: action.path, kind: 'merged' } : { path: action.path, kind: 'conflict', reason: 'you and Sitrep changed the same lines', markers: true };
    }
    case 'conflict':
      return { path: action.path, kind: 'conflict', reason: action.reason };
    default:
      return { path: action.path, kind: action.kind };
  }
}

/** Removes `dir` and its parents inside the copy while they are empty, as git would leave them. */
async function removeEmptyFolders(dir: string): Promise<void> {
  for (let d = dir; d.startsWith(`${target}${path.sep}`); d = path.dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
  }
}

/** Brings package-lock.json in line with the merged package.json; npm's complaint when it cannot. */
async function regenerateLockfile(): Promise<string | undefined> {
  try {
    await promisify(execFile)('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: target });
    return undefined;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    const lines = (e.stderr || e.message).split('\n').filter((l) => /\berr\b|error/i.test(l));
    return (lines.slice(0, 3).join(' ').replace(/\s+/g, ' ').trim() || e.message).slice(0, 400) || `${LOCK_FILE} could not be written`;
  }
}

function parseJson(content: Buffer, file: string): Record<string, unknown> {
  try {
    const value = JSON.parse(content.toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below, with the file's name.
  }
  throw new UpdateError(`${file} is not a JSON object`);
}
