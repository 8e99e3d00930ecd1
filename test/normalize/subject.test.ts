import { describe, expect, it } from 'vitest';
import { resolveSubjects } from '../../src/normalize/subject.js';
import type { Claim, QuantityInfo } from '../../src/model.js';
import { claimWith } from '../helpers/claim.js';

const person = (source: string, sentence: number, text: string, canonical: string): Claim =>
  claimWith({ id: `${source}@${text}`, source, sentence, kind: 'person', text, value: canonical, entity: { key: canonical.toLowerCase(), canonical } });
const figure = (source: string, sentence: number, value: number, q: Partial<QuantityInfo>): Claim =>
  claimWith({ id: `${source}@${sentence}:${value}`, source, sentence, value, quantity: { number: value, interval: { min: value, max: value }, qualifier: 'exact', ...q } });
const personOf = (claims: Claim[], id: string) => claims.find((c) => c.id === id)?.quantity?.person;

describe('resolveSubjects', () => {
  it("keys an age by the story's name of the person beside it, whatever the source spells", () => {
    const claims = resolveSubjects([
      person('a', 0, 'Jane Doe', 'Jane Doe'),
      figure('a', 0, 36, { frame: 'age', head: 'Jane Doe' }),
      person('b', 2, 'Jane Dough', 'Jane Doe'),
      figure('b', 2, 36, { frame: 'age', head: 'Englishwoman Jane Dough' }),
    ]);
    expect([personOf(claims, 'a@0:36'), personOf(claims, 'b@2:36')]).toEqual(['Jane Doe', 'Jane Doe']);
  });
  it('keeps family members apart and leaves a word that names nobody alone', () => {
    const claims = resolveSubjects([
      person('a', 0, 'John Doe', 'John Doe'),
      person('a', 0, 'Mary', 'Mary Doe'),
      figure('a', 0, 61, { frame: 'age', head: 'Mary' }),
      figure('a', 1, 36, { frame: 'age', head: 'Australian' }),
    ]);
    expect(personOf(claims, 'a@0:61')).toBe('Mary Doe');
    expect(personOf(claims, 'a@1:36')).toBeUndefined();
  });
  it('takes the one person of the story with that last word when the sentence has no mention of them', () => {
    const claims = resolveSubjects([person('a', 0, 'Jane Doe', 'Jane Doe'), figure('b', 4, 60, { frame: 'age', head: 'Sixty-year-old Doe' })]);
    expect(personOf(claims, 'b@4:60')).toBe('Jane Doe');
  });
  it('gives a distance the person its sentence introduced, by name or by the one person of that age', () => {
    const claims = resolveSubjects([
      person('a', 0, 'Jane Doe', 'Jane Doe'),
      figure('a', 0, 36, { frame: 'age', head: 'Jane Doe' }),
      figure('a', 0, 0.06, { frame: 'distance', unit: 'km', subject: { age: 36, name: 'Jane Doe' } }),
      figure('b', 1, 0.15, { frame: 'distance', unit: 'km', subject: { age: 36 } }),
      figure('c', 1, 0.2, { frame: 'distance', unit: 'km', subject: { age: 50 } }),
    ]);
    expect(['a@0:0.06', 'b@1:0.15', 'c@1:0.2'].map((id) => personOf(claims, id))).toEqual(['Jane Doe', 'Jane Doe', undefined]);
  });
  it("keys a win-loss record by the person's settled name: brothers who share a surname stay apart", () => {
    const claims = resolveSubjects([
      person('a', 0, 'Wladimir Klitschko', 'Wladimir Klitschko'),
      figure('a', 0, 52, { frame: 'record.wins', head: 'Wladimir Klitschko' }),
      person('b', 1, 'Vitali Klitschko', 'Vitali Klitschko'),
      figure('b', 1, 40, { frame: 'record.wins', head: 'Vitali Klitschko' }),
    ]);
    expect([personOf(claims, 'a@0:52'), personOf(claims, 'b@1:40')]).toEqual(['Wladimir Klitschko', 'Vitali Klitschko']);
  });
  it('leaves an age two people share unresolved', () => {
    const claims = resolveSubjects([
      person('a', 0, 'Jane Doe', 'Jane Doe'),
      figure('a', 0, 36, { frame: 'age', head: 'Jane Doe' }),
      person('a', 1, 'Tom Roe', 'Tom Roe'),
      figure('a', 1, 36, { frame: 'age', head: 'Tom Roe' }),
      figure('b', 0, 0.2, { frame: 'distance', unit: 'km', subject: { age: 36 } }),
    ]);
    expect(personOf(claims, 'b@0:0.2')).toBeUndefined();
  });
});
