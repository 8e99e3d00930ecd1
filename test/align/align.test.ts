import { describe, expect, it } from 'vitest';
import type { QuantityInfo } from '../../src/model.js';
import { compatible, datesCompatible, fitsBlindly, quantitiesCompatible } from '../../src/align/compatible.js';
import { slotKeys } from '../../src/align/keys.js';
import { counterpartClaims } from '../../src/align/pairs.js';
import { contextIndex, headNounStem } from '../../src/align/context.js';
import { loadAlignOptions } from '../../src/align/options.js';
import { loadLanguages } from '../../src/lexicon/load.js';
import { runStory } from '../helpers/story.js';
import { claimWith } from '../helpers/claim.js';

const q = (number: number | null, min: number, max: number, extra: Partial<QuantityInfo> = {}): QuantityInfo => ({
  number,
  interval: { min, max },
  qualifier: min === max ? 'exact' : 'approximate',
  ...extra,
});

describe('compatibility', () => {
  it('judges quantities by their intervals and units', () => {
    expect(quantitiesCompatible(q(600, 550, 650), q(600, 600, 600))).toBe(true); // around 600 fits 600
    expect(quantitiesCompatible(q(50, 50, Infinity, { qualifier: 'at-least' }), q(45, 45, 45))).toBe(false); // at least 50 ≠ 45
    expect(quantitiesCompatible(q(null, 1000, 99999, { qualifier: 'vague' }), q(6000, 6000, 6000))).toBe(true); // thousands fits 6,000
    expect(quantitiesCompatible(q(96.6, 95.8, 97.4, { unit: 'km' }), q(97, 96.5, 97.5, { unit: 'km' }))).toBe(true); // 60 miles ≈ 97 km
    expect(quantitiesCompatible(q(20e6, 20e6, 20e6, { unit: 'eur', alternates: [{ number: 26e6, unit: 'usd' }] }), q(26e6, 26e6, 26e6, { unit: 'usd' }))).toBe(true);
    expect(quantitiesCompatible(q(20e6, 20e6, 20e6, { unit: 'eur' }), q(20e6, 20e6, 20e6, { unit: 'usd' }))).toBe(false);
  });

  it('takes a conversion into the amount\'s own unit for a changed currency ("$1,78 miljard (US $2,4 miljard)")', () => {
    const euros = q(1.78e9, 1.78e9, 1.78e9, { unit: 'eur', alternates: [{ number: 2.4e9, unit: 'usd' }] });
    const dollars = q(1.78e9, 1.78e9, 1.78e9, { unit: 'usd', alternates: [{ number: 2.4e9, unit: 'usd' }] });
    expect(quantitiesCompatible(euros, dollars)).toBe(false);
    expect(quantitiesCompatible(dollars, euros)).toBe(false);
    expect(quantitiesCompatible(dollars, q(1.78e9, 1.78e9, 1.78e9, { unit: 'usd' }))).toBe(true);
    expect(quantitiesCompatible(euros, q(2.4e9, 2.4e9, 2.4e9, { unit: 'usd' }))).toBe(true); // the conversion still counts
  });

  it('compares two amounts of one unit as written, not through the conversions beside them', () => {
    const yuan = (n: number) => q(n, n, n, { unit: 'cny', alternates: [{ number: 1.4e9, unit: 'usd' }] });
    expect(quantitiesCompatible(yuan(9.9e9), yuan(9.4e9))).toBe(false);
    expect(quantitiesCompatible(yuan(9.9e9), yuan(9.9e9))).toBe(true);
    expect(quantitiesCompatible(yuan(9.9e9), q(1.4e9, 1.4e9, 1.4e9, { unit: 'usd' }))).toBe(true); // another unit: the conversion counts
  });

  it('calls spans that only touch two answers, and lets a bare number stand for an amount whose unit is understood', () => {
    expect(quantitiesCompatible(q(14, 0, 14, { qualifier: 'less-than', unit: 'day' }), q(17.5, 14, 21, { qualifier: 'range', unit: 'day' }))).toBe(false);
    expect(quantitiesCompatible(q(14, 0, 14, { qualifier: 'less-than' }), q(14, 14, 14))).toBe(true); // a point on the edge fits
    expect(quantitiesCompatible(q(30, 30, 30, { unit: 'gb' }), q(30, 30, 30))).toBe(true); // "30 or 60 GB"
    expect(quantitiesCompatible(q(30, 30, 30, { unit: 'gb' }), q(50, 50, 50))).toBe(false);
  });

  it('judges dates by precision, and times by their time of day', () => {
    expect(datesCompatible('2024', '2024-06')).toBe(true);
    expect(datesCompatible('2024-06-04', '2024-06')).toBe(true);
    expect(datesCompatible('2024-06-04', '2024-06-05')).toBe(false);
    expect(datesCompatible('T12:00', '2009-06-01T12:00')).toBe(true);
    // An undated weekday fits what we cannot know, but not another weekday or a date on another day of the week.
    expect(datesCompatible('', '', { weekday: 2 }, { unit: 'day', offset: -1 })).toBe(true);
    expect(datesCompatible('', '', { weekday: 2 }, { weekday: 2, tense: 'past' })).toBe(true);
    expect(datesCompatible('', '', { weekday: 2 }, { weekday: 3 })).toBe(false);
    expect(datesCompatible('', '2025-06-17', { weekday: 2 })).toBe(true);
    expect(datesCompatible('2025-06-18', '', undefined, { weekday: 2 })).toBe(false);
    expect(datesCompatible('T12:30', 'T12:00')).toBe(false);
    expect(datesCompatible('', '2024-06', { weekday: 2 })).toBe(true); // unresolved: unknowable, not a conflict
    // An undated day of a month is that day in any year: "November 18" is not "November 19", nor 19 November 2008.
    const november = (day?: number) => ({ month: 11, ...(day ? { day } : {}), tense: 'none' });
    expect(datesCompatible('--11-18', '--11-19', november(18), november(19))).toBe(false);
    expect(datesCompatible('--11-18', '--11-18', november(18), november(18))).toBe(true);
    expect(datesCompatible('--11-18', '2008-11-19', november(18))).toBe(false);
    expect(datesCompatible('--11-18', '2008-11', november(18))).toBe(true);
    expect(datesCompatible('--11', '--12-02', november(), { month: 12, day: 2, tense: 'none' })).toBe(false);
    expect(datesCompatible('--11-18', '', november(18), { weekday: 2 })).toBe(true); // a weekday of an unknown year
  });

  it('tells a fit that only an unresolved date allows from one that says something', () => {
    const date = (iso: string, pending?: Record<string, string | number>) => ({ iso, precision: 'day' as const, relative: true, inferred: false, pending });
    expect(fitsBlindly(date('', { weekday: 2 }), date('', { unit: 'month', offset: -1 }))).toBe(true); // Tuesday / last September
    expect(fitsBlindly(date('', { weekday: 2 }), date('', { weekday: 2, tense: 'past' }))).toBe(false); // Tuesday / last Tuesday
    expect(fitsBlindly(date('', { weekday: 2 }), date('2025-06-17'))).toBe(false); // a Tuesday
    expect(fitsBlindly(date('2025-06'), date('2025-06-17'))).toBe(false); // both resolved
    expect(fitsBlindly(date('--11-18', { month: 11, day: 18 }), date('--11-18', { month: 11, day: 18 }))).toBe(false); // November 18 twice
    expect(fitsBlindly(date('--11-18', { month: 11, day: 18 }), date('', { weekday: 2 }))).toBe(true); // November 18 / Tuesday
  });

  it('takes the same relative words as the same day, whatever the publication dates they were resolved from', () => {
    const day = (iso: string, said?: string) => claimWith({ kind: 'date', value: iso, date: { iso, precision: 'day', relative: said !== undefined, inferred: false, ...(said ? { said } : {}) } });
    expect(compatible(day('2010-09-10', 'weekday 5'), day('2010-11-05', 'weekday 5'))).toBe(true); // "Friday" in a copy republished later
    expect(compatible(day('2009-04-30', 'weekday 4'), day('2009-04-28', 'weekday 2'))).toBe(false); // Thursday → dinsdag
    expect(compatible(day('2009-01', 'month -1'), day('2008', 'year -1'))).toBe(false); // last month → vorig jaar
    expect(compatible(day('2010-09-10'), day('2010-11-05'))).toBe(false);
  });

  it('judges entities by canonical key', () => {
    const e = (key: string) => claimWith({ kind: 'person', entity: { key, canonical: key } });
    expect(compatible(e('sergei-shoigu'), e('sergei-shoigu'))).toBe(true);
    expect(compatible(e('kim-jong-un'), e('kim-jong-il'))).toBe(false);
  });
});

