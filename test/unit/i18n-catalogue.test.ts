import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/catalogue.ts';
import ENGLISH from '../../src/lib/i18n/locales/en.ts';
import type { Plural } from '../../src/lib/i18n/locale.ts';
import { SHIPPED_TAGS } from '../../src/lib/i18n/locale-tags.ts';
import { fillParts, placeholderProblem, placeholdersOf, textsOf } from '../../src/lib/i18n/message-format.ts';

const english = ENGLISH.messages as Record<string, string | Plural>;

describe('the message catalogue', () => {
  it('ships at least English', () => {
    expect(LOCALES[0]).toBe(ENGLISH);
  });

  it('lists every shipped locale, and only those, in the tags checked without loading them', () => {
    expect(SHIPPED_TAGS).toEqual(LOCALES.map((l) => l.tag));
  });

  for (const locale of LOCALES) {
    const messages = locale.messages as Record<string, string | Plural>;
    const intl = locale.intl ?? locale.tag;

    describe(`${locale.tag} (${locale.name})`, () => {
      it('has exactly the English keys', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it('uses the English placeholders in every message', () => {
        const problems = Object.keys(english)
          .map((key) => [key, placeholderProblem(english[key]!, messages[key]!)] as const)
          .filter(([, problem]) => problem !== null);
        expect(problems).toEqual([]);
      });

      it('gives each plural message exactly the categories Intl.PluralRules has for the language', () => {
        const categories = [...new Intl.PluralRules(intl).resolvedOptions().pluralCategories].sort();
        const wrong = Object.entries(messages)
          .filter(([, m]) => typeof m !== 'string' && Object.keys(m).sort().join() !== categories.join())
          .map(([key, m]) => `${key}: ${Object.keys(m).sort().join()}`);
        expect(wrong, `categories of ${intl}: ${categories.join()}`).toEqual([]);
      });

      it('leaves no text empty and no brace that is not a placeholder', () => {
        const bad = Object.entries(messages).flatMap(([key, m]) =>
          textsOf(m).filter((t) => !t.trim() || /[{}]/.test(t.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, ''))).map(() => key),
        );
        expect(bad).toEqual([]);
      });

      it('names a canonical BCP 47 tag, its own name and its direction', () => {
        // Tagalog is the one tag that Intl canonicalises to another (fil); its locale names that as `intl`.
        expect([locale.tag, locale.intl]).toContain(Intl.getCanonicalLocales(locale.tag)[0]);
        expect(new Intl.DateTimeFormat(intl).resolvedOptions().locale.split('-')[0]).toBe(new Intl.Locale(intl).language);
        expect(locale.name.trim()).not.toBe('');
        expect(new Intl.Locale(locale.tag).getTextInfo?.().direction ?? locale.dir).toBe(locale.dir);
      });
    });
  }
});

describe('placeholderProblem', () => {
  it('accepts the same placeholders in any order', () => {
    expect(placeholderProblem('{start} to {end}', '{end} ← {start}')).toBeNull();
  });

  it('names a placeholder the English text does not have', () => {
    expect(placeholderProblem('Page built {time}.', 'Seite erstellt {zeit}.')).toBe('uses {zeit}, which the English text does not have');
  });

  it('names a placeholder left out', () => {
    expect(placeholderProblem('{site} status', 'Statusseite')).toBe('leaves out {site}');
  });

  it('lets a plural form write its count as a word, but not its "other" form', () => {
    const source = { one: 'One incident is open.', other: '{count} incidents are open.' };
    expect(placeholderProblem(source, { one: 'Ein Vorfall ist offen.', other: '{count} Vorfälle sind offen.' })).toBeNull();
    expect(placeholderProblem(source, { one: 'Ein Vorfall ist offen.', other: 'Vorfälle sind offen.' })).toBe('leaves out {count} in its "other" form');
  });

  it('reads each placeholder once', () => {
    expect(placeholdersOf('{site} is down; {site} is up')).toEqual(['site']);
  });
});

describe('fillParts', () => {
  it('fills the placeholders given and leaves the others as slots', () => {
    expect(fillParts('{site} built {time}.', { site: 'Acme' })).toEqual(['Acme built ', { slot: 'time' }, '.']);
    expect(fillParts('{time}{zone}', {})).toEqual([{ slot: 'time' }, { slot: 'zone' }]);
    expect(fillParts('No placeholder', {})).toEqual(['No placeholder']);
  });

  it('fills the same text with other values each time', () => {
    expect(fillParts('{a} and {b}', { a: '1', b: '2' })).toEqual(['1 and 2']);
    expect(fillParts('{a} and {b}', { a: '{b}', b: '' })).toEqual(['{b} and ']);
    expect(fillParts('{a} and {b}', { b: '3' })).toEqual([{ slot: 'a' }, ' and 3']);
  });
});
