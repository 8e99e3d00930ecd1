// Numbers: separators by language, number words, scales, and what is not a quantity.
import { describe, expect, it } from 'vitest';
import { only, quantities, texts } from './helpers.js';

describe('numbers by language', () => {
  it.each([
    ['They sent 6,000 troops.', 'en', 6000],
    ['Ze stuurden 6.000 militairen.', 'nl', 6000],
    ['Prices rose 2.5 percent.', 'en', 2.5],
    ['De prijzen stegen 2,5 procent.', 'nl', 2.5],
    ['The firm hired 5000 workers.', 'en', 5000],
    ['The deal is worth 20.1 billion dollars.', 'en', 20.1e9],
    ['Het contract is 20,1 miljard dollar waard.', 'nl', 20.1e9],
    ['They sent six thousand troops.', 'en', 6000],
    ['They sent two dozen troops.', 'en', 24],
    ['They sent twenty-five troops.', 'en', 25],
    ['Ze stuurden zes duizend militairen.', 'nl', 6000],
    ['Ze stuurden tweeduizend militairen.', 'nl', 2000],
    ['Ze stuurden vijfentwintig militairen.', 'nl', 25],
    ['A million people fled.', 'en', 1e6],
    ['The bank lost $40bn last year.', 'en', 40e9],
    ['The club paid £26m for him.', 'en', 26e6],
    ['Het kost 4,6 miljard euro.', 'nl', 4.6e9],
  ])('%s (%s) → %d', (text, lang, n) => {
    expect(only(text, lang).quantity?.number).toBe(n);
  });
});

describe('not quantities', () => {
  it.each([
    ['The pact was signed in 2024.', 'en'],
    ['Het pact werd in juni 2024 getekend.', 'nl'],
    ['They met at 12:30 on Tuesday.', 'en'],
    ['Ze ontmoetten elkaar om 12.30 uur.', 'nl'],
    ['The meeting starts at 3 p.m. sharp.', 'en'],
    ['It was his second trip and the 21st meeting.', 'en'],
    ['Het was zijn tweede bezoek, de 21e ontmoeting.', 'nl'],
    ['The Airbus A330 beat the KC-45 and the 737.', 'en'],
    ['Boeing 787 deliveries resumed.', 'en'],
    ['North Korea is one of Russia\'s allies.', 'en'],
    ['Either side attacked by a third party.', 'en'],
    ['It marked the one-year anniversary.', 'en'],
    ['Its more than three-year-long offensive.', 'en'],
    ['On June 4 they met again.', 'en'],
    ['Op 4 juni kwamen ze weer bijeen.', 'nl'],
    ['Flight 93 crashed in a field.', 'en'],
    ['The 9/11 attacks changed everything.', 'en'],
    ['The story was filed on 2025-06-18.', 'en'],
    ['Leaders of the two countries met.', 'en'],
    ['De leiders van de twee landen spraken.', 'nl'],
    // A part named after its whole, as "one of them" is in English: "Twee brandweerlieden raakten gewond, van wie één ernstig".
    ['Ze raakten gewond, van wie één ernstig.', 'nl'],
    ['Ze raakten gewond, waarvan twee ernstig.', 'nl'],
    ['Several said so.', 'en'],
    ['The 1990s were different.', 'en'],
    ['The score was 3-1 at half time.', 'en'],
    ['A 720×720 display.', 'en'],
    ['Users of the iPhone 4 complained.', 'en'],
    ['The new Safari 4.0 webbrowser shipped.', 'en'],
    ['The departments reported Dec. 11 final changes.', 'en'],
    ['There is not one scintilla of evidence.', 'en'],
    // A rank after its abbreviation: "No. 1" counts nothing.
    ['iTunes became the No. 1 music seller.', 'en'],
    ['iTunes werd de nr. 1 muziekverkoper in de VS.', 'nl'],
  ])('%s (%s)', (text, lang) => {
    expect(texts(text, lang)).toEqual([]);
  });
  it('keeps a 4-digit number with a known head', () => {
    expect(only('As many as 2003 people were evacuated.').quantity).toMatchObject({ number: 2003, role: 'people', predicate: 'evacuate' });
  });
  it('reads a number after a capitalised predicate as a count, not a model number', () => {
    // A headline's capitals make "Kills" look like a name before a number ("Boeing 787").
    for (const headline of ['QUAKE KILLS 12 IN CHILE', 'Suspended Worker Kills 2 Women in Factory Shooting']) {
      expect(quantities(headline).map((c) => c.quantity?.predicate)).toEqual(['kill']);
    }
  });
  it('keeps a grouped number after a capitalised name (Dutch word order)', () => {
    expect(only('Hij zei dat Noord-Korea 6.000 militairen stuurt.', 'nl').quantity?.role).toBe('troops');
  });
  // Speed is measured by `npm run bench`; the timeouts only catch a hang (growth is tested in test/perf).
  it('survives pathological lines', { timeout: 30_000 }, () => {
    expect(quantities('1'.repeat(200_000) + ' troops')).toHaveLength(1);
    expect(quantities('1,'.repeat(100_000) + '5 troops')).toEqual([]);
    expect(quantities('a-'.repeat(100_000) + '5')).toEqual([]);
    expect(quantities('six '.repeat(2_000) + 'troops').length).toBeGreaterThan(0);
  });
  it('reads a 3 MB source', { timeout: 30_000 }, () => {
    const line = 'Around 600 soldiers were killed and thousands more wounded, the 33-year-old officer said on June 4. ';
    const text = (line + 'Nothing else happened in the capital that day, officials told reporters in the afternoon.\n').repeat(16_000);
    expect(quantities(text)).toHaveLength(48_000);
  });
});

