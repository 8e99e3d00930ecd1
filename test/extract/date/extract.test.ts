import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { extractDates } from '../../../src/extract/date/index.js';
import { resolveDates } from '../../../src/normalize/date.js';
import type { Claim } from '../../../src/model.js';
import { sourceOf } from './source.js';

const langs = loadLanguages();
const SEED = new URL('../../../corpus/korea-russia-builders/', import.meta.url);

/** Date claims of one text, resolved against a publication date when given. */
function dates(text: string, lang = 'en', published: string | null = null): Claim[] {
  const source = sourceOf(text, { language: lang, published });
  return resolveDates(extractDates(source, langs.get(lang)!), [source], langs);
}

const brief = (c: Claim) => ({ text: c.text, value: c.value, precision: c.date!.precision });

function seed(prefix: string): Claim[] {
  const file = readdirSync(SEED).find((f) => f.startsWith(prefix))!;
  return dates(readFileSync(new URL(file, SEED), 'utf8'), prefix === '002' ? 'nl' : 'en', '2025-06-18');
}

describe('extractDates on the seed story (published 2025-06-18)', () => {
  it('000: Tuesday meeting, June 2024 signing, June 4 visit, this month', () => {
    const claims = seed('000');
    const find = (text: string) => claims.find((c) => c.text === text)!;
    expect(find('Tuesday')).toMatchObject({ value: '2025-06-17', date: { precision: 'day', relative: true, event: 'meet' } });
    expect(find('June 2024')).toMatchObject({ value: '2024-06', date: { precision: 'month', relative: false, inferred: false, event: 'sign' } });
    expect(find('June 4')).toMatchObject({ value: '2025-06-04', date: { precision: 'day', inferred: true, event: 'visit' } });
    expect(find('this month')).toMatchObject({ value: '2025-06', date: { precision: 'month', relative: true } });
    expect(claims.map((c) => c.text)).not.toContain('Now');
  });

  it('001: the meeting on Tuesday, the trip on June 4', () => {
    const claims = seed('001');
    expect(claims.find((c) => c.line === 4 && c.text === 'Tuesday')).toMatchObject({ value: '2025-06-17', date: { event: 'meet' } });
    expect(claims.find((c) => c.text === 'June 4')).toMatchObject({ value: '2025-06-04', date: { event: 'visit', inferred: true } });
    expect(claims.find((c) => c.text === 'June 2024')).toMatchObject({ value: '2024-06', date: { event: 'sign' } });
  });

  it('002 (Dutch): dinsdag, 4 juni, juni 2024, deze maand', () => {
    const claims = seed('002');
    const find = (text: string) => claims.find((c) => c.text === text)!;
    expect(find('dinsdag')).toMatchObject({ value: '2025-06-17', date: { event: 'meet' } });
    expect(find('4 juni')).toMatchObject({ value: '2025-06-04', date: { precision: 'day', inferred: true, event: 'visit' } });
    expect(find('juni 2024')).toMatchObject({ value: '2024-06', date: { event: 'sign' } });
    expect(find('deze maand')).toMatchObject({ value: '2025-06' });
    expect(claims.map((c) => c.text)).not.toContain('zo');
  });

  it('003: last year, in April, in December, this month; not "Now" nor "for several weeks"', () => {
    const claims = seed('003');
    expect(claims.filter((c) => c.text === 'last year')[0]).toMatchObject({ value: '2024', date: { precision: 'year', event: 'sign' } });
    expect(claims.find((c) => c.text === 'April')).toMatchObject({ value: '2025-04', date: { precision: 'month', inferred: true } });
    expect(claims.find((c) => c.text === 'December')).toMatchObject({ value: '2024-12', date: { precision: 'month', inferred: true } });
    expect(claims.filter((c) => c.text === 'this month').map((c) => c.value)).toEqual(['2025-06', '2025-06']);
    const texts = claims.map((c) => c.text.toLowerCase());
    for (const never of ['now', 'weeks', 'several weeks', 'three-year-long', 'one-year']) expect(texts).not.toContain(never);
  });

  it('keeps exact offsets and stays inside sentences', () => {
    const text = readFileSync(new URL(readdirSync(SEED).find((f) => f.startsWith('003'))!, SEED), 'utf8');
    const source = sourceOf(text);
    for (const c of extractDates(source, langs.get('en')!)) {
      expect(c.text).toBe(text.slice(c.start, c.end));
      const s = source.sentences[c.sentence];
      expect(c.start >= s.start && c.end <= s.end).toBe(true);
    }
  });
});

