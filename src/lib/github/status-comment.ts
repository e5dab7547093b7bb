import { UpdateStatus } from '../schema/vocabulary.ts';

/** What a maintainer's comment says: a new state when it names one, and the update text. */
export interface StatusComment {
  /** The state word as written, normalised (`in progress` → `in_progress`), when the comment set one. */
  status?: string;
  body: string;
}

const COMMAND = /^\/status[ \t]+(.+?)[ \t]*$/i;
/** Statuspage's style: `**Identified** - We found the cause.` */
const BOLD_WORD = /^(?:\*\*|__)([A-Za-z][A-Za-z _-]*?)(?:\*\*|__)[ \t]*(?:[-:–—.][ \t]*)?(.*)$/;

const normaliseStatus = (word: string) => word.trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/^complete$/, 'completed');

/**
 * Reads a comment's state: a first line `/status <state>`, or a first line that starts with a
 * bold state word. Any other comment is a plain update. The command line is not part of the text;
 * an unknown `/status` word is returned as written so the caller can warn about it.
 * @example parseStatusComment('/status identified\nA bad deploy.') // → { status: 'identified', body: 'A bad deploy.' }
 * @example parseStatusComment('**Monitoring** - Fix is out.')      // → { status: 'monitoring', body: 'Fix is out.' }
 * @example parseStatusComment('**Note**: we are on it')            // → { body: '**Note**: we are on it' }
 */
export function parseStatusComment(text: string): StatusComment {
  const body = text.replace(/\r\n?/g, '\n').trim();
  const [first = '', ...rest] = body.split('\n');
  const command = COMMAND.exec(first);
  if (command) return { status: normaliseStatus(command[1]!), body: rest.join('\n').trim() };
  const bold = BOLD_WORD.exec(first);
  if (bold && UpdateStatus.safeParse(normaliseStatus(bold[1]!)).success) {
    return { status: normaliseStatus(bold[1]!), body: [bold[2]!, ...rest].join('\n').trim() };
  }
  return { body };
}
