// Ages and distances are keyed by the name written next to them: an age is never a casualty count, a distance
// carries the place it is measured from.
import { describe, expect, it } from 'vitest';
import { quantities } from './helpers.js';
import { runStory } from '../../helpers/story.js';

const described = (text: string, language = 'en') =>
  quantities(text, language).map((c) => ({ text: c.text, number: c.quantity!.number, frame: c.quantity!.frame, head: c.quantity!.head }));

describe('ages', () => {
  it.each([
    ['Robert Buckley, 32, was killed in the fall.', 'en', '32', 32, 'Robert Buckley'],
    ['The victims were Catherine Gomes, 61.', 'en', '61', 61, 'Catherine Gomes'],
    ['The 36-year-old Duncan Rait died on Friday.', 'en', '36-year-old', 36, 'Duncan Rait'],
    ['Robert Buckley, a 32-year-old climber, died.', 'en', '32-year-old', 32, 'Robert Buckley'],
    ['He was aged 33 when he died.', 'en', '33', 33, undefined],
    ['The victim, aged 33, was named.', 'en', '33', 33, undefined],
    ['Mary Smith, aged 33, was named.', 'en', '33', 33, 'Mary Smith'],
    ['The man was 48 years old.', 'en', '48 years old', 48, undefined],
    ['A tape of the 11-year old girl was played.', 'en', '11-year old', 11, undefined],
    ['De 32-jarige Robert Buckley kwam om.', 'nl', '32-jarige', 32, 'Robert Buckley'],
  ])('%s (%s)', (text, lang, claim, n, head) => {
    expect(described(text, lang)).toEqual([{ text: claim, number: n, frame: 'age', head }]);
  });

  it('reads the first of a list of ages as an age, not a death toll', () => {
    expect(described('The women killed, who were 61 and 48 years old, were not named.').map((c) => [c.text, c.frame])).toEqual([
      ['61', 'age'],
      ['48 years old', 'age'],
    ]);
  });

  it('does not take a count after a place, a year or a decimal for an age', () => {
    expect(described('In Paris, 32 people were killed.')[0]).toMatchObject({ number: 32, frame: 'casualties.killed' });
    expect(described('Prices in Boston, 2.5 percent higher.')[0].frame).toBe('percent');
    // No age of 1990: the only figure is the count of none.
    expect(described('In Paris, 1990, nobody was killed.').map((c) => [c.text, c.frame])).toEqual([['nobody was killed', 'casualties.killed']]);
    expect(described('It was a 10-year-old car with 200,000 miles.').map((c) => c.frame)).toEqual(['age', 'distance']);
  });
});

describe('win-loss records', () => {
  const parts = (text: string, language = 'en') => described(text, language).map((c) => [c.text, c.frame, c.head]);

  it('reads a record in brackets after a name, and the figure beside it, as that name\'s', () => {
    expect(parts('Wladimir Klitschko (52-3, 46 KOs) beat Hasim Rahman (45-7-2) on Saturday.')).toEqual([
      ['52', 'record.wins', 'Wladimir Klitschko'],
      ['3', 'record.losses', 'Wladimir Klitschko'],
      ['46', 'record.knockouts', 'Wladimir Klitschko'],
      ['45', 'record.wins', 'Hasim Rahman'],
      ['7', 'record.losses', 'Hasim Rahman'],
      ['2', 'record.draws', 'Hasim Rahman'],
    ]);
    expect(parts('Ajax (12-3) won again.', 'nl')).toEqual([
      ['12', 'record.wins', 'Ajax'],
      ['3', 'record.losses', 'Ajax'],
    ]);
  });

  it('reads a record between commas only with its draws or a figure beside it', () => {
    expect(parts("Former champion Riddick Bowe, 43-1, 33 KO's, returned.").map((p) => p[1])).toEqual(['record.wins', 'record.losses', 'record.knockouts']);
    expect(parts('The Colts beat the host Jaguars, 31-24, on Thursday night.')).toEqual([]);
    expect(parts('They beat Drake 65-53 in the final.')).toEqual([]);
  });

  it('takes no year span, longer number or code for a record', () => {
    expect(parts('The Tigers (1990-1991) were champions.')).toEqual([]);
    expect(parts('Route (12-3a) is closed.')).toEqual([]);
    expect(parts('He served (2-3 years) in prison.').map((p) => p[1])).toEqual(['duration']);
  });
});