describe('absolute dates', () => {
  it.each([
    ['It happened on March 01, 2008.', 'March 01, 2008', '2008-03-01', 'day'],
    ['Signed June 13, 2005 in Paris.', 'June 13, 2005', '2005-06-13', 'day'],
    ['The file is dated 2025-06-18 here.', '2025-06-18', '2025-06-18', 'day'],
    ['Filed 01-Mar-08 by staff.', '01-Mar-08', '2008-03-01', 'day'],
    ['Filed 13-Jun-05 by staff.', '13-Jun-05', '2005-06-13', 'day'],
    ['They met on the 4th of June 2019.', '4th of June 2019', '2019-06-04', 'day'],
    ['It opened in May 2013 downtown.', 'May 2013', '2013-05', 'month'],
    ['He was born in 2003 in Ohio.', '2003', '2003', 'year'],
    ['The 2003 quake destroyed Bam.', '2003', '2003', 'year'],
    ['Prices rose in 2010-11 sharply.', '2010-11', '2010', 'year'],
    ['On Tuesday, December 9, 2008, she left.', 'Tuesday, December 9, 2008', '2008-12-09', 'day'],
    ['Posted May 2, 2013 at 5:03pm today.', 'May 2, 2013', '2013-05-02', 'day'],
    ['Posted May 2, 2013 at 5:03pm today.', '5:03pm', 'T17:03', 'time'],
  ])('%j → %j = %s', (sentence, text, value, precision) => {
    expect(dates(sentence).map(brief)).toContainEqual({ text, value, precision });
  });

  it('reads three digits that end the sentence after a day and month as a year with a digit dropped, never a count', () => {
    expect(dates('The treaty was signed on 13 June 205.').map(brief)).toEqual([{ text: '13 June 205', value: '0205-06-13', precision: 'day' }]);
    expect(dates('On June 4 200 people came.').map((c) => c.text)).toEqual(['June 4']);
    expect(dates('On June 4, 150, more left.').map((c) => c.text)).toEqual(['June 4']);
  });

  it('Dutch day-month-year and month-year', () => {
    expect(dates('Het verdrag werd op 3 maart 2008 getekend.', 'nl').map(brief)).toEqual([
      { text: '3 maart 2008', value: '2008-03-03', precision: 'day' },
    ]);
    expect(dates('Sinds juni 2024 is er een pact.', 'nl').map(brief)).toEqual([{ text: 'juni 2024', value: '2024-06', precision: 'month' }]);
    expect(dates('Levering van 2014 tot 2016, niet van 2003 toestellen.', 'nl').map((c) => c.text)).toEqual(['2014', '2016']);
  });

  it('Feb. 22 without a year borrows it from the publication date', () => {
    const [c] = dates('The vote was held on Feb. 22 in the capital.', 'en', '2025-03-01');
    expect(c).toMatchObject({ text: 'Feb. 22', value: '2025-02-22', date: { inferred: true, relative: false } });
    const [dec] = dates('The fire started on December 28 near the port.', 'en', '2025-01-05');
    expect(dec.value).toBe('2024-12-28');
  });
});

