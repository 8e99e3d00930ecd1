// The quantity data files validate, and a mistake in one is reported with its path and a suggestion.
import { describe, expect, it } from 'vitest';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../../../src/schema/validate.js';
import { loadLanguages } from '../../../src/lexicon/load.js';

describe('quantity schemas', () => {
  it('accept the shipped files', () => {
    const langs = loadLanguages();
    for (const code of ['en', 'nl']) expect(Object.keys(langs.get(code)!.sections)).toEqual(expect.arrayContaining(['numbers', 'quantities']));
    expect(() => validateOrThrow('units', readJsonFile(`${RULES_DIR}units.json`), 'units.json')).not.toThrow();
    expect(() => validateOrThrow('frames', readJsonFile(`${RULES_DIR}frames.json`), 'frames.json')).not.toThrow();
  });
  it('reject unknown keys with a did-you-mean', () => {
    expect(() => validateOrThrow('lang-quantities', { qualifers: {} }, 'q.json')).toThrow(/unknown key "qualifers".*did you mean "qualifiers"/);
    expect(() => validateOrThrow('lang-numbers', { decimal: '.', group: ',', wrods: {} }, 'n.json')).toThrow(/did you mean "words"/);
    expect(() => validateOrThrow('frames', { frames: [{ id: 'x', predicate: ['kill'] }] }, 'f.json')).toThrow(/did you mean "predicates"/);
    expect(() => validateOrThrow('units', { units: { km: { dimension: 'length', canonical: 'km', factor: 0 } } }, 'u.json')).toThrow(/factor/);
  });
});
