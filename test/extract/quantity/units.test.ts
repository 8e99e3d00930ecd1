// Units (rules/units.json + unitWords) and slot frames (rules/frames.json).
import { describe, expect, it } from 'vitest';
import { only, quantities, sourceOf, texts } from './helpers.js';
import { extractClaims } from '../../../src/extract/index.js';
import { loadLanguages } from '../../../src/lexicon/load.js';

const overlaps = (a: { min: number; max: number }, b: { min: number; max: number }) => a.min <= b.max && b.min <= a.max;

describe('units', () => {
  it('converts to the canonical unit and keeps the stated precision', () => {
    const miles = only('The storm moved 60 miles inland.').quantity!;
    const km = only('De storm trok 97 kilometer landinwaarts.', 'nl').quantity!;
    expect([miles.unit, km.unit]).toEqual(['km', 'km']);
    expect(miles.number).toBeCloseTo(96.56, 2);
    expect(overlaps(miles.interval, km.interval)).toBe(true);
    expect(overlaps(miles.interval, only('It moved 120 kilometres inland.').quantity!.interval)).toBe(false);
  });
  it('gives a hedge ±5 % of the number, not half its last digit, and widens only exact conversions', () => {
    const about = (text: string) => only(text).quantity!.interval;
    expect(overlaps(about('The epicentre was about 20 miles north of the town.'), about('The epicentre was about 26 miles north of the town.'))).toBe(false);
    expect(overlaps(about('He fell about 2,000 feet on the ridge.'), about('He fell about 600 metres on the ridge.'))).toBe(true);
    expect(overlaps(about('He fell about 2,000 feet on the ridge.'), about('He fell some 700 metres on the ridge.'))).toBe(false);
  });
  it('reads storage sizes, and a unit glued to its number is not a name', () => {
    expect(quantities('It comes in a 30GB edition and a 60 GB edition.').map((c) => [c.text, c.quantity!.unit])).toEqual([['30GB', 'gb'], ['60 GB', 'gb']]);
    const claims = extractClaims(sourceOf('It comes in a 30GB edition and a 60 GB edition.'), loadLanguages().get('en')!);
    expect(claims.filter((c) => c.entity).map((c) => c.text)).toEqual([]);
  });
  it('reads pounds as a weight when the sentence weighs something or converts it to kilograms', () => {
    const unit = (text: string, lang = 'en') => only(text, lang).quantity!.unit;
    expect(unit('The laptop weighs under 4.5 pounds.')).toBe('kg');
    expect(unit('The 11-inch model comes in at 2.38 pounds (1.08 kg).')).toBe('kg');
    expect(unit('The ticket cost 4.5 pounds.')).toBe('gbp');
    expect(unit('De laptop weegt 2 pond.', 'nl')).toBe('kg');
  });
  it('reads an ordinal anniversary as the years it counts, and a lustrum as five years', () => {
    const years = (text: string, lang = 'en') => {
      const q = only(text, lang).quantity!;
      return [q.frame, q.number / 365.2425];
    };
    expect(years('We are responding to the 20th anniversary of the 1987 crash.')).toEqual(['duration', 20]);
    expect(years('Qantas held its 85th birthday celebrations.')).toEqual(['duration', 85]);
    expect(years('Qantas vierde haar 85e verjaardag.', 'nl')).toEqual(['duration', 85]);
    expect(years('We reageren op het 20e lustrum van de beurskrach.', 'nl')).toEqual(['duration', 100]);
    expect(years('Dat duurde twee lustra.', 'nl')).toEqual(['duration', 10]);
    // An ordinal of anything else is a rank, not an amount.
    expect(texts('She finished 3rd in the 20th race.')).toEqual([]);
  });
  it('reads feet, tonnes and hyphenated units', () => {
    expect(only('The wave was 30 feet high.').quantity?.number).toBeCloseTo(0.009144, 6);
    expect(only('They shipped 5 tonnes of food.').quantity).toMatchObject({ unit: 'kg', number: 5000 });
    expect(only('A 60-mile stretch of coast was hit.').quantity?.unit).toBe('km');
  });
  it('reads areas in square feet and square metres, so a faithful conversion agrees', () => {
    const feet = only('Apple opened a 500,000 square foot data center in North Carolina.').quantity!;
    const metres = only('Apple opende een datacenter van 46.500 vierkante meter in North Carolina.', 'nl').quantity!;
    expect([feet.unit, metres.unit, feet.frame]).toEqual(['km2', 'km2', 'area']);
    expect(overlaps(feet.interval, metres.interval)).toBe(true);
    expect(overlaps(feet.interval, only('It covers 60,000 square metres.').quantity!.interval)).toBe(false);
    // A superscript is a token of its own: "m²" is a square metre, not a metre.
    expect(quantities('It covers 3 m² and 5 km².').map((c) => [c.text, c.quantity!.unit])).toEqual([['3 m²', 'km2'], ['5 km²', 'km2']]);
    expect(only('Het beslaat 300 m².', 'nl').quantity?.unit).toBe('km2');
  });
  it('reads a count of times in both languages as its own unit, not a bare number or a percentage', () => {
    const unitOf = (text: string, lang = 'en') => [only(text, lang).text, only(text, lang).quantity!.unit, only(text, lang).quantity!.frame];
    expect(unitOf('The central bank raised interest rates 12 times.')).toEqual(['12 times', 'times', 'times']);
    expect(unitOf('De centrale bank verhoogde de rente 12 keer.', 'nl')).toEqual(['12 keer', 'times', 'times']);
    expect(unitOf('Hij werd drie maal gearresteerd.', 'nl')).toEqual(['drie maal', 'times', 'times']);
    expect(unitOf('De centrale bank liet de rente 12% stijgen.', 'nl')).toEqual(['12%', 'percent', 'percent']);
  });
  it('reads percentages in both languages alike', () => {
    const en = only('Unemployment rose 4.6%.').quantity!;
    const nl = only('De werkloosheid steeg met 4,6 procent.', 'nl').quantity!;
    expect([en.unit, en.number, en.frame]).toEqual(['percent', 4.6, 'percent']);
    expect([nl.unit, nl.number]).toEqual(['percent', 4.6]);
  });
  it('never converts a currency, and records a stated conversion as an alternate', () => {
    const c = only('The fine was 20 million euros ($26 million).');
    expect(c.text).toBe('20 million euros');
    expect(c.quantity).toMatchObject({ number: 20e6, unit: 'eur', alternates: [{ number: 26e6, unit: 'usd' }], frame: 'money' });
    const deal = only('They won a US$40 billion (GB # 20.1 billion) contract.');
    expect(deal.quantity).toMatchObject({ number: 40e9, unit: 'usd', alternates: [{ number: 20.1e9, unit: 'gbp' }], head: 'contract' });
    const nl = only('Ze wonnen een contract van US $40 miljard (GB # 20,1 miljard).', 'nl');
    expect(nl.quantity).toMatchObject({ number: 40e9, unit: 'usd', alternates: [{ number: 20.1e9, unit: 'gbp' }] });
  });
  it.each([
    ['Toyota earned 1.2 trillion yen last year.', 'en', 1.2e12, 'jpy'],
    ['Damage was put at Tk 10 billion.', 'en', 10e9, 'bdt'],
    ['The fund raised Rs 500 crore from investors.', 'en', 5e9, 'inr'],
    ['The fund raised Rs 12 lakh more.', 'en', 1.2e6, 'inr'],
    ['Nestle paid 2.5 billion Swiss francs for the unit.', 'en', 2.5e9, 'chf'],
    ['The firm sold C$4.5 billion of bonds.', 'en', 4.5e9, 'cad'],
    ['Chrysler wants CA$4 billion in aid.', 'en', 4e9, 'cad'],
    ['Chrysler wil 4 miljard Canadese dollar steun.', 'nl', 4e9, 'cad'],
    ['Gazprom verloor 300 miljard roebel.', 'nl', 300e9, 'rub'],
    ['Gazprom lost 300 billion rubles.', 'en', 300e9, 'rub'],
  ])('reads currencies beyond the dollar, euro and pound: %s', (text, lang, number, unit) => {
    expect(only(text, lang).quantity).toMatchObject({ number, unit, frame: expect.stringMatching(/^money/) });
  });
  it('records a conversion after a comma and a link word as an alternate, in both languages', () => {
    expect(only('The damage was put at 10 billion taka, or $85 million.').quantity).toMatchObject({ number: 10e9, unit: 'bdt', alternates: [{ number: 85e6, unit: 'usd' }] });
    expect(only('It cost 2 million euros, or about $2.6 million, the firm said.').quantity).toMatchObject({ unit: 'eur', alternates: [{ number: 2.6e6, unit: 'usd' }] });
    expect(only('The road is 60 miles, or 97 kilometres, long.').quantity?.alternates).toEqual([{ number: 97, unit: 'km' }]);
    expect(only('De schade bedraagt 10 miljard taka, omgerekend 85 miljoen dollar.', 'nl').quantity).toMatchObject({ unit: 'bdt', alternates: [{ number: 85e6, unit: 'usd' }] });
    // The same currency, another measure, or a figure that goes on is a claim of its own.
    expect(texts('The firm earned $5 million, or $1 a share.')).toEqual(['$5 million', '$1']);
    expect(texts('It paid 5 million euros, or 10 percent of the total.')).toEqual(['5 million euros', '10 percent']);
    expect(texts('It paid 5 million euros, or $6 million a year.')).toEqual(['5 million euros', '$6 million']);
  });
  it('reads "a $" as an article before dollars, not Australian dollars', () => {
    expect(only('They paid a $50 fee.').quantity).toMatchObject({ number: 50, unit: 'usd' });
  });
  it('takes no country from the dollar sign of a stated conversion', () => {
    const lang = loadLanguages().get('en')!;
    for (const text of ['The firm paid 20 million euros (US$26 million) for it.', 'It lost 60 billion rubles (US $2.63 billion).']) {
      expect(extractClaims(sourceOf(text), lang).map((c) => c.kind)).toEqual(['quantity']);
    }
    // A name one space before a dollar sign is still a name.
    expect(extractClaims(sourceOf('They paid John Smith $5,000.'), lang).map((c) => c.text)).toEqual(['John Smith', '$5,000']);
  });
  it('keeps the million reading of a glued m that is read as metres, and none of a currency', () => {
    expect(only('Passenger numbers will jump to 70m over the next few years.').quantity).toMatchObject({ number: 0.07, unit: 'km', alternates: [{ number: 70e6, unit: '' }] });
    expect(only('It reported record profits of $269m this year.').quantity).toMatchObject({ number: 269e6, unit: 'usd' });
    expect(only('It reported record profits of $269m this year.').quantity?.alternates).toBeUndefined();
  });
  it('reads a glued m before a plural noun as millions, before anything else as metres', () => {
    expect(only('Power was restored to 1.2m households by noon.').quantity).toMatchObject({ number: 1.2e6, unit: undefined, head: 'households' });
    expect(only('The flood left a 1.2m wall of mud.').quantity).toMatchObject({ number: 0.0012, unit: 'km' });
    expect(only('The water rose 1.2m in an hour.').quantity).toMatchObject({ number: 0.0012, unit: 'km' });
  });
  it('gives a large bare amount the currency of its sentence', () => {
    const [, bare] = quantities('Chrysler asked for US$5 billion on top of the four billion it has received.');
    expect(bare.quantity).toMatchObject({ number: 4e9, unit: 'usd', frame: 'money' });
    const [, nl] = quantities('GM vraagt 16,6 miljard dollar naast de 13,4 miljard die ze al kregen.', 'nl');
    expect(nl.quantity).toMatchObject({ number: 13.4e9, unit: 'usd' });
    expect(quantities('It paid $5 million and sent 2 million people.')[1].quantity?.unit).toBeUndefined();
  });
  it('keeps the minus of a temperature, written as a word, with a hyphen or as a sign, in both languages', () => {
    const value = (text: string, lang = 'en') => [only(text, lang).text, only(text, lang).quantity!.number];
    expect(value('Firefighters fought the blaze in temperatures of minus 17 degrees.')).toEqual(['minus 17 degrees', -17]);
    expect(value('It was a minus-20 degree night.')).toEqual(['minus-20 degree', -20]);
    expect(value('The low was \u221212 degrees.')).toEqual(['\u221212 degrees', -12]);
    expect(value('Het was min 17 graden buiten.', 'nl')).toEqual(['min 17 graden', -17]);
  });
  it('drops a sign where the words give the direction, and reads no sign after a number or inside a code', () => {
    expect(quantities('The index has fallen by -3.16% to 2138.14 points.')[0].quantity!.number).toBe(3.16);
    expect(texts('The run took 5 min 30 seconds.')).not.toContain('min 30 seconds');
    expect(only('Temperatures ranged 10-12 degrees.').quantity!.interval).toEqual({ min: 10, max: 12 });
  });
  it('does not read a clock time as hours', () => {
    expect(quantities('Ze kwamen om 12.30 uur aan.', 'nl')).toEqual([]);
  });
  it('reads Celsius and Fahrenheit as one temperature, Fahrenheit converted with its offset', () => {
    const read = (text: string, lang = 'en') => quantities(text, lang).map((c) => [c.text, c.quantity!.unit, c.quantity!.frame, c.quantity!.number]);
    expect(read('Thermometers hit 44C on Wednesday and 46°C on Thursday, with lows of -3 °C.')).toEqual([
      ['44C', 'celsius', 'temperature', 44],
      ['46°C', 'celsius', 'temperature', 46],
      ['-3 °C', 'celsius', 'temperature', -3],
    ]);
    expect(read('It was 28ºF at night.')).toEqual([['28ºF', 'celsius', 'temperature', -2.22222222222]]);
    expect(read('De temperatuur liep op tot 44 graden Celsius.', 'nl')).toEqual([['44 graden Celsius', 'celsius', 'temperature', 44]]);
    // The stated precision carries through the offset: 111 °F may be 110.5..111.5 °F, which holds 44 °C.
    const fahrenheit = only('It reached 111 degrees Fahrenheit.').quantity!.interval;
    expect(overlaps(fahrenheit, { min: 44, max: 44 })).toBe(true);
    expect(overlaps(only('It reached 115F.').quantity!.interval, { min: 44, max: 44 })).toBe(false);
    expect(only('Temperatures reached 44 degrees Celsius (111 degrees Fahrenheit).').quantity!.alternates).toEqual([{ number: 43.8888888889, unit: 'celsius' }]);
  });
  it('reads a one-letter scale only glued to its number and written in capitals', () => {
    expect(quantities('The two jets flew 2 F sorties for 44c a kilo.').map((c) => c.quantity!.frame)).not.toContain('temperature');
    expect(only('It was 40-44C all week.').quantity!).toMatchObject({ unit: 'celsius', interval: { min: 40, max: 44 } });
  });
});