describe('the event a date dates', () => {
  const eventOf = (sentence: string, text: string, lang = 'en') => dates(sentence, lang, '2025-06-18').find((c) => c.text === text)?.date?.event;

  it.each([
    ['He was arraigned Wednesday to face trial on bigamy and sexual assault charges.', 'Wednesday', 'charge'],
    ['He was convicted on Thursday.', 'Thursday', 'verdict'],
    ['The men were arrested on Tuesday.', 'Tuesday', 'arrest'],
    ['Seven have been convicted; another goes on trial this month.', 'this month', 'trial'],
    ['He was sentenced on Friday to life in prison.', 'Friday', 'sentence'],
    ['He appeared in court Wednesday on assault charges.', 'Wednesday', undefined],
    ['The gunmen opened fire in an attack on Monday.', 'Monday', 'attack'],
    ['Voters in 2009 approved a $3 million bond to buy the land.', '2009', 'approve'],
    ['She founded the clinic in 1990.', '1990', 'found'],
    ['The family sold the oil field in 1957.', '1957', 'acquire'],
    ['They married in June.', 'June', 'marry'],
    ['He pleaded guilty to obstruction of justice in July 1973.', 'July 1973', 'plead'],
    ['A Utah jury tossed out a 2008 conviction.', '2008', 'verdict'],
    ['Blackmore was excommunicated in 2002.', '2002', 'resign'],
    ['The agency proposed the new rules in May.', 'May', 'propose'],
    ['In 1955 Page was summoned to testify before the Senate.', '1955', 'testify'],
    ['In 1957, Page disappeared.', '1957', 'disappear'],
    ['The warehouse was built in 1935.', '1935', 'build'],
    // An event word inside a name dates nothing; a headline capitalises every word and keeps its events.
    ['He played a merchant in 2008 Doctor Who adventure The Fires of Pompeii.', '2008', undefined],
    ['Last Friday, Cramer went on a tirade on Street Signs.', 'Last Friday', undefined],
    ['Yesterday, at the Worldwide Developers Conference, Jobs unveiled the phone.', 'Yesterday', 'launch'],
    ['Church Fire Kills Two On Sunday', 'Sunday', 'fire'],
    // Event words are whole words: "won't" is no win; a part of a hyphenated word is one ("re-signed").
    ["Thomas was placed on injured reserve on Wednesday, meaning he won't play.", 'Wednesday', undefined],
    ['The Saints re-signed running back DeShawn Wynn on Tuesday.', 'Tuesday', 'sign'],
  ])('%s → %s: %s', (sentence, text, event: string | undefined) => {
    expect(eventOf(sentence, text)).toBe(event);
  });

  it('reads the legal steps apart in Dutch too', () => {
    expect(eventOf('Hij werd dinsdag aangeklaagd.', 'dinsdag', 'nl')).toBe('charge');
    expect(eventOf('Hij werd dinsdag veroordeeld.', 'dinsdag', 'nl')).toBe('verdict');
    expect(eventOf('De kiezers keurden in 2009 de lening goed.', '2009', 'nl')).toBe('approve');
    expect(eventOf('Zij richtte de kliniek in 1990 op.', '1990', 'nl')).toBe('found');
    expect(eventOf('Hij pleitte in juli 1973 schuldig.', 'juli 1973', 'nl')).toBe('plead');
    expect(eventOf('Het plan werd in mei voorgesteld.', 'mei', 'nl')).toBe('propose');
    expect(eventOf('Het pakhuis werd in 1935 gebouwd.', '1935', 'nl')).toBe('build');
    expect(eventOf('In 1957 verdween Page.', '1957', 'nl')).toBe('disappear');
  });
});

