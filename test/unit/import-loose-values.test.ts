import { describe, expect, it } from 'vitest';
import { parseLooseTime } from '../../src/lib/import/loose-time.ts';
import { closestWord, looseText, parseLooseBoolean } from '../../src/lib/import/loose-values.ts';

const iso = (value: unknown, zone = 'Etc/UTC') => {
  const t = parseLooseTime(value, zone);
  return t.ok ? { at: t.date.toISOString(), zoned: t.zoned } : { error: t.message };
};

describe('reading times written by hand', () => {
  it.each([
    ['2018-06-13 15:54:00', '2018-06-13T15:54:00.000Z', false],
    ['2018-06-13T15:54', '2018-06-13T15:54:00.000Z', false],
    ['2018/6/3 9:05', '2018-06-03T09:05:00.000Z', false],
    ['2018-06-13', '2018-06-13T00:00:00.000Z', false],
    ['13.06.2018 15:54', '2018-06-13T15:54:00.000Z', false],
    ['June 13, 2018 3:04 PM', '2018-06-13T15:04:00.000Z', false],
    ['Wed, 13 Jun 2018 15:54:00 +0200', '2018-06-13T13:54:00.000Z', true],
    ['2024-12-27T09:43:40.482Z', '2024-12-27T09:43:40.482Z', true],
    ['2018-06-13T15:54:00-07:00', '2018-06-13T22:54:00.000Z', true],
    ['2018-06-13 15:54:00 +0000 UTC', '2018-06-13T15:54:00.000Z', true],
  ])('reads %s', (text, at, zoned) => {
    expect(iso(text)).toEqual({ at, zoned });
  });

  it('reads a time without a zone in the zone it is given, daylight saving included', () => {
    expect(iso('2021-07-01 12:00:00', 'Europe/Amsterdam')).toEqual({ at: '2021-07-01T10:00:00.000Z', zoned: false });
    expect(iso('2021-01-01 12:00:00', 'Europe/Amsterdam')).toEqual({ at: '2021-01-01T11:00:00.000Z', zoned: false });
  });

  it('refuses dates that do not exist and words that are not dates, saying which', () => {
    expect(iso('2017-02-30 14:30:00')).toEqual({ error: '"2017-02-30 14:30:00" is not a real date-time' });
    expect(iso('yesterday').error).toContain('"yesterday" is not a date');
    expect(iso('2018-06-13 15:54 CEST').error).toContain('zone this importer cannot read');
    expect(iso('')).toEqual({ error: 'is empty' });
  });
});

describe('reading booleans, ids and misspellings', () => {
  it('reads booleans written the YAML 1.1 way, quoted, or as numbers', () => {
    expect(['true', 'True', '"yes"', 'on', 1, true].map(parseLooseBoolean)).toEqual([true, true, true, true, true, true]);
    expect(['false', 'No', "'off'", 0, false].map(parseLooseBoolean)).toEqual([false, false, false, false, false]);
    expect(parseLooseBoolean('sometimes')).toBeUndefined();
  });

  it('reads text from a string or a number, and nothing from anything else', () => {
    expect([' API ', 42, null, undefined, ['a'], { name: 'x' }, true].map(looseText)).toEqual(['API', '42', '', '', '', '', '']);
  });

  it('takes a misspelling as the one word it is close to, and nothing when two are', () => {
    expect(closestWord('dwon', ['down', 'disrupted', 'notice'])).toBe('down');
    expect(closestWord('disrupterd', ['down', 'disrupted', 'notice'])).toBe('disrupted');
    expect(closestWord('bats', ['cats', 'hats'])).toBeUndefined();
    expect(closestWord('app', ['api'])).toBeUndefined();
  });
});