describe('frames', () => {
  it.each([
    ['A magnitude 4.4 earthquake struck.', 'en', 'earthquake.magnitude', 4.4],
    ['A 4.4-magnitude earthquake struck.', 'en', 'earthquake.magnitude', 4.4],
    ['The quake, measuring 4.4, struck at night.', 'en', 'earthquake.magnitude', 4.4],
    ['It measured 6.1 on the Richter scale.', 'en', 'earthquake.magnitude', 6.1],
    ['Een aardbeving met een kracht van 4,4 trof de stad.', 'nl', 'earthquake.magnitude', 4.4],
    ['De beving had een kracht van 6,1 op de schaal van Richter.', 'nl', 'earthquake.magnitude', 6.1],
    ['It struck at a depth of 10 kilometres.', 'en', 'earthquake.depth', 10],
    ['The quake killed 12 people.', 'en', 'casualties.killed', 12],
    ['Twelve people were injured.', 'en', 'casualties.injured', 12],
    ['Bij de beving raakten 20 mensen gewond.', 'nl', 'casualties.injured', 20],
    ['De cycloon heeft zeker 38 mensen het leven gekost.', 'nl', 'casualties.killed', 38],
    ['De ramp kostte 38 mensen het leven.', 'nl', 'casualties.killed', 38],
    ['Five miners are missing.', 'en', 'casualties.missing', 5],
    ['2,000 residents were evacuated.', 'en', 'casualties.evacuated', 2000],
    ['The company paid $5 million.', 'en', 'money', 5e6],
    ['The town has a population of 5,000.', 'en', 'population', 5000],
    ['The village has 300 inhabitants.', 'en', 'population', 300],
    ['Ze liepen 20 kilometer.', 'nl', 'distance', 20],
    ['They talked for three hours.', 'en', 'duration', 0.125],
    ['The parcel weighed 20 kilograms.', 'en', 'weight', 20],
  ])('%s', (text, lang, frame, number) => {
    const q = only(text, lang).quantity!;
    expect(q.frame).toBe(frame);
    expect(q.number).toBeCloseTo(number, 6);
  });
  it('never counts ships, houses or villages as casualties', () => {
    expect(only('Two vessels were evacuated from the port.').quantity).toMatchObject({ role: 'ships', frame: undefined });
    expect(only('Some 40 villages were evacuated.').quantity).toMatchObject({ role: 'villages', frame: undefined });
    expect(only('Bij de brand werden 300 mensen geëvacueerd.', 'nl').quantity?.frame).toBe('casualties.evacuated');
  });
  it('does not give the magnitude frame to a count near the word', () => {
    const [killed] = quantities('The magnitude 6 quake killed 5 people.');
    expect(killed.quantity?.frame).toBe('earthquake.magnitude');
    expect(quantities('The magnitude 6 quake killed 5 people.')[1].quantity?.frame).toBe('casualties.killed');
  });
  it('leaves the frame undefined when nothing gives one; the role is the key', () => {
    const q = only('They sent 6,000 personnel.').quantity!;
    expect(q.frame).toBeUndefined();
    expect(q.role).toBe('personnel');
  });
});