describe('slot keys', () => {
  const events = {
    eventFrames: new Set(['casualties.killed']),
    headKeyedFrames: new Set(['age']),
    sharedFrames: new Set(['duration']),
    ownerKeyedFrames: new Set(['percent.market-share']),
    shareFrames: new Set(['percent']),
    subgroupRoles: new Set(['police']),
    singleHolderTitles: new Set(['general-manager']),
    headNounStem: (_claim: unknown, head: string) => headNounStem(head, loadLanguages().get('en')),
  };
  it('keys a quantity by frame, else role, else unit; an event frame is strong evidence', () => {
    expect(slotKeys(claimWith({ quantity: q(5, 5, 5, { frame: 'casualties.killed', role: 'people' }) }), events)[0]).toMatchObject({ id: 'quantity:casualties.killed', keyClass: 'eventFrame' });
    // A group within the toll has a slot of its own.
    expect(slotKeys(claimWith({ quantity: q(2, 2, 2, { frame: 'casualties.killed', role: 'police' }) }), events)[0]).toMatchObject({ id: 'quantity:casualties.killed-among-police', keyClass: 'eventFrame' });
    expect(slotKeys(claimWith({ quantity: q(5, 5, 5, { role: 'deminers' }) }), events)[0]).toMatchObject({ id: 'quantity:deminers', keyClass: 'quantity' });
    expect(slotKeys(claimWith({ quantity: q(5, 5, 5) }), events)).toEqual([]);
    expect(slotKeys(claimWith({ quantity: q(5, 5, 5, { frame: 'duration', unit: 'day' }) }), events)[0]).toMatchObject({ id: 'quantity:duration', keyClass: 'sharedFrame' });
    const date = (planned: boolean) => claimWith({ kind: 'date', date: { iso: '2026', precision: 'year', relative: true, inferred: false, event: 'announce', ...(planned ? { planned: true as const } : {}) } });
    expect([slotKeys(date(false), events)[0].id, slotKeys(date(true), events)[0].id]).toEqual(['date:announce', 'planned-date:announce']);
    // A market share is one per owner: keyed by whose it is.
    expect(slotKeys(claimWith({ quantity: q(10, 10, 10, { frame: 'percent.market-share', unit: 'percent', owner: 'Acme' }) }), events)[0]).toMatchObject({ id: 'quantity:percent.market-share-of-acme', keyClass: 'eventFrame' });
    // A share is keyed by the whole it is of, when the text names one; its label names the whole as written.
    expect(slotKeys(claimWith({ quantity: q(90, 90, 90, { frame: 'percent', unit: 'percent', whole: 'voters' }) }), events)[0]).toMatchObject({ id: 'quantity:percent-of-voter', keyClass: 'quantity', subject: 'percent of voters' });
    expect(slotKeys(claimWith({ quantity: q(90, 90, 90, { frame: 'percent', unit: 'percent' }) }), events)[0]).toMatchObject({ id: 'quantity:percent', subject: 'percent' });
    // A count listed with others ("three soldiers and two civilians were killed") is keyed by what it counts.
    expect(slotKeys(claimWith({ quantity: q(2, 2, 2, { frame: 'casualties.killed', head: 'civilians', listed: true }) }), events)[0]).toMatchObject({ id: 'quantity:casualties.killed-of-civilians' });
    // An age is keyed by the person's settled name when normalize found one, else by the last word written.
    expect(slotKeys(claimWith({ quantity: q(36, 36, 36, { frame: 'age', head: 'Englishwoman Jane Dough', person: 'Jane Doe' }) }), events)[0].id).toBe('quantity:age-of-jane-doe');
    expect(slotKeys(claimWith({ quantity: q(36, 36, 36, { frame: 'age', head: 'Englishwoman Jane Dough' }) }), events)[0].id).toBe('quantity:age-of-dough');
    // An age of nobody named is no question: two such ages are two people.
    expect(slotKeys(claimWith({ quantity: q(20, 20, 20, { frame: 'age' }) }), events)[0]).toMatchObject({ id: 'quantity:age', specific: false });
  });

  it('keys a count that no frame, role or unit knows by the stem of its head noun, in a class of its own', () => {
    const count = slotKeys(claimWith({ quantity: q(235000, 235000, 235000, { head: 'Comments' }) }), events)[0];
    expect(count).toMatchObject({ id: 'quantity:count-of-comment', keyClass: 'count', specific: true, subject: 'count of comments' });
    expect(slotKeys(claimWith({ quantity: q(1, 1, 1, { head: 'comment' }) }), events)[0].id).toBe(count.id);
    // A known role or unit keeps its own key.
    expect(slotKeys(claimWith({ quantity: q(5, 5, 5, { role: 'deminers', head: 'deminers' }) }), events)[0].id).toBe('quantity:deminers');
  });

  it('counts an abbreviation and its plural alike ("121 RBI", "43 RBIs", Dutch "twee SUV\'s"), and leaves other words whole', () => {
    const [en, nl] = ['en', 'nl'].map((lang) => loadLanguages().get(lang));
    expect(headNounStem('RBIs', en)).toBe(headNounStem('RBI', en));
    expect(headNounStem("SUV's", nl)).toBe(headNounStem('SUV', nl));
    // Not an abbreviation's plural: a capitalised word, a word in capitals, an ending the language does not list.
    expect(headNounStem('Teams', en)).toBe('team');
    expect(headNounStem('TEAMS', en)).toBe('team');
    expect(headNounStem("SUV's", en)).not.toBe(headNounStem('SUV', en));
  });

  it('gives a titled person a second key, specific only when the title is qualified', () => {
    const keys = (title: string) => slotKeys(claimWith({ kind: 'person', entity: { key: 'x', canonical: 'X', title } }), events);
    expect(keys('leader:north-korea')[1]).toMatchObject({ id: 'person:title:leader-north-korea', specific: true });
    expect(keys('analyst')[1]).toMatchObject({ specific: false });
    // An office one person holds (rules/align.json singleHolderTitles) has a class of its own, when it is someone's.
    expect(keys('general-manager:chargers')[1]).toMatchObject({ specific: true, keyClass: 'office' });
    expect(keys('general-manager')[1]).toMatchObject({ specific: false, keyClass: 'entity' });
    expect(keys('spokesperson:chargers')[1]).toMatchObject({ specific: true, keyClass: 'entity' });
  });

  it('asks the place of an event as a question only of a place: a firm or product named after "at" may only agree there', () => {
    const key = (kind: 'place' | 'person' | 'organization') => slotKeys(claimWith({ kind, entity: { key: 'x', canonical: 'X', event: 'attack' } }), events)[1];
    expect(key('place')).toMatchObject({ id: 'place:event:attack', specific: true });
    expect(key('person')).toMatchObject({ id: 'person:event:attack', specific: false });
    expect(key('organization')).toMatchObject({ id: 'organization:event:attack', specific: false });
  });

  it('keeps dates and times of day apart', () => {
    const date = (iso: string, precision: 'day' | 'time') => slotKeys(claimWith({ kind: 'date', date: { iso, precision, relative: false, inferred: false, event: 'quake' } }), events)[0].id;
    expect(date('2024-06-04', 'day')).toBe('date:quake');
    expect(date('T09:30', 'time')).toBe('time:quake');
  });
});