describe('distances', () => {
  it.each([
    ['The quake was centered about two miles from The Geysers.', 'en', 'Geysers'],
    ['It struck four miles west of Cobb.', 'en', 'Cobb'],
    ['It struck 26 miles north-northeast of Santa Rosa.', 'en', 'Santa Rosa'],
    ['Het epicentrum lag 20 kilometer ten noorden van Lelystad.', 'nl', 'Lelystad'],
  ])('%s (%s) → measured from %s', (text, lang, place) => {
    expect(described(text, lang)[0]).toMatchObject({ frame: 'distance', head: place });
  });

  it('keeps the head noun when no place follows', () => {
    expect(described('The airliner has a 79-metre wingspan.')[0]).toMatchObject({ frame: 'distance', head: 'wingspan' });
    expect(described('The 4.5-mile tunnel opened.')[0]).toMatchObject({ frame: 'distance', head: 'tunnel' });
  });

  it.each([
    ['The plane flew 300 miles north.', 'en'],
    ['The epicentre was 60 miles north of the city.', 'en'],
    ['Het epicentrum lag 20 kilometer ten noorden van de stad.', 'nl'],
  ])('takes no direction for the place measured from: %s', (text, lang) => {
    const [distance] = described(text, lang);
    expect(distance.frame).toBe('distance');
    expect(distance.head).toBeUndefined();
  });
});

describe('magnitudes of other quakes', () => {
  it('gives aftershocks and later different magnitudes their own frames', () => {
    const found = described(
      'A magnitude 4.6 earthquake struck at 2 a.m.\nIt was followed by a 2.9 aftershock.\nThe largest quake there measured 4.5.\nThe 4.6 quake was felt widely.',
    );
    expect(found.map((c) => [c.number, c.frame])).toEqual([
      [4.6, 'earthquake.magnitude'],
      [2.9, 'earthquake.aftershock-magnitude'],
      [4.5, 'earthquake.other-magnitude'],
      [4.6, 'earthquake.magnitude'],
    ]);
  });

  it('counts aftershocks written as a plural: "two aftershocks" is how many, not how strong', () => {
    const [two] = described('Two aftershocks, magnitude 2.9 and 2.2, occurred immediately following.');
    expect(two.number).toBe(2);
    expect(two.frame).toBeUndefined();
  });

  it('reads "a number of" as an open amount', () => {
    const [c] = quantities('A number of residents were evacuated.');
    expect(c.quantity).toMatchObject({ qualifier: 'vague', vague: 'unspecified', interval: { min: 2, max: Infinity } });
  });
});

describe('rates of money', () => {
  it.each([
    ['He offered eight years and $184 million, or $23 million per season.', 'en', '$23 million', 'season'],
    ['It was $184 million, or a $23 million average annual value.', 'en', '$23 million', 'year'],
    ['She earns $5 million a year.', 'en', '$5 million', 'year'],
    ['Hij verdient 5 miljoen euro per jaar.', 'nl', '5 miljoen euro', 'year'],
    ['He offered eight years and $184 million.', 'en', '$184 million', undefined],
  ])('%s → %s per %s', (sentence, language, text, per) => {
    expect(quantities(sentence, language).find((c) => c.text === text)?.quantity?.per).toBe(per);
  });

  it('sets a rate apart from the total it is part of', () => {
    const r = runStory({
      a: ' date 2024-03-02\nThe club will pay the coach $3 million under the new contract, the club said.\n',
      b: ' date 2024-03-02\nThe club will pay the coach $250,000 a month under the new contract, the club said.\n',
    });
    const pay = r.slots.filter((s) => s.kind === 'quantity');
    expect(pay.map((s) => [s.label, s.status])).toEqual([
      ['money', 'single'],
      ['money per month', 'single'],
    ]);
  });
});