describe('specific money and percent frames', () => {
  it.each([
    ['HP agreed to the $13.9 billion acquisition.', 'en', 'money.deal'],
    ['EDS shares closed at $17.40 a share.', 'en', 'money.share-price'],
    ['The unit had $22 billion in revenue last year.', 'en', 'money.revenue'],
    ['It is a $550 billion market.', 'en', 'money.market-size'],
    ['The firm paid $20 million for the land.', 'en', 'money'],
    ["Compared with IBM's 10 percent share.", 'en', 'percent.market-share'],
    ['Prices rose 2.5 percent.', 'en', 'percent'],
    ['Het aandeel sloot op 2,51 dollar per aandeel.', 'nl', 'money.share-price'],
    ['De omzet van 300 miljoen euro steeg.', 'nl', 'money.revenue'],
  ])('%s (%s) → %s', (text, lang, frame) => {
    expect(quantities(text, lang).map((c) => c.quantity!.frame)).toContain(frame);
  });
});

describe('a number hyphenated to a unit of time', () => {
  it('states a duration ("a 7-year offer"), while "7-year-old" stays an age', () => {
    expect(only('They made a 7-year offer.').quantity).toMatchObject({ frame: 'duration', unit: 'day' });
    expect(only('The 7-year-old boy was found.').quantity?.frame).toBe('age');
  });
});

describe('a number word hyphenated to a unit or an age', () => {
  it.each([
    ['They made seven-year offers.', 'en', 'seven-year', 'duration'],
    ['It was a four-mile walk.', 'en', 'four-mile', 'distance'],
    ['The thirty-two-year-old Englishman fell.', 'en', 'thirty-two-year-old', 'age'],
  ])('%s (%s) → %s (%s)', (text, lang, claim, frame) => {
    expect(quantities(text, lang).map((c) => [c.text, c.quantity!.frame])).toEqual([[claim, frame]]);
  });

  it('leaves number words with other hyphenated words alone', () => {
    expect(texts('They sent twenty-five troops.')).toEqual(['twenty-five']);
    expect(texts('Its more than three-year-long offensive.')).toEqual([]);
  });
});
