import { parse as parseToml } from 'smol-toml';
import { splitFrontMatter } from '../content/front-matter.ts';
import { parseYamlSource } from '../yaml-source.ts';

/** Front matter read from a Hugo content file: its fields, its body, and how it was read. */
export interface HugoFrontMatter {
  data?: Record<string, unknown>;
  body: string;
  /** Why the fields could not be read at all. */
  error?: string;
  /** Set when the YAML was invalid and the fields were read line by line instead. */
  lenient?: string;
}

/** The opening fence: `---` for YAML, `+++` for TOML. */
const FENCE = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/;

/**
 * Splits and reads Hugo front matter: YAML between `---` lines or TOML between `+++` lines.
 * YAML is read as 1.2 core, so dates stay text and their zone can be checked. YAML that does not
 * parse (Hugo's older parser was more forgiving) is read line by line as `key: value` and lists.
 */
export function readHugoFrontMatter(text: string): HugoFrontMatter {
  const fence = FENCE.exec(text)?.[1] as '---' | '+++' | undefined;
  if (!fence) {
    return { body: text, error: 'has no front matter: it does not start with a "---" (YAML) or "+++" (TOML) line' };
  }
  let matter: string;
  let body: string;
  try {
    ({ matter, content: body } = splitFrontMatter(text, fence));
  } catch (error) {
    return { body: text, error: `front matter cannot be read: ${(error as Error).message.split('\n')[0]}` };
  }
  if (fence === '+++') {
    try {
      return { data: parseToml(matter) as Record<string, unknown>, body };
    } catch (error) {
      return { body, error: `TOML front matter does not parse: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  const source = parseYamlSource(matter, 2);
  if (!source.errors.length) {
    const data = source.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) return { body, error: 'front matter is not a map of fields' };
    return { data: data as Record<string, unknown>, body };
  }
  const first = source.errors[0]!;
  const lines = readLineByLine(matter);
  if (!Object.keys(lines).length) return { body, error: `YAML front matter does not parse (line ${first.line}: ${first.message})` };
  return { data: lines, body, lenient: `YAML does not parse (line ${first.line}: ${first.message}); read line by line` };
}

/** `key: value` lines, with `- item` lines (or `[a, b]`) as lists; enough for hand-written front matter. */
function readLineByLine(matter: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let listKey: string | undefined;
  for (const line of matter.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (data[listKey] as string[]).push(unquote(item[1]!));
      continue;
    }
    const field = /^([A-Za-z_][\w-]*)\s*:\s?(.*)$/.exec(line);
    if (!field) continue;
    const [, key, raw] = field;
    const value = raw!.replace(/\s+#.*$/, '').trim();
    listKey = undefined;
    if (!value) {
      data[key!] = [];
      listKey = key;
    } else if (/^\[.*\]$/.test(value)) {
      data[key!] = value.slice(1, -1).split(',').map(unquote).filter(Boolean);
    } else {
      data[key!] = unquote(value);
    }
  }
  // A key with nothing under it is empty, not an empty list.
  for (const [key, value] of Object.entries(data)) if (Array.isArray(value) && !value.length) data[key] = null;
  return data;
}

function unquote(text: string): string {
  return text.trim().replace(/^(["'])(.*)\1$/, '$2');
}