describe('times of day', () => {
  it.each([
    ['The talks began at 12:30 in Seoul.', '12:30', 'T12:30', 'en'],
    ['De gesprekken begonnen om 12.30 uur in Seoul.', '12.30 uur', 'T12:30', 'nl'],
    ['It struck at 3 p.m. local time.', '3 p.m.', 'T15:00', 'en'],
    ['It struck at 3pm local time.', '3pm', 'T15:00', 'en'],
    ['The quake hit at 15:00 GMT on the coast.', '15:00 GMT', 'T15:00', 'en'],
    ['Hij vertrok om 15 uur naar huis.', '15 uur', 'T15:00', 'nl'],
    ['She died at 0241 GMT in a hospital.', '0241 GMT', 'T02:41', 'en'],
  ])('%j → %s', (sentence, text, iso, lang) => {
    expect(dates(sentence, lang).map((c) => [c.text, c.value, c.date!.precision])).toEqual([[text, iso, 'time']]);
  });
});

describe('never a date', () => {
  it.each([
    ['en', 'The army may send 6,000 troops at 6,000 feet.'],
    ['nl', 'Het leger stuurt om 6.000 soldaten naar zo\'n plek.'],
    ['en', 'Now, the talks continue for several weeks and two weeks more.'],
    ['en', 'The 33-year-old actress spent three-year-long stints abroad.'],
    ['en', 'A death toll of 2003 people was reported, with 2003 injured.'],
    ['en', 'Some 1200 people and 2359 more came.'],
    ['en', 'Protesters march through the city; the Boeing 747 and model 2100 were shown.'],
    ['en', 'The score was 20-13 and the odds 2:1, with a ratio of 3/4.'],
    ['en', 'April Ryan asked the question.'],
    ['nl', 'Het duurde 3 uur voordat hij sprak.'],
    ['en', 'The fund holds $2.50 a share, up 1.25 points.'],
  ])('%s: %j', (lang, sentence) => {
    expect(dates(sentence, lang).map((c) => c.text)).toEqual([]);
  });
});

describe('relative expressions', () => {
  it('keeps the words as value when there is no publication date', () => {
    const [c] = dates('Kim met Shoigu on Tuesday in Pyongyang.');
    expect(c).toMatchObject({ text: 'Tuesday', value: 'Tuesday', date: { relative: true, pending: { weekday: 2 } } });
  });

  it('future tense points a weekday forward', () => {
    const [c] = dates('The minister will travel to Rome on Friday.', 'en', '2025-06-18');
    expect(c).toMatchObject({ text: 'Friday', value: '2025-06-20' });
    const [past] = dates('The minister travelled to Rome on Friday.', 'en', '2025-06-18');
    expect(past.value).toBe('2025-06-13');
  });

  it('marks what is said of the future as planned', () => {
    expect(dates('The company will announce the results next year.', 'en', '2025-06-18')[0].date?.planned).toBe(true);
    expect(dates('The minister will travel to Rome on Friday.', 'en', '2025-06-18')[0].date?.planned).toBe(true);
    expect(dates('The company announced the results today.', 'en', '2025-06-18')[0].date?.planned).toBeUndefined();
  });

  it('a future marker in a later clause does not move the date', () => {
    expect(dates('The company announced Friday that it will give every owner a free case.', 'en', '2025-06-18')[0].value).toBe('2025-06-13');
    expect(dates('Het bedrijf maakte vrijdag bekend dat het elke eigenaar een hoesje zal geven.', 'nl', '2025-06-18')[0].value).toBe('2025-06-13');
    expect(dates('Dinsdag zal de minister naar Rome reizen.', 'nl', '2025-06-18')[0].value).toBe('2025-06-24');
  });

  it.each([
    ['yesterday', 'The plane landed yesterday.', '2025-06-17'],
    ['today', 'The plane lands today.', '2025-06-18'],
    ['tomorrow', 'The plane lands tomorrow.', '2025-06-19'],
    ['last week', 'The plane landed last week.', '2025-06'],
    ['earlier this month', 'The plane landed earlier this month.', '2025-06'],
    ['last month', 'The plane landed last month.', '2025-05'],
    ['next year', 'The plane lands next year.', '2026'],
    ['last Thursday', 'The plane landed last Thursday.', '2025-06-12'],
  ])('%s', (text, sentence, value) => {
    expect(dates(sentence, 'en', '2025-06-18').map((c) => [c.text, c.value])).toEqual([[text, value]]);
  });

  it.each([
    ['three days ago', 'The plane landed three days ago.', '2025-06-15'],
    ['2 years ago', 'The plane landed 2 years ago.', '2023'],
    ['a year ago', 'The plane landed a year ago.', '2024'],
  ])('%s', (text, sentence, value) => {
    expect(dates(sentence, 'en', '2025-06-18').map((c) => [c.text, c.value])).toEqual([[text, value]]);
  });

  it('"ago" needs a count and a unit: not "years ago" or "long ago"', () => {
    expect(dates('It happened years ago, long ago.', 'en', '2025-06-18')).toEqual([]);
  });

  it.each([
    ['twee jaar geleden', 'Het vliegtuig landde twee jaar geleden.', '2023'],
    ['gisteren', 'Het vliegtuig landde gisteren.', '2025-06-17'],
    ['vorig jaar', 'Het verdrag werd vorig jaar getekend.', '2024'],
    ['volgend jaar', 'Het verdrag wordt volgend jaar getekend.', '2026'],
    ['vorige maand', 'Het vliegtuig landde vorige maand.', '2025-05'],
    ['afgelopen maand', 'Ford verkocht afgelopen maand 42% minder.', '2025-05'],
    ['dinsdagavond', 'Het vliegtuig landde dinsdagavond.', '2025-06-17'],
  ])('nl %s', (text, sentence, value) => {
    expect(dates(sentence, 'nl', '2025-06-18').map((c) => [c.text, c.value])).toEqual([[text, value]]);
  });

  it('marks a claim inferred when the publication date itself was borrowed', () => {
    const source = sourceOf('They met on Tuesday.', { published: '2025-06-18', publishedInferred: true });
    const [c] = resolveDates(extractDates(source, langs.get('en')!), [source], langs);
    expect(c.date).toMatchObject({ iso: '2025-06-17', relative: true, inferred: true });
    expect(c.date!.pending).toBeUndefined();
  });
});

