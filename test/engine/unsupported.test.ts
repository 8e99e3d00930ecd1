// What counts as support for a draft claim that stands alone in its slot: the unsupported-claim check on slots
// built by hand, so each way of support is tested on its own (the rule tester in checks.test.ts runs whole stories).
import { describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../src/model.js';
import type { AlignedSlot } from '../../src/align/index.js';
import type { CheckContext } from '../../src/engine/types.js';
import { unsupportedClaim } from '../../src/engine/kinds/unsupported.js';
import { claimWith } from '../helpers/claim.js';
import { loadLanguages } from '../../src/lexicon/load.js';

const rule = { id: 'unsupported-claim', kind: 'unsupported-claim' as const, severity: 'warning' as const, description: '', message: 'unsupported: {value} ({label})', docs: '' };

const count = (source: string, value: number, over: Partial<Claim> = {}): Claim =>
  claimWith({ id: `${source}@${value}`, source, text: String(value), value, quantity: { qualifier: 'exact', number: value, interval: { min: value, max: value } } as Claim['quantity'], ...over });

const slot = (key: string, n: number, claims: Claim[]): AlignedSlot => ({ id: `quantity:${key}#${n}`, kind: 'quantity', label: key, key: `quantity:${key}`, status: claims.length > 1 ? 'agree' : 'single', claims, mentions: claims });

/** A one-sentence source. */
const source = (id: string, language: string, text: string): Source =>
  ({ id, path: id, text, language, published: null, publishedInferred: false, agency: null, metadata: [], sentences: [{ start: 0, end: text.length }], lineStarts: [0], notices: [] }) as Source;

function reported(slots: AlignedSlot[], extra: Partial<CheckContext> = {}): string[] {
  const claims = slots.flatMap((s) => s.claims);
  const ctx: CheckContext = { sources: [], claims, lineage: { of: {}, links: [] }, slots, primary: 'draft', ...extra };
  return unsupportedClaim(rule, ctx).map((f) => f.message);
}

describe('unsupported-claim: support outside the slot', () => {
  it('reports a draft figure alone in its slot when no other source gives it', () => {
    expect(reported([slot('count-of-plant', 1, [count('draft', 2)]), slot('count-of-plant', 2, [count('wire', 5)])])).toEqual(['unsupported: 2 (count-of-plant)']);
  });
  it('takes the same value under the same key, in a slot the context split off, as support', () => {
    expect(reported([slot('count-of-plant', 1, [count('draft', 2)]), slot('count-of-plant', 2, [count('wire', 2)])])).toEqual([]);
  });
  it('but not a value of another time under that key (background)', () => {
    expect(reported([slot('count-of-plant', 1, [count('draft', 2)]), slot('count-of-plant', 2, [count('wire', 2, { background: '2005' })])])).toHaveLength(1);
  });
  it('takes a compatible counterpart of a translation, under whatever key, as support', () => {
    const draft = count('draft', 2);
    const wire = count('wire', 2);
    const slots = [slot('count-of-fabriek', 1, [draft]), slot('count-of-plant', 1, [wire])];
    const counterparts = { claims: new Map([[draft.id, new Set([wire.id])], [wire.id, new Set([draft.id])]]), sentences: new Map() };
    expect(reported(slots, { counterparts })).toEqual([]);
    const changed = count('wire', 3);
    const otherSlots = [slot('count-of-fabriek', 1, [draft]), slot('count-of-plant', 1, [changed])];
    const changedPair = { claims: new Map([[draft.id, new Set([changed.id])], [changed.id, new Set([draft.id])]]), sentences: new Map() };
    expect(reported(otherSlots, { counterparts: changedPair })).toHaveLength(1);
  });
  /** The draft's one-sentence text against a wire's, the two sentences paired, with the bundled lexicons. */
  const againstWire = (value: number, draft: { language: string; text: string; claim: string }, wire: { language: string; text: string }): string[] => {
    const sentences = new Map([['draft', new Map([[0, [{ source: 'wire', sentences: [0] }]]])]]);
    const sources = [source('draft', draft.language, draft.text), source('wire', wire.language, wire.text)];
    return reported([slot('thing', 1, [count('draft', value, { text: draft.claim })])], { sources, counterparts: { claims: new Map(), sentences }, languages: loadLanguages() });
  };
  it('takes the number written as a word in the paired sentence of a translation as support, not another number', () => {
    const wire = { language: 'en', text: 'It retains the rights to five which can carry 290 passengers.' };
    const draft = { language: 'nl', text: 'Ze behoudt de rechten op vijf toestellen.', claim: 'vijf' };
    expect(againstWire(5, draft, wire)).toEqual([]);
    expect(againstWire(6, draft, wire)).toHaveLength(1);
  });
  it('takes a word of the draft\'s own language left untranslated, and for one an article, as support', () => {
    const draft = (claim: string) => ({ language: 'en', text: `It has ${claim} parts.`, claim });
    expect(againstWire(5, draft('five'), { language: 'nl', text: 'Een resolutie van five megapixel.' })).toEqual([]);
    expect(againstWire(1, draft('one'), { language: 'nl', text: 'Vervang een onderdeel.' })).toEqual([]);
    expect(againstWire(2, draft('two'), { language: 'nl', text: 'Vervang een onderdeel.' })).toHaveLength(1);
  });
  it('reads the number of a converted unit as written: "2 hour" (kept in days) against "twee uur"', () => {
    // Durations are kept in days: 2 hours is 1/12 of a day, and the word to look for is still "twee".
    const hours = (n: number, text: string): Claim =>
      count('draft', n / 24, { text, quantity: { qualifier: 'exact', number: n / 24, interval: { min: n / 24, max: n / 24 }, unit: 'day', unitWritten: 'hour' } as Claim['quantity'] });
    const run = (claim: Claim) =>
      reported([slot('duration', 1, [claim])], {
        sources: [source('draft', 'en', 'During his 2 hour speech he spoke.'), source('wire', 'nl', 'Tijdens zijn speech, die twee uur duurde, sprak hij.')],
        counterparts: { claims: new Map(), sentences: new Map([['draft', new Map([[0, [{ source: 'wire', sentences: [0] }]]])]]) },
        languages: loadLanguages(),
      });
    expect(run(hours(2, '2 hour'))).toEqual([]);
    expect(run(hours(3, '3 hour'))).toHaveLength(1);
  });
  /** The draft's claim against claims of the wire's paired sentence, the wire published on `published`. */
  const besidePaired = (draft: Claim, wire: Claim[], published: string | null = null): string[] => {
    const sentences = new Map([['draft', new Map([[0, [{ source: 'wire', sentences: [0] }]]])]]);
    const sources = [source('draft', 'en', 'x'), { ...source('wire', 'nl', 'x'), published }];
    const slots = [slot('thing', 1, [draft]), ...wire.map((c, i) => slot('other', i + 1, [c]))];
    return reported(slots, { sources, counterparts: { claims: new Map(), sentences }, languages: loadLanguages() });
  };
  const date = (source: string, text: string, iso: string, said?: string): Claim =>
    claimWith({ id: `${source}@${text}`, source, kind: 'date', text, value: iso, date: { iso, precision: iso.length === 4 ? 'year' : 'day', relative: said !== undefined, inferred: false, said } });
  it('takes a claim of the paired sentence that writes the same date or figure, under another key, as support', () => {
    // "an expected announcement Friday" / "de verwachte aankondiging … komende vrijdag": a planned date against a date
    // of the announcement, among other dates of the sentence, so no counterpart.
    expect(besidePaired(date('draft', 'Friday', '2009-09-04', 'weekday 5'), [date('wire', 'komende vrijdag', '2009-09-04')])).toEqual([]);
    expect(besidePaired(date('draft', 'Friday', '2009-09-04', 'weekday 5'), [date('wire', 'donderdag', '2009-09-03')])).toHaveLength(1);
    expect(besidePaired(count('draft', 105), [count('wire', 105, { text: 'about 105' })])).toEqual([]);
  });
  it('but not a vague amount or a bound there, which fits a changed figure too', () => {
    const hundreds = count('wire', 0, { text: 'hundreds of', quantity: { qualifier: 'vague', number: null, interval: { min: 100, max: 999 } } as Claim['quantity'] });
    expect(besidePaired(count('draft', 105), [hundreds])).toHaveLength(1);
    const over = count('wire', 100, { text: 'over 100', quantity: { qualifier: 'more-than', number: 100, interval: { min: 100, max: Infinity } } as Claim['quantity'] });
    expect(besidePaired(count('draft', 105), [over])).toHaveLength(1);
  });
  it('takes "today" or "this year" as given by a paired sentence of a source published then, which need not write it', () => {
    // "today's plan is more aggressive" / "dit plan is agressiever", the translation dated the same day.
    const today = date('draft', 'today', '2009-02-18', 'day 0');
    expect(besidePaired(today, [], '2009-02-18')).toEqual([]);
    expect(besidePaired(date('draft', 'this year', '2009', 'year 0'), [], '2009-02-18')).toEqual([]);
    expect(besidePaired(today, [], '2009-02-17')).toHaveLength(1);
    expect(besidePaired(today, [], null)).toHaveLength(1);
    // A weekday names a day of its own, which the paired sentence would have to write.
    expect(besidePaired(date('draft', 'Wednesday', '2009-02-18', 'weekday 3'), [], '2009-02-18')).toHaveLength(1);
  });
});

describe('unsupported-claim: a figure that stands in no slot', () => {
  // "… en eindigde op 31.490,09": a figure that says nothing of what it counts, and has no counterpart to take a key
  // from, stands in no slot; it is still the draft's claim.
  const level = (value: number, text: string, over: Partial<Claim> = {}) => count('draft', value, { text, ...over });
  const run = (claim: Claim, wireText: string, paired = true): string[] => {
    const sentences = new Map(paired ? [['draft', new Map([[0, [{ source: 'wire', sentences: [0] }]]])]] : []);
    const ctx: CheckContext = {
      sources: [source('draft', 'nl', 'De Bovespa verloor 6,89% en eindigde op 31.490,09.'), source('wire', 'en', wireText)],
      claims: [claim],
      lineage: { of: {}, links: [] },
      slots: [],
      primary: 'draft',
      counterparts: { claims: new Map(), sentences },
      languages: loadLanguages(),
    };
    return unsupportedClaim(rule, ctx).map((f) => f.message);
  };
  const wire = 'The Brazilian Bovespa fell by 6.89% to a value of 31,490.04.';
  it('is reported when its sentence is paired and no paired sentence writes its digits', () => {
    expect(run(level(31490.09, '31.490,09'), wire)).toEqual(['unsupported: 31.490,09 (figure)']);
  });
  it('is supported by its digits in the paired sentence', () => {
    expect(run(level(31490.04, '31.490,04'), wire)).toEqual([]);
  });
  it('says nothing in a sentence no related source pairs, nor of a vague amount', () => {
    expect(run(level(31490.09, '31.490,09'), wire, false)).toEqual([]);
    const vague = level(0, 'dozens of', { quantity: { qualifier: 'vague', number: null, interval: { min: 24, max: 199 } } as Claim['quantity'] });
    expect(run(vague, wire)).toEqual([]);
  });
});