describe('alignment', () => {
  const dated = (text: string) => ` date 2024-03-02\n${text}\n`;
  it('keeps a background year apart from the event', () => {
    const r = runStory({
      a: dated('The earthquake killed 45 people in the province on Friday, officials said.'),
      b: dated('A 2003 quake in the same province killed more than 26,000 people, records show.'),
    });
    const killed = r.slots.filter((s) => s.key === 'quantity:casualties.killed');
    expect(killed).toHaveLength(2);
    expect(killed.every((s) => s.status !== 'conflict')).toBe(true);
  });

  it("reads a source with no date line against its story's dates: its earlier year is background, not the event's date", () => {
    const fight = 'Klitschko stopped Thompson in the sixth round on Saturday night. In 2008, Klitschko stopped Thompson in the 11th round.';
    // Sources dated differently lend an undated one no date (ingest/story.ts); their years still frame it.
    const r = runStory({ a: dated(fight), b: `${fight}\n`, c: ` date 2024-03-03\n${fight}\n` });
    expect(r.sources.find((s) => s.id === 'b')?.published).toBeNull();
    const dates = r.slots.filter((s) => s.kind === 'date');
    expect(dates.every((s) => s.status !== 'conflict')).toBe(true);
    expect(r.claims.find((c) => c.source === 'b' && c.text === '2008')?.background).toBe('2008');
    expect(dates.find((s) => s.claims.some((c) => c.text === '2008'))?.label).toBe('date [background]');
    expect(dates.find((s) => s.claims.some((c) => c.text === 'Saturday'))?.label).toBe('date');
  });

  it('gives each year of a sentence its own background', () => {
    const r = runStory({
      a: dated('Dr. Jones received the Mandela Award in 1998, and was elected to the board in 1995, the first woman there.'),
      b: dated('Jones, a rural doctor, was elected to the board in 1995, the first woman to serve on it.'),
    });
    expect(r.claims.filter((c) => c.date).map((c) => [c.text, c.background])).toEqual([['1998', '1998'], ['1995', '1995'], ['1995', '1995']]);
    expect(r.slots.filter((s) => s.kind === 'date').every((s) => s.status !== 'conflict')).toBe(true);
  });

  it('sets two holders of one office against each other, but not two spokesmen', () => {
    // Two independent reports whose sentences share less than minContext.entity, more than minContext.office.
    const holders = (title: string) => {
      const r = runStory({
        a: dated(`The receiver was arrested early on Sunday. "We are aware of the issue," Chargers ${title} A.J. Smith said in a statement on Monday.`),
        b: dated(`Police stopped the player on a highway, and Chargers ${title} A.J. Butler said the team was aware of the issue and would not comment further.`),
      });
      return r.slots.filter((s) => s.key.includes(':title:')).map((s) => [s.status, s.claims.map((c) => c.text)]);
    };
    expect(holders('general manager')).toEqual([['conflict', ['A.J. Smith', 'A.J. Butler']]]);
    expect(holders('spokesman')).toEqual([['single', ['A.J. Smith']], ['single', ['A.J. Butler']]]);
  });

  it("sets one person's fall against another source's, and keeps two people's falls apart", () => {
    const r = runStory({
      a: dated('On Friday, 36-year-old Jane Doe died after slipping and falling about 60 metres from a ridge. The next day Tom Roe, 32, fell about 600 metres on another peak.'),
      b: dated('A 36-year-old climber died on Friday after falling about 150 metres. Jane Doe, 36, was from Melbourne. Tom Roe, 32, fell about 2,000 feet.'),
    });
    const falls = r.slots.filter((s) => s.key.startsWith('quantity:distance'));
    expect(falls.map((s) => [s.key, s.status, s.claims.map((c) => c.text)])).toEqual([
      ['quantity:distance-of-jane-doe', 'conflict', ['about 60 metres', 'about 150 metres']],
      ['quantity:distance-of-tom-roe', 'agree', ['about 600 metres', 'about 2,000 feet']],
    ]);
  });

  it('sets a figure against a near-copy sentence that gives another, even when an agreeing slot exists', () => {
    // Three independent reports (no lineage link, so no counterpart pairing): only the shared sentence tells.
    const r = runStory({
      a: dated('Police arrested a man on Monday after a long search through the northern suburbs. In 2005 he was convicted of assault. He was sentenced to 2 years, with 9 months to serve in that case. The trial took 2 years. Neighbours described him as quiet.'),
      b: dated('A suspect is in custody, a spokesman for the district attorney said. He served 9 months of a 2 1/2 year sentence for the assault.'),
      c: dated('The man, who has a long record, was held without bail at the county jail. He was sentenced to 2 1/2 years, with 9 months to serve in that case. His lawyer declined to comment on the charges.'),
    });
    expect(r.lineage.links).toEqual([]);
    const sentence = r.slots.find((s) => s.claims.some((c) => c.source === 'c' && c.text === '2 1/2 years'))!;
    expect(sentence.status).toBe('conflict');
    // b's "2 1/2 year sentence" shares "served", "months" and "sentence" (by stem) and the 9 months with a's.
    expect(sentence.claims.map((c) => `${c.source}:${c.text}`)).toEqual(['a:2 years', 'b:2 1/2 year', 'c:2 1/2 years']);
  });

  it("folds a source's figure hedged once (\"$334 million\", \"approximately $334 million\") into one answer", () => {
    // Before, the hedged mention could not join its own source's slot and met the cash part of the price instead.
    const r = runStory({
      a: dated('Acme said $281 million of the purchase price for Widget, a maker of small servers, will be paid in cash under the definitive agreement.'),
      b: dated('The rest of the deal is in stock: the buyer pays $281 million in cash, the firm told analysts on a call.'),
      c: dated('Acme will acquire Widget for $334 million. Acme said it has signed a definitive agreement to acquire Widget, a maker of small servers, for approximately $334 million.'),
    });
    const money = r.slots.filter((s) => s.key === 'quantity:money');
    expect(money.map((s) => [s.status, s.mentions.map((c) => `${c.source}:${c.text}`)])).toEqual([
      ['agree', ['a:$281 million', 'b:$281 million']],
      ['single', ['c:$334 million', 'c:approximately $334 million']],
    ]);
  });

  it('does not set figures a thousandfold apart against each other on shared words alone', () => {
    const r = runStory({
      a: dated('Acme said $281 million of the purchase price for Widget will be paid in cash.'),
      b: dated('Acme completes the purchase of Widget, and its price is headed to $9.'),
    });
    expect(r.slots.filter((s) => s.key === 'quantity:money').map((s) => s.status)).toEqual(['single', 'single']);
  });

  it('compares sentence words by stem, so inflections of one word are one word of context', () => {
    const r = runStory({ a: dated('He was indicted for bribing the police officers.'), b: dated('The police officer was indicted on a bribe charge.') });
    const context = contextIndex(r.claims, r.sources, loadLanguages());
    // police, officer(s), indicted, brib(e|ing) shared; charge is b's alone: 4 of 5 words.
    expect(context.sentenceSimilarity('a', 0, 'b', 0)).toBeCloseTo(0.8);
  });

  it('sets one past event\'s years against each other: "indicted in 1969" and "indicted in 1970"', () => {
    const r = runStory({
      a: dated('In 1969, he was indicted in New Jersey on a charge of conspiracy to bribe the entire five-member police force of the town.'),
      b: dated('In 1970, he was indicted for bribing the entire five-man police force of the town, where he had moved.'),
    });
    const charge = r.slots.find((s) => s.kind === 'date' && s.claims.some((c) => c.text === '1969'))!;
    expect(charge.label).toBe('date of charge [background]');
    expect(charge.status).toBe('conflict');
    expect(charge.claims.map((c) => c.text)).toEqual(['1969', '1970']);
  });

  it("sets a bare year of a source's own time against another's past year", () => {
    const r = runStory({
      a: ` date 2012-05-02\nPalmer voters in 2010 approved a $3 million bond to pay for the property.\n`,
      b: ` date 2009-08-20\nVoters in 2009 approved a $3 million bond to buy the properties, the clerk said.\n`,
    });
    const approved = r.slots.find((s) => s.kind === 'date' && s.claims.some((c) => c.text === '2010'))!;
    expect(approved.status).toBe('conflict');
    expect(approved.claims.map((c) => c.text)).toEqual(['2010', '2009']);
  });

  it('lets a vague amount or an unresolvable day join a slot only on shared context', () => {
    const r = runStory({
      a: dated('He was sentenced to 2 years in prison for the robbery.'),
      b: dated('He was with the girl for at least several hours before police arrived.'),
    });
    const hours = r.slots.find((s) => s.claims.some((c) => c.text === 'at least several hours'))!;
    expect(hours.claims.map((c) => c.source)).toEqual(['b']);
    // Sources dated differently lend the undated one no date, so its "Thursday" fits any date only blindly.
    const undated = runStory({
      a: 'He stood mute for the half hour he was given for a closing argument on Thursday.\n',
      b: dated('He has represented himself since firing his attorneys last week.'),
      c: ' date 2024-03-09\nThe jury began its deliberations.\n',
    });
    expect(undated.sources.find((s) => s.id === 'a')?.published).toBeNull();
    const thursday = undated.slots.find((s) => s.claims.some((c) => c.text === 'Thursday'))!;
    expect(thursday.claims.map((c) => c.text)).toEqual(['Thursday']);
  });

  it("does not let a source's finer date fold into a slot it would set in conflict", () => {
    const r = runStory({
      a: ' date 2010-01-12\nThe inmate was at large until Dec. 7, when he was found at a business in the north of the city.\n',
      b: ' date 2009-11-30\nAfter 900 phones were smuggled into prisons this year, the agency was on the defensive again Tuesday.\n',
    });
    expect(r.slots.filter((s) => s.kind === 'date').map((s) => [s.status, s.claims.map((c) => c.text)])).toEqual([
      ['agree', ['Dec. 7', 'this year']],
      ['single', ['Tuesday']],
    ]);
  });

  it('sets an undated weekday against another rather than fold it into a date it cannot be told apart from', () => {
    // No date lines: "last September" fits "Tuesday" only because neither can be resolved, which says nothing.
    const r = runStory({
      a: 'A follow-up investigation began last September and the two men were arrested this morning, the police said.\nThe two men were arrested Wednesday, the attorney general confirmed.\n',
      b: 'The two men were arrested by police on Tuesday, the attorney general said.\n',
    });
    const tuesday = r.slots.find((s) => s.claims.some((c) => c.text === 'Tuesday'))!;
    expect(tuesday.status).toBe('conflict');
    expect(tuesday.claims.map((c) => `${c.source}:${c.text}`)).toContain('b:Tuesday');
  });

  it('sets an undated day of a month against another, and groups the same day', () => {
    // No date lines, so no year: "November 18" is still not "November 19".
    const r = runStory({
      a: 'On November 19, the frigate sank a pirate mother ship in the Gulf of Aden.\n',
      b: 'The frigate sank a pirate mother ship in the Gulf of Aden on November 18, the navy said.\n',
      c: 'On November 18, the frigate sank a pirate mother ship in the gulf.\n',
    });
    const sinking = r.slots.find((s) => s.claims.some((c) => c.text === 'November 19'))!;
    expect(sinking.status).toBe('conflict');
    expect(sinking.claims.map((c) => `${c.source}:${c.text}`)).toEqual(['a:November 19', 'b:November 18', 'c:November 18']);
  });

  it('sets a count of none against a count of the same casualties', () => {
    const r = runStory({
      a: dated('No one was injured when the fire broke out at the church on Friday night.'),
      b: dated('Three people were injured when the fire broke out at the church on Friday night.'),
    });
    expect(r.slots.filter((s) => s.status === 'conflict').map((s) => [s.label, s.claims.map((c) => c.text)])).toEqual([['casualties injured', ['No one was injured', 'Three']]]);
  });

  it('never puts two claims of one source in a slot', () => {
    const r = runStory({
      a: dated('Officials said 30% of homes were damaged; 12% of roads were closed and 5% of bridges fell.'),
      b: dated('About 30% of homes were damaged, the agency said.'),
    });
    for (const s of r.slots) expect(new Set(s.claims.map((c) => c.source)).size).toBe(s.claims.length);
  });

  it('pairs a translation with its original and reports a changed figure as a conflict', () => {
    const en = dated(
      [
        'Airbus said on Tuesday that it will cut 4,300 jobs in France and 1,200 jobs in Germany over three years.',
        'Chief executive Louis Gallois told reporters in Toulouse that the plan would save 2 billion euros by 2010.',
        'The unions in Paris and Hamburg called a strike for March 6.',
        'Airbus employs 55,000 people in Europe, 22,000 of them in France.',
      ].join('\n'),
    );
    const nl = dated(
      [
        'Airbus zei dinsdag dat het in drie jaar 4.800 banen in Frankrijk en 1.200 banen in Duitsland schrapt.',
        'Topman Louis Gallois zei tegen verslaggevers in Toulouse dat het plan tegen 2010 2 miljard euro bespaart.',
        'De vakbonden in Parijs en Hamburg riepen een staking uit voor 6 maart.',
        'Airbus heeft 55.000 mensen in dienst in Europa, van wie 22.000 in Frankrijk.',
      ].join('\n'),
    );
    const r = runStory({ en, nl });
    expect(r.lineage.of.nl).toBe(r.lineage.of.en);
    const jobs = r.slots.find((s) => s.claims.some((c) => c.text.startsWith('4,300')));
    expect(jobs?.status).toBe('conflict');
    expect(jobs?.claims.map((c) => c.text)).toEqual(['4,300', '4.800']);
  });

  it('needs more shared context to set counts of times against each other ("arrested four times" / "three times since May")', () => {
    const r = runStory({
      a: dated('Police said Smith had previously been arrested four times on charges of theft and assault.'),
      b: dated('Smith had been in trouble before, having been arrested three times since May, and was charged with theft and assault.'),
    });
    expect(r.claims.filter((c) => c.quantity?.frame === 'times').map((c) => c.text)).toEqual(['four times', 'three times']);
    expect(r.slots.filter((s) => s.status === 'conflict').map((s) => s.claims.map((c) => c.text))).toEqual([]);
  });

  it('sets counts of one head noun against each other on the shared context of a near-copy sentence', () => {
    const r = runStory({
      a: dated('The agency received 235,000 comments on the proposal before the deadline on Friday.'),
      b: dated('The agency received 300,000 comments on the proposal before the deadline closed on Friday.'),
    });
    expect(r.slots.filter((s) => s.status === 'conflict').map((s) => [s.label, s.claims.map((c) => c.text)])).toEqual([['count of comments', ['235,000', '300,000']]]);
  });

  it('does not set a count of a noun against one of a source that counts several things by it ("15.5 points … 5.8 points")', () => {
    const r = runStory({
      a: dated('Miller is averaging 15.5 points per game this season, while Dalembert is down to 5.8 points per game.'),
      b: dated('Miller is averaging 15.5 points per game this season, while Iguodala is averaging 14.9 points per game.'),
    });
    expect(r.slots.filter((s) => s.status === 'conflict')).toEqual([]);
  });

  describe('a lone count against a story-wide agreement', () => {
    // Four outlets, four wordings: sentence context alone would never call these one question.
    const outlets = {
      a: dated('The navy said the sailors seized seven rifles from the pirates after a short chase off the coast.'),
      b: dated('A spokesman in the capital told reporters that seven rifles were found on board.'),
      c: dated('Commandos boarded the vessel at dawn and recovered seven rifles and ammunition.'),
      d: dated('Officials later listed twelve rifles among the weapons taken from the pirates.'),
    };
    const conflicts = (files: Record<string, string>) => runStory(files).slots.filter((s) => s.status === 'conflict').map((s) => s.claims.map((c) => `${c.source}:${c.text}`));
    it('joins it as a conflict when three origins agree and every source gives one count of the noun', () => {
      expect(conflicts(outlets)).toEqual([['a:seven', 'b:seven', 'c:seven', 'd:twelve']]);
    });
    it('leaves it alone when only two origins agree', () => {
      expect(conflicts({ a: outlets.a, b: outlets.b, d: outlets.d })).toEqual([]);
    });
    it('leaves it alone when a source gives two counts of the noun: the story counts several things by it', () => {
      const d = dated('Officials later listed twelve rifles among the weapons taken from the pirates.\nTwo rifles were found in a second boat.');
      expect(conflicts({ ...outlets, d })).toEqual([]);
    });
    it('leaves it alone when the agreeing figures only overlap ("9-14" and "5-19")', () => {
      const ranged = Object.fromEntries(Object.entries(outlets).map(([id, text], i) => [id, text.replace(/seven|twelve/, ['9-14', '9-14', '5-19', '18-30'][i])]));
      expect(conflicts(ranged)).toEqual([]);
    });
  });

  it('does not set an item of a list against the slot of its neighbour in the same sentence', () => {
    const en = dated('France will lose 4,300 jobs, while Britain and Spain will see 1,600 and 400 jobs cut respectively, the company said on Tuesday.');
    const nl = dated('In Frankrijk gaan 4.300 banen verloren, in Groot-Brittannië 1.600 banen en in Spanje 400 banen, zei het bedrijf dinsdag.');
    const r = runStory({ en, nl });
    expect(r.slots.filter((s) => s.status === 'conflict').map((s) => s.claims.map((c) => c.text))).toEqual([]);
  });

  it('pairs a translation figure by value and unit, so "two sizes" is not the counterpart of "2GB"', () => {
    const en = dated('The player comes in two sizes, a 2GB and a 4GB model, and will cost $199 and $249 respectively.');
    const nl = dated('De speler is er in twee maten, 2 GB en 4 GB, en kost respectievelijk $199 en $249.');
    const r = runStory({ en, nl });
    expect(r.slots.filter((s) => s.status === 'conflict').map((s) => s.claims.map((c) => c.text))).toEqual([]);
    expect(r.slots.find((s) => s.claims.some((c) => c.text === '2GB'))?.claims.map((c) => c.text)).toEqual(['2GB', '2 GB']);
  });

  it('does not pair the last figure left in a paired sentence with one of another measure', () => {
    // A rewrite: the same story, one sentence reworded with another figure in it (yards are no unit here).
    const body = 'The Colts clinched a playoff berth with the win.\nThe Chiefs fell to the worst record in the league.\nIndianapolis will play Houston next week.\n';
    const a = dated(`${body}Luck found Reggie Wayne for a 7-yard touchdown pass with just over 4 minutes left in the fourth quarter, giving the Colts a 20-13 victory over the Kansas City Chiefs.`);
    const b = dated(`${body}Luck threw for 205 yards Sunday, and his 7-yard touchdown pass to Reggie Wayne late in the fourth quarter gave the Colts a 20-13 victory over the Kansas City Chiefs.`);
    const r = runStory({ a, b });
    expect(r.lineage.links.length).toBe(1);
    expect(r.slots.filter((s) => s.claims.length > 1 && s.kind === 'quantity')).toEqual([]);
  });
});