describe('vague amounts', () => {
  it.each([
    ['Thousands of troops were deployed.', 'en', 'thousands', 'Thousands of'],
    ['Dozens were injured.', 'en', 'dozens', 'Dozens'],
    ['Hundreds of homes burned.', 'en', 'hundreds', 'Hundreds of'],
    ['Tens of thousands of people fled.', 'en', 'tens-of-thousands', 'Tens of thousands of'],
    ['Several soldiers died.', 'en', 'several', 'Several'],
    ['A few houses collapsed.', 'en', 'a-few', 'A few'],
    ['Duizenden soldaten werden ingezet.', 'nl', 'thousands', 'Duizenden'],
    ['Tientallen mensen raakten gewond.', 'nl', 'dozens', 'Tientallen'],
    ['Honderden huizen brandden af.', 'nl', 'hundreds', 'Honderden'],
    ['Hundreds of millions of users were affected.', 'en', 'hundreds-of-millions', 'Hundreds of millions of'],
    ['Billions of people watched.', 'en', 'billions', 'Billions of'],
    ['Miljarden mensen keken.', 'nl', 'billions', 'Miljarden'],
    ['Tientallen miljoenen mensen keken.', 'nl', 'tens-of-millions', 'Tientallen miljoenen'],
  ])('%s', (text, lang, key, claimText) => {
    const c = only(text, lang);
    expect(c.text).toBe(claimText);
    expect(c.quantity).toMatchObject({ qualifier: 'vague', vague: key, number: null });
    expect(c.value).toEqual({ min: c.quantity!.interval.min, max: c.quantity!.interval.max });
  });
  it('reads the unit after the partitive: "millions of dollars" is money, "hundreds of miles" a distance', () => {
    expect(only('The car made the company millions of dollars.').quantity).toMatchObject({ vague: 'millions', unit: 'usd', frame: 'money' });
    expect(only('They walked hundreds of miles.').quantity).toMatchObject({ vague: 'hundreds', unit: 'km', unitWritten: 'mile' });
    expect(only('Hundreds of police officers searched.').quantity).toMatchObject({ vague: 'hundreds', role: 'police' });
  });
  it('fits "thousands of troops" around 6,000', () => {
    const { interval } = only('Thousands of troops were deployed.').quantity!;
    expect(interval.min <= 6000 && 6000 <= interval.max).toBe(true);
  });
});