describe('robustness', () => {
  // Speed is measured by `npm run bench`; the timeouts only catch a hang (growth is tested in test/perf).
  it('finishes a 200,000-digit line, a 3 MB source and a 3 MB single sentence', { timeout: 30_000 }, () => {
    const digits = sourceOf('1'.repeat(200_000) + ' in 2003');
    const story = readFileSync(new URL(readdirSync(SEED).find((f) => f.startsWith('000'))!, SEED), 'utf8');
    const big = story.repeat(Math.ceil(3e6 / story.length));
    const lines = sourceOf(big);
    const oneLine = sourceOf(big.replace(/\n/g, ' '));
    expect(extractDates(digits, langs.get('en')!).map((c) => c.text)).toEqual(['2003']);
    const perLine = extractDates(lines, langs.get('en')!);
    const single = extractDates(oneLine, langs.get('en')!);
    expect(perLine.length).toBeGreaterThan(5000);
    expect(single.map((c) => c.text)).toEqual(perLine.map((c) => c.text));
  });

  it('reads text without spaces, dense with date words', { timeout: 30_000 }, () => {
    const dense = sourceOf('May-4-08-'.repeat(20_000));
    const joined = sourceOf('x-May-4-x-'.repeat(20_000));
    const claims = extractDates(dense, langs.get('en')!);
    expect(extractDates(joined, langs.get('en')!)).toEqual([]);
    expect(claims.length).toBe(20_000);
    expect(claims[0]).toMatchObject({ text: 'May-4-08', value: '2008-05-04' });
  });

  it('returns nothing for a source without sentences', () => {
    expect(extractDates({ ...sourceOf('June 4, 2025'), sentences: [] }, langs.get('en')!)).toEqual([]);
  });
});

