// The seed story: what each source must (and must not) yield.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model.js';
import { quantities } from './helpers.js';

const DIR = new URL('../../../corpus/korea-russia-builders/', import.meta.url);
const file = (prefix: string) => readFileSync(new URL(readdirSync(DIR).find((f) => f.startsWith(prefix))!, DIR), 'utf8');
const claimsOf = (prefix: string, lang = 'en') => quantities(file(prefix), lang);
const find = (claims: Claim[], n: number, role: string) => claims.find((c) => c.quantity?.number === n && c.quantity.role === role);

describe.each([
  ['000', 'en'],
  ['001', 'en'],
  ['002', 'nl'],
])('seed %s', (prefix, lang) => {
  const claims = claimsOf(prefix, lang);
  it('gives 6,000 personnel sent, with 1,000 deminers and 5,000 builders as its parts', () => {
    const total = find(claims, 6000, 'personnel')!;
    expect(total.quantity).toMatchObject({ qualifier: 'exact', predicate: 'send' });
    expect(total.value).toBe(6000);
    expect(find(claims, 1000, 'deminers')?.quantity?.partOf).toBe(total.id);
    expect(find(claims, 5000, 'builders')?.quantity?.partOf).toBe(total.id);
  });
  it('gives the two brigades as the formation of the other 5,000 builders, not as a claim', () => {
    const builders = claims.filter((c) => c.quantity?.number === 5000 && c.quantity.role === 'builders');
    expect(builders.map((c) => c.quantity?.formation)).toContainEqual({ brigade: 2 });
    expect(claims.some((c) => c.quantity?.number === 2)).toBe(false);
  });
  it('gives thousands of troops as vague', () => {
    const vague = claims.find((c) => c.quantity?.vague === 'thousands' && c.quantity.role === 'troops')!;
    expect(vague.quantity).toMatchObject({ qualifier: 'vague', number: null, predicate: 'send' });
    expect((vague.value as { min: number }).min).toBeLessThanOrEqual(6000);
  });
  it('does not extract the third party, the second trip or the date', () => {
    expect(claims.map((c) => c.text).join('|')).not.toMatch(/third|derde|second|tweede|June|juni|2024|\b4\b/);
  });
});

describe.each(['003', '004'])('seed %s', (prefix) => {
  const claims = claimsOf(prefix);
  it('reads "5,000 people" as builders organised in a division and two brigades', () => {
    const people = claims.find((c) => c.text === '5,000')!;
    expect(people.quantity).toMatchObject({ role: 'builders', head: 'people', formation: { division: 1, brigade: 2 }, predicate: 'send' });
  });
  it('gives 1,000 deminers', () => {
    expect(find(claims, 1000, 'deminers')?.text).toBe('1,000');
  });
  it('gives "Around 600" killed as approximate 570..630', () => {
    const killed = claims.find((c) => c.text === 'Around 600')!;
    expect(killed.value).toEqual({ min: 570, max: 630 });
    expect(killed.quantity).toMatchObject({ qualifier: 'approximate', number: 600, role: 'troops', predicate: 'kill', frame: 'casualties.killed' });
  });
  it('gives thousands of troops and thousands more wounded as vague', () => {
    expect(claims.filter((c) => c.quantity?.vague === 'thousands').map((c) => c.quantity?.role ?? c.quantity?.frame)).toEqual(['troops', 'casualties.injured']);
  });
  it('does not extract anniversaries, ordinals, "one of", "three-year-long" or "the two countries"', () => {
    const all = claims.map((c) => c.text).join('|');
    expect(all).not.toMatch(/one|second|three|two countries|first/i);
    expect(claims.some((c) => c.quantity?.role === 'countries')).toBe(false);
  });
});