/** The opening of a story and its Dutch translation, enough anchors for a translation link; and a closing line. */
const en = [
  'The carmaker signed the deal in Detroit with partners from Japan and Korea on June 13, 2005.',
  'The agreement, worth 20.1 billion dollars, was announced by Ford at 12:30 in the afternoon.',
  'Its shares rose 6.50% after the announcement, to 41 dollars each.',
];
const nl = [
  'De autofabrikant tekende de overeenkomst in Detroit met partners uit Japan en Korea op 13 juni 2005.',
  'De overeenkomst, ter waarde van 20,1 miljard dollar, werd door Ford om 12.30 uur in de middag bekendgemaakt.',
  'Het aandeel steeg na de aankondiging met 6,50%, naar 41 dollar per stuk.',
];
const last = { en: 'The company employs 55,000 people in 12 countries.', nl: 'Het bedrijf heeft 55.000 mensen in dienst in 12 landen.' };

describe('counterparts of a sentence split in two', () => {
  const dated = (text: string) => ` date 2024-03-02\n${text}\n`;
  /** The texts of the counterparts of the claim written `text` in source `source`. */
  const partnersOf = (files: Record<string, string>, source: string, text: string): string[] => {
    const r = runStory(files);
    const partners = counterpartClaims(r.claims, r.sources, r.lineage, contextIndex(r.claims, r.sources, loadLanguages()), loadAlignOptions().pairing).claims;
    const claim = r.claims.find((c) => c.source === source && c.text === text)!;
    return [...(partners.get(claim.id) ?? [])].map((id) => r.claims.find((c) => c.id === id)!.text);
  };

  it('pairs a figure whose hedge the translation dropped, so the other figure of its sentence is a counterpart too', () => {
    const files = {
      en: dated([...en, 'Chrysler will receive CA$1 billion and may be eligible for as much as CA$4 billion.'].join('\n')),
      nl: dated([...nl, 'Chrysler krijgt 6 miljard Canadese dollar en komt misschien in aanmerking voor 4 miljard Canadese dollar.'].join('\n')),
    };
    expect(partnersOf(files, 'en', 'as much as CA$4 billion')).toEqual(['4 miljard Canadese dollar']);
    expect(partnersOf(files, 'en', 'CA$1 billion')).toEqual(['6 miljard Canadese dollar']);
  });

  it('reads the half a translation split off with the pair it makes more alike', () => {
    // The English sentence pairs with the Dutch first half (Ford); the second half (Ford, the figure) has no partner.
    const files = {
      en: dated([...en, 'Ford said the plan was approved by its board in Detroit and that Ford would invest $4.2 billion.', last.en].join('\n')),
      nl: dated([...nl, 'Ford zei dat het plan in Detroit door het bestuur was goedgekeurd.', 'Ford investeert $4,2 miljoen.', last.nl].join('\n')),
    };
    expect(partnersOf(files, 'en', '$4.2 billion')).toEqual(['$4,2 miljoen']);
  });

  it('pairs a translation\'s sentences left between two pairs, one against two, though no anchor ties them', () => {
    const files = {
      en: dated([...en, 'The panic spread and a large bank lost almost $4.2 billion in market value.', last.en].join('\n')),
      nl: dated([...nl, 'De paniek breidde zich uit.', 'Een grote bank verloor bijna $4,2 aan beurswaarde.', last.nl].join('\n')),
    };
    expect(partnersOf(files, 'en', 'almost $4.2 billion')).toEqual(['bijna $4,2']);
  });

  it('reads the end of a quote the original split off its "said …" with the pair after, not with the lone sentence before', () => {
    // English closes the quote before "said William Ford"; the Dutch keeps quote and speaker in one sentence.
    const files = {
      en: dated([...en, 'The plan clearly helps the economy.', 'It also helps the environment in two respects.', 'said William Ford, chairman of Ford Motor Co.', last.en].join('\n')),
      nl: dated([...nl, 'Het plan stimuleert duidelijk de economie.', 'Het helpt ook op twee manieren het milieu, zei William Ford, voorzitter van Ford Motor Co.', last.nl].join('\n')),
    };
    expect(partnersOf(files, 'nl', 'twee')).toEqual(['two']);
  });

  it('reads a sentence the original split off the start of the gap with the pair before', () => {
    const files = {
      en: dated([...en, 'William Ford, chairman of Ford Motor Co., spoke in Detroit.', 'He named two benefits.', 'The plan helps the economy.', last.en].join('\n')),
      nl: dated([...nl, 'William Ford, voorzitter van Ford Motor Co., sprak in Detroit en noemde twee voordelen.', 'Het plan helpt de economie.', last.nl].join('\n')),
    };
    expect(partnersOf(files, 'nl', 'twee')).toEqual(['two']);
  });

  it('pairs a translation\'s sentences left between two pairs one by one, as many on each side', () => {
    const files = {
      en: dated([...en, 'The panic spread quickly.', 'A large bank lost almost $4.2 billion in market value.', last.en].join('\n')),
      nl: dated([...nl, 'De paniek breidde zich snel uit.', 'Een grote bank verloor bijna $4,2 aan beurswaarde.', last.nl].join('\n')),
    };
    expect(partnersOf(files, 'en', 'almost $4.2 billion')).toEqual(['bijna $4,2']);
  });

  it('pairs six sentences left on each side one by one too (a quote translated line by line)', () => {
    const asides = {
      en: ['The panic spread quickly.', 'Traders were nervous.', 'Some went home early.', 'Others stayed late.'],
      nl: ['De paniek breidde zich snel uit.', 'Handelaren waren nerveus.', 'Sommigen gingen vroeg naar huis.', 'Anderen bleven laat.'],
    };
    const files = {
      en: dated([...en, ...asides.en, 'A large bank lost almost $4.2 billion in market value.', 'It was a bad day.', last.en].join('\n')),
      nl: dated([...nl, ...asides.nl, 'Een grote bank verloor bijna $4,2 aan beurswaarde.', 'Het was een slechte dag.', last.nl].join('\n')),
    };
    expect(partnersOf(files, 'en', 'almost $4.2 billion')).toEqual(['bijna $4,2']);
  });

  it('pairs the last sentence of a translation with its original\'s, one against one, though no anchor ties them', () => {
    const files = {
      en: dated([...en, last.en, 'A large bank lost almost $4.2 billion in market value.'].join('\n')),
      nl: dated([...nl, last.nl, 'Een grote bank verloor bijna $4,2 aan beurswaarde.'].join('\n')),
    };
    expect(partnersOf(files, 'en', 'almost $4.2 billion')).toEqual(['bijna $4,2']);
  });

  it('pairs a figure with one digit changed when its sentence leaves more figures on one side, the changed digit first', () => {
    const files = (nlText: string) => ({
      en: dated([...en, 'The carmaker will cut about 4,300 jobs, a fifth of them in Spain.', last.en].join('\n')),
      nl: dated([...nl, nlText, last.nl].join('\n')),
    });
    // "4.305" and "20 procent" against "4,300": one figure a digit apart.
    expect(partnersOf(files('De autofabrikant schrapt ongeveer 4.305 banen, 20 procent daarvan in Spanje.'), 'en', 'about 4,300')).toEqual(['ongeveer 4.305']);
    // "400" is a digit dropped from "4,300", "4.305" a digit changed: the closer one.
    expect(partnersOf(files('De autofabrikant schrapt ongeveer 4.305 banen en 400 daarvan in Spanje.'), 'en', 'about 4,300')).toEqual(['ongeveer 4.305']);
    // Two figures as close: order is no guide, no counterpart.
    expect(partnersOf(files('De autofabrikant schrapt ongeveer 4.305 banen en 4.301 daarvan in Spanje.'), 'en', 'about 4,300')).toEqual([]);
  });

  it('does not pair a rewrite\'s sentences left between two pairs: a rewrite may say something else there', () => {
    const files = {
      a: dated([...en, 'The panic spread and a large bank lost almost $4.2 billion in market value.', last.en].join('\n')),
      b: dated([...en, 'Analysts expect the new plant in Ohio to cost about $900 million.', last.en].join('\n')),
    };
    expect(partnersOf(files, 'a', 'almost $4.2 billion')).toEqual([]);
  });
});

