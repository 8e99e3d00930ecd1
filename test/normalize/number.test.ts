import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineParts, parseNumeral, stepOfValue, wordToParts, type NumberWordLexicon } from '../../src/normalize/number.js';

const EN = { decimal: '.', group: ',' };
const NL = { decimal: ',', group: '.' };

describe('parseNumeral', () => {
  it('reads separators by language', () => {
    expect(parseNumeral('6,000', EN)).toEqual({ value: 6000, step: 1000 });
    expect(parseNumeral('6.000', NL)).toEqual({ value: 6000, step: 1000 });
    expect(parseNumeral('2.5', EN)).toEqual({ value: 2.5, step: 0.1 });
    expect(parseNumeral('2,5', NL)?.value).toBe(2.5);
    expect(parseNumeral('20,1', NL)?.value).toBe(20.1);
    expect(parseNumeral('5000', EN)).toEqual({ value: 5000, step: 1000 });
    expect(parseNumeral('6,500', EN)?.step).toBe(100);
  });
  it('reads repeated and mixed separators in any language', () => {
    expect(parseNumeral('1,000,000', NL)?.value).toBe(1_000_000);
    expect(parseNumeral('1.234,5', EN)?.value).toBe(1234.5);
    expect(parseNumeral('1,234.5', NL)?.value).toBe(1234.5);
  });
  it('rejects what is no number', () => {
    expect(parseNumeral('12:30', EN)).toBeUndefined();
    expect(parseNumeral('1.2.3', EN)).toBeUndefined();
    expect(parseNumeral('12,34,567', EN)).toBeUndefined();
    expect(parseNumeral('6.000', EN)?.value).toBe(6); // the language's decimal separator wins
  });
  it('round-trips every grouped integer in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        const en = n.toLocaleString('en-US');
        expect(parseNumeral(en, EN)?.value).toBe(n);
        expect(parseNumeral(en.replace(/,/g, '.'), NL)?.value).toBe(n);
      }),
    );
  });
});

const lex = (words: Record<string, number>, multipliers: Record<string, number>, joiners: string[] = [], compound: Record<string, number> = {}): NumberWordLexicon => ({
  words: new Map(Object.entries(words)),
  compoundWords: new Map(Object.entries(compound)),
  multipliers: new Map(Object.entries(multipliers)),
  joiners: new Set(joiners),
  longest: 10,
});
const en = lex({ one: 1, two: 2, five: 5, six: 6, ten: 10, twenty: 20 }, { hundred: 100, dozen: 12, thousand: 1000 }, ['and']);
const nl = lex({ twee: 2, vijf: 5, zes: 6, twintig: 20 }, { honderd: 100, duizend: 1000 }, ['en', 'ën'], { een: 1 });
const value = (word: string, l: NumberWordLexicon) => {
  const parts = wordToParts(word, l);
  return parts && combineParts(parts);
};

describe('number words', () => {
  it('reads single, hyphenated and compound words', () => {
    expect(value('six', en)).toBe(6);
    expect(value('twenty-five', en)).toBe(25);
    expect(value('tweeduizend', nl)).toBe(2000);
    expect(value('vijfentwintig', nl)).toBe(25);
    expect(value('tweeëntwintig', nl)).toBe(22);
    expect(value('eenentwintig', nl)).toBe(21);
    expect(value('tweehonderdvijfentwintigduizend', nl)).toBe(225_000);
  });
  it('rejects words that only start like numbers', () => {
    expect(wordToParts('tweede', nl)).toBeUndefined();
    expect(wordToParts('een', nl)).toBeUndefined();
    expect(wordToParts('one-year', en)).toBeUndefined();
    expect(wordToParts('tenant', en)).toBeUndefined();
    expect(wordToParts('x'.repeat(100000), en)).toBeUndefined();
  });
  it('combines parts the way a reader does', () => {
    const s = (v: number) => ({ kind: 'small' as const, value: v });
    const m = (v: number) => ({ kind: 'multiplier' as const, value: v });
    expect(combineParts([s(6), m(1000)])).toBe(6000);
    expect(combineParts([s(2), m(12)])).toBe(24);
    expect(combineParts([s(1), m(100), { kind: 'joiner' }, s(5)])).toBe(105);
    expect(combineParts([s(5), s(20)])).toBeUndefined();
    expect(combineParts([s(5), { kind: 'joiner' }])).toBeUndefined();
  });
  it('gives the step of the last significant digit', () => {
    expect(stepOfValue(6000)).toBe(1000);
    expect(stepOfValue(25)).toBe(1);
    expect(stepOfValue(600)).toBe(100);
  });
});
