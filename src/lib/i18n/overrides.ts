import type { MessageKey, Messages, Plural } from './locale.ts';
import ENGLISH from './locales/en.ts';
import { placeholderProblem } from './message-format.ts';

/** A site's replacement for one message: a text, or plural forms by category. */
export type MessageOverride = string | Readonly<Record<string, string>>;

/** A problem with one override, by the path under `strings:` where it sits. */
export interface OverrideProblem {
  path: string[];
  message: string;
}

const source = ENGLISH.messages as Readonly<Record<string, string | Plural>>;

/** What a problem says about a key that names no message. */
export const UNKNOWN_KEY = 'is not a message key of Sitrep (check the spelling; every key is in src/lib/i18n/locales/en.ts)';

/** Whether a key names a message of the catalogue. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(source, key);

/**
 * The overrides for one language, checked against the catalogue: each key must be a message key,
 * a plural message takes a text (every count alike) or forms of the language's plural categories,
 * and the placeholders must be the English text's. `tag` is the shipped locale's, `intl` the tag
 * the site gave (`de-AT`), whose plural categories count.
 */
export function checkOverrides(
  overrides: Readonly<Record<string, MessageOverride>>,
  tag: string,
  intl: string,
  path: string[],
): { messages: Partial<Messages>; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = [];
  const messages: Record<string, string | Plural> = {};
  const categories = new Intl.PluralRules(intl).resolvedOptions().pluralCategories as string[];
  for (const [key, value] of Object.entries(overrides)) {
    const at = [...path, key];
    if (!isMessageKey(key)) {
      problems.push({ path: at, message: UNKNOWN_KEY });
      continue;
    }
    const english = source[key]!;
    let message: string | Plural;
    if (typeof value === 'string') message = typeof english === 'string' ? value : { other: value };
    else if (typeof english === 'string') {
      problems.push({ path: at, message: 'must be a text: this message has no plural forms' });
      continue;
    } else {
      const unknown = Object.keys(value).filter((c) => !categories.includes(c));
      if (unknown.length) {
        problems.push({ path: at, message: `has plural forms ${unknown.join(', ')} that ${tag} does not use; its forms are ${categories.join(', ')}` });
        continue;
      }
      if (value.other === undefined) {
        problems.push({ path: at, message: 'needs an "other" form' });
        continue;
      }
      message = value as Plural;
    }
    const problem = placeholderProblem(english, message);
    if (problem) problems.push({ path: at, message: problem });
    else messages[key] = message;
  }
  return { messages: messages as Partial<Messages>, problems };
}