describe('a repeated figure', () => {
  const dated = (text: string) => ` date 2024-03-02\n${text}\n`;
  it('that its counterpart changed opens a slot with it, and does not fold into its first mention\'s', () => {
    const en = dated('The camera comes in a 16GB and a 64GB model.\nThe 16GB model holds 4,000 photos and the 64GB model holds 16,000.');
    const nl = dated("De camera is er in een model van 16 GB en een van 64 GB.\nHet model van 16 GB bewaart 4.000 foto's en dat van 32 GB 16.000.");
    const r = runStory({ en, nl });
    const sizes = r.slots.filter((s) => s.key === 'quantity:amount-in-gb').map((s) => [s.status, s.mentions.map((c) => `${c.source}:${c.text}`)]);
    expect(sizes).toContainEqual(['conflict', ['en:64GB', 'nl:32 GB']]);
    expect(sizes).toContainEqual(['single', ['en:64GB', 'nl:64 GB']]);
  });

  it('of a name stays with its first mention, though the one name left in its paired sentence is another', () => {
    const r = runStory({
      en: dated([...en, 'The Senate met in Washington on Monday.', 'Later Obama spoke to the Senate about the budget.', last.en].join('\n')),
      nl: dated([...nl, 'De Senaat kwam maandag bijeen in Washington.', 'Later sprak Obama met de Democraten over de begroting.', last.nl].join('\n')),
    });
    expect(r.lineage.links.map((l) => l.relation)).toEqual(['translation']);
    const senate = r.slots.filter((s) => s.mentions.some((c) => c.source === 'en' && c.text === 'Senate'));
    expect(senate.map((s) => s.mentions.filter((c) => c.source === 'en').map((c) => c.text))).toEqual([['Senate', 'Senate']]);
  });
});

