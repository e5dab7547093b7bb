// `npm run new`: scaffolds incidents/<id>.md from flags, or asks for what is missing.
//   npm run new -- --title "API errors" --components api,web --impact major
//   npm run new -- --kind maintenance --title "DB upgrade" --components db --scheduled-for 2026-12-03T06:00:00Z
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseIncidentFile } from '../src/lib/content/parse.ts';
import { readContent } from '../src/io/content-files.ts';
import { INCIDENTS_DIR } from '../src/lib/content/site-content.ts';
import { incidentId, scaffoldFields, type ScaffoldAnswers } from '../src/lib/content/scaffold.ts';
import { serializeIncidentFile } from '../src/lib/content/write.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { IncidentKind } from '../src/lib/schema/vocabulary.ts';
import { uniqueId } from '../src/lib/slug.ts';
import { buildTime } from '../src/io/clock.ts';
import { contentRoot } from '../src/io/content-root.mjs';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    kind: { type: 'string' },
    impact: { type: 'string' },
    components: { type: 'string' },
    started: { type: 'string' },
    'scheduled-for': { type: 'string' },
    'scheduled-until': { type: 'string' },
    scope: { type: 'string' },
    affected: { type: 'string' },
    alternatives: { type: 'string' },
    eta: { type: 'string' },
    message: { type: 'string' },
    id: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: npm run new -- [--title T] [--kind incident|maintenance|notice] [--impact none|minor|major|critical]
  [--components id,id] [--started TIME] [--scheduled-for TIME] [--scheduled-until TIME]
  [--scope S] [--affected A] [--alternatives A] [--eta TIME|TEXT] [--message FIRST_UPDATE] [--id FILE_ID]
Times are ISO 8601 with a zone (2026-11-20T14:02:00Z) and default to now. Without --title, asks.`);
  process.exit(0);
}

const root = contentRoot();
const { content, problems } = await readContent(root);
if (!content) {
  console.error(`Fix the existing content first (npm run check):\n${formatProblems(problems)}`);
  process.exit(1);
}

const answers: ScaffoldAnswers = {
  title: values.title ?? '',
  kind: values.kind as ScaffoldAnswers['kind'],
  impact: values.impact,
  components: values.components?.split(',').map((c) => c.trim()).filter(Boolean),
  started: values.started,
  scheduledFor: values['scheduled-for'],
  scheduledUntil: values['scheduled-until'],
  scope: values.scope,
  affected: values.affected,
  alternatives: values.alternatives,
  eta: values.eta,
  message: values.message,
};

if (!answers.title) {
  if (!process.stdin.isTTY) {
    console.error('--title is required when not run interactively (see npm run new -- --help).');
    process.exit(1);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string) => (await rl.question(question)).trim() || undefined;
  answers.title = (await ask('Title: ')) ?? '';
  answers.kind = ((await ask(`Kind (${IncidentKind.options.join(', ')}) [incident]: `)) ?? 'incident') as ScaffoldAnswers['kind'];
  console.log(`Components: ${content.components.map((c) => c.id).join(', ')}`);
  answers.components = (await ask('Affected component ids, comma-separated: '))?.split(',').map((c) => c.trim()).filter(Boolean);
  if (answers.kind === 'maintenance') {
    answers.scheduledFor = await ask('Window starts (e.g. 2026-12-03T06:00:00Z) [now]: ');
    answers.scheduledUntil = await ask('Window ends [an hour later]: ');
  } else {
    answers.impact = answers.kind === 'incident' ? await ask('Impact (none, minor, major, critical) [from components]: ') : undefined;
    answers.started = await ask('Started [now]: ');
  }
  answers.scope = await ask('What is broken (scope): ');
  answers.affected = await ask('Who is affected: ');
  answers.alternatives = await ask('What to do instead: ');
  answers.message = await ask('First update (optional): ');
  rl.close();
}

const now = buildTime;
const fields = scaffoldFields(answers, now);
const id = values.id ?? uniqueId(incidentId(now, answers.title), (candidate) => existsSync(path.join(root, INCIDENTS_DIR, `${candidate}.md`)));
const file = `${INCIDENTS_DIR}/${id}.md`;
const text = serializeIncidentFile(fields, '');

// Validate exactly what would be written, so the file always passes `npm run check`.
const check = parseIncidentFile(text, file, id, content.components);
if (check.problems.length) {
  console.error(`Not written; ${file} would have these problems:\n${formatProblems(check.problems)}`);
  process.exit(1);
}
if (existsSync(path.join(root, file))) {
  console.error(`${file} already exists; choose another --id.`);
  process.exit(1);
}
await mkdir(path.join(root, INCIDENTS_DIR), { recursive: true });
await writeFile(path.join(root, file), text);
console.log(`Wrote ${file}. Edit it to add updates; npm run build publishes it.`);