describe('refinements', () => {
  it('ends a claim before a possessive', () => {
    expect(dates("He skipped last year's elections and February's vote.").map((c) => c.text)).toEqual(['last year', 'February']);
  });

  it('joins a month to a relative year: September last year, januari volgend jaar', () => {
    expect(dates('Prices peaked in September last year.', 'en', '2009-03-05').map((c) => [c.text, c.value])).toEqual([
      ['September last year', '2008-09'],
    ]);
    expect(dates('De terminal opent in januari volgend jaar.', 'nl', '2007-10-05').map((c) => [c.text, c.value])).toEqual([
      ['januari volgend jaar', '2008-01'],
    ]);
  });

  it('counts "the previous year", "a year earlier" from the sentence\'s own date before them, else from publication', () => {
    const pairs = (text: string, lang = 'en') => dates(text, lang, '2009-03-05').map((c) => [c.text, c.value, c.date!.said ?? null]);
    expect(pairs('Ford sold 13.2 million cars last year, 18% fewer than the year before.')).toEqual([
      ['last year', '2008', 'year -1'],
      ['the year before', '2007', null],
    ]);
    expect(pairs('In 2005 sales rose after a fall the previous year.')).toEqual([
      ['2005', '2005', null],
      ['the previous year', '2004', null],
    ]);
    // No date before it in its sentence: a year before publication, as "last year" is.
    expect(pairs('Toyota reported a 32% drop from a year earlier.')).toEqual([['a year earlier', '2008', 'year -1']]);
    expect(pairs('In de VS werd vorig jaar 13,2 miljoen auto verkocht, 18% minder dan het jaar daarvoor.', 'nl')).toEqual([
      ['vorig jaar', '2008', 'year -1'],
      ['het jaar daarvoor', '2007', null],
    ]);
  });

  it('reads "earlier in the week" as this week and "het komende jaar" as next year', () => {
    expect(dates('Ford beat predictions earlier in the week.', 'en', '2009-03-05').map((c) => c.value)).toEqual(['2009-03']);
    expect(dates('In het komende jaar verzekert de schatkist de fondsen.', 'nl', '2009-03-05').map((c) => c.value)).toEqual(['2010']);
  });

  it('joins a relative year to the month after it: volgend jaar in januari', () => {
    expect(dates('Terminal 3 opent volgend jaar in januari zijn deuren.', 'nl', '2007-10-17').map((c) => [c.text, c.value])).toEqual([
      ['volgend jaar in januari', '2008-01'],
    ]);
  });

  it('reads a day and its time as two claims, in whichever order a language puts them', () => {
    const en = dates('In a press conference at 16:15 UTC, June 1st, he spoke.', 'en', '2009-06-04');
    const nl = dates('Tijdens een persconferentie op 1 juni om 16.15 uur sprak hij.', 'nl', '2009-06-04');
    expect(en.map((c) => [c.text, c.value, c.date!.precision])).toEqual([['16:15 UTC', 'T16:15', 'time'], ['June 1st', '2009-06-01', 'day']]);
    expect(nl.map((c) => [c.text, c.value, c.date!.precision])).toEqual([['1 juni', '2009-06-01', 'day'], ['16.15 uur', 'T16:15', 'time']]);
    expect(dates('The fire broke out at 5 a.m. Saturday.', 'en', '2013-07-22').map((c) => c.value)).toEqual(['T05:00', '2013-07-20']);
    expect(dates('Het toestel vloog donderdag om 18.00 uur UTC.', 'nl', '2009-12-16').map((c) => c.value)).toEqual(['2009-12-10', 'T18:00']);
  });

  it('a zone offset or a game clock is not a time of day', () => {
    expect(dates('Posted at 15:39 (GMT+05:00) today.').map((c) => c.text)).toEqual(['15:39', 'today']);
    expect(dates('He scored with 4:08 to go, and the fight ended at the 2:15 mark.').map((c) => c.text)).toEqual([]);
  });
});