describe('fractions of a whole', () => {
  it('reads "2 1/2", "2-1/2" and "2½" as 2.5, and nothing else with a slash', () => {
    expect(quantities('He was sentenced to 2 1/2 years in prison.').map((c) => [c.text, c.quantity?.unit])).toEqual([['2 1/2 years', 'day']]);
    expect(quantities('He served 9 months of a 2-1/2 year sentence.').map((c) => c.text)).toEqual(['9 months', '2-1/2 year']);
    expect(only('The wall was 2½ metres high.').quantity?.number).toBeCloseTo(0.0025, 6);
    expect(quantities('The ratio was 5 3/20 at the time.').map((c) => c.text)).not.toContain('5 3/20');
  });

  it('reads a fraction whose slash copy split into words spaced ("4 1 / 2 hours"), never a date ("12 / 2 / 2010")', () => {
    expect(only('He testified for 4 1 / 2 hours on Wednesday.').quantity?.number).toBeCloseTo(4.5 / 24, 6);
    expect(only('He served a 4-1 / 2-month prison term.').quantity?.number).toBeCloseTo(4.5 * 30.436875, 3);
    expect(texts('Updated 12 / 2 / 2010 and 3 1 / 2 / 2010.')).toEqual([]);
  });

  it.each([
    ['She lived half a mile away.', 'en', 'half a mile', 0.5 * 1.609344],
    ['She had moved about a mile and a half away.', 'en', 'about a mile and a half', 1.5 * 1.609344],
    ['They walked two miles and a half.', 'en', 'two miles and a half', 2.5 * 1.609344],
    ['He served two and a half years.', 'en', 'two and a half years', 2.5 * 365.2425],
    ['The deal is worth half a billion dollars.', 'en', 'half a billion dollars', 5e8],
    ['It lasted half a century.', 'en', 'half a century', 50 * 365.2425],
    ['Het duurde anderhalf uur.', 'nl', 'anderhalf uur', 1.5 / 24],
    ['Hij zat tweeënhalf jaar in de cel.', 'nl', 'tweeënhalf jaar', 2.5 * 365.2425],
    ['Ze woonde een halve kilometer verderop.', 'nl', 'een halve kilometer', 0.5],
    ['Het kostte anderhalf miljard euro.', 'nl', 'anderhalf miljard euro', 1.5e9],
  ])('reads a half written in words: %s', (sentence, lang, text, value) => {
    const claim = only(sentence, lang);
    expect(claim.text).toBe(text);
    expect(claim.quantity!.number).toBeCloseTo(value, 6);
  });

  it('reads a half in words only as an amount of a unit or a multiple', () => {
    expect(texts('The Netherlands reached the semi-final, een halve finale.')).toEqual([]);
    expect(texts('Ajax speelt zondag een halve finale.', 'nl')).toEqual([]);
    expect(texts('He took half a step back.')).toEqual([]);
    expect(texts('They sold half a dozen cars.')).toEqual(['half a dozen']);
  });
});