describe('a translated figure that says nothing of what it counts', () => {
  const dated = (text: string) => ` date 2024-03-02\n${text}\n`;
  const conflicts = (enLine: string, nlLine: string) =>
    runStory({ en: dated([...en, enLine, last.en].join('\n')), nl: dated([...nl, nlLine, last.nl].join('\n')) })
      .slots.filter((s) => s.status === 'conflict')
      .map((s) => s.claims.map((c) => c.text));
  it('takes the key of a counterpart that says it, from either side: a changed figure is a conflict', () => {
    // "above 8,000" has no head; the Dutch reads one ("geëindigd").
    expect(conflicts('The index has not closed above 8,000 since February.', 'De index is sinds februari niet meer boven de 8.005 geëindigd.')).toEqual([['above 8,000', 'boven de 8.005']]);
  });
  it('shares a key with a counterpart that does not say it either', () => {
    expect(conflicts('The index reached an all-time high of over 14,000.', 'De index bereikte een absoluut hoogtepunt van meer dan 14.005.')).toEqual([['over 14,000', 'meer dan 14.005']]);
  });
  it('agrees with a faithful counterpart', () => {
    expect(conflicts('The index reached an all-time high of over 14,000.', 'De index bereikte een absoluut hoogtepunt van meer dan 14.000.')).toEqual([]);
  });
});

describe('the key counterparts share', () => {
  const dated = (text: string) => ` date 2024-03-02\n${text}\n`;
  it('is the one in the story\'s most common language, whichever file comes first', () => {
    // "a-nl" sorts first; its head noun "brandweerlieden" would meet no other outlet's "firefighters".
    const r = runStory({
      'a-nl': dated([...nl, 'Meer dan 600 brandweerlieden bestreden de brand.', last.nl].join('\n')),
      b: dated([...en, 'More than 600 firefighters fought the blaze.', last.en].join('\n')),
      c: dated('Officials said 650 firefighters fought the blaze on Thursday.'),
    });
    expect(r.claims.filter((c) => /600/.test(c.text)).map((c) => c.quantity?.head)).toEqual(['brandweerlieden', 'firefighters']);
    const slot = r.slots.find((s) => s.claims.some((c) => c.source === 'a-nl' && /600/.test(c.text)));
    expect(slot?.label).toBe('count of firefighters');
    // The other outlet's count meets it there ("650" fits "more than 600").
    expect(slot?.claims.map((c) => c.source)).toEqual(['a-nl', 'b', 'c']);
  });
});