describe('a number and its unit in one word, or the unit alone', () => {
  const DAYS = { hour: 1 / 24, day: 1, year: 365.2425 };
  it.each([
    ['Japan may enter its deepest recession in a decade.', 'en', 'a decade', 10 * DAYS.year, 'exact'],
    ['Indexes closed at their lowest in over a decade.', 'en', 'over a decade', 10 * DAYS.year, 'more-than'],
    ['The church stood for more than a century.', 'en', 'more than a century', 100 * DAYS.year, 'more-than'],
    ['Het was de ergste daling in een decennium.', 'nl', 'een decennium', 10 * DAYS.year, 'exact'],
    ['De A380 landde na een twaalfurige vlucht.', 'nl', 'twaalfurige', 12 * DAYS.hour, 'exact'],
    ['De A380 landde na een 12-urige vlucht.', 'nl', '12-urige', 12 * DAYS.hour, 'exact'],
    ['Wall Street sloot een vierdaagse opleving af.', 'nl', 'vierdaagse', 4 * DAYS.day, 'exact'],
    ['Het was een tweedaags congres.', 'nl', 'tweedaags', 2 * DAYS.day, 'exact'],
  ])('reads a long unit after an article, or a unit glued to a number word: %s', (sentence, lang, text, days, qualifier) => {
    const claim = only(sentence, lang);
    expect(claim.text).toBe(text);
    expect(claim.quantity).toMatchObject({ unit: 'day', qualifier });
    expect(claim.quantity!.number).toBeCloseTo(days, 6);
  });

  it('reads "twice" and "thrice" as a number of times', () => {
    expect(only('Apple Corps has twice before sued Apple Computer.').quantity).toMatchObject({ number: 2, unit: 'times' });
    expect(only('The gunman shot him thrice.').quantity).toMatchObject({ number: 3, unit: 'times' });
  });

  it('reads the Dutch plural of a count of times', () => {
    expect(only('Het gebeurde drie keren.', 'nl').quantity).toMatchObject({ number: 3, unit: 'times' });
    expect(only('Hij werd verscheidene malen beschoten.', 'nl').quantity).toMatchObject({ vague: 'several', unit: 'times' });
  });

  it('reads no amount in an article before a short or plural unit, or in a word that only starts like a number', () => {
    expect(texts('A day after the quake, a mile from the coast, a decades-long feud ended.')).toEqual([]);
    expect(texts('Ze liepen de Vierdaagse en kochten een driehoek.', 'nl')).toEqual([]);
  });
});

describe('a group broken by a space', () => {
  it('reads "2, 000ft" as 2,000 feet, and never a lone "000"', () => {
    expect(texts('He fell around 2, 000ft to his death.')).toEqual(['around 2, 000ft']);
    expect(only('He fell around 2, 000ft to his death.').quantity?.number).toBeCloseTo(0.6096, 4);
    expect(texts('In 2, 350 people came.')).not.toContain('2, 350 people');
    expect(texts('Code 000 was shown.')).toEqual([]);
  });
});

describe('a glued suffix that is both a scale and a unit', () => {
  it.each([
    ['He fell about 60m to his death.', 'km', 0.06],
    ['The club paid £26m for him.', 'gbp', 26e6],
    ['They raised 26m euros.', 'eur', 26e6],
  ])('%s → %s %d', (text, unit, n) => {
    expect(only(text).quantity).toMatchObject({ unit, number: n });
  });
});

describe('scale words after a number', () => {
  it.each([
    ['HP will pay $12 billion to $13 billion-a price that is high.', { min: 12e9, max: 13e9 }],
    ['The deal was worth $5.4bn in cash.', { min: 5.4e9, max: 5.4e9 }],
    ['It lost $0.9 billion last year.', { min: 0.9e9, max: 0.9e9 }],
    ['It lost $20 million - a record.', { min: 20e6, max: 20e6 }],
  ])('%s', (text, interval) => {
    expect(quantities(text)[0].quantity?.interval).toEqual(interval);
  });

  it('ends the claim where a dash without spaces cuts the scale word', () => {
    expect(texts('HP will pay $12 billion to $13 billion-a price that is high.')).toEqual(['$12 billion to $13 billion']);
  });
});

describe('finance abbreviations', () => {
  it('reads "$160MM" as 160 million dollars', () => {
    expect(quantities('The Nationals are at eight years, $160MM.')[1].quantity).toMatchObject({ unit: 'usd', number: 160e6 });
  });
});
