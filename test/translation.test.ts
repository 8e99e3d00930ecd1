// Issue 3, translations: a faithful translation produces no conflict from format alone (13-Jun-05 = June 13,
// 2005; 12.30 uur = 12:30; 6,50% = 6.50%; twee = 2; 20,1 miljard = 20.1 billion), and a changed figure is reported.
import { describe, expect, it } from 'vitest';
import { runStory } from './helpers/story.js';

const en = [
  'The carmaker signed the deal in Detroit with partners from two countries on 13-Jun-05.',
  'The agreement, worth 20.1 billion dollars, was announced at 12:30 in the afternoon.',
  'Its shares rose 6.50% after the announcement, to 41 dollars each.',
  'The company employs 55,000 people in 12 countries.',
].join('\n');

const nl = [
  'De autofabrikant tekende de overeenkomst in Detroit met partners uit twee landen op 13 juni 2005.',
  'De overeenkomst, ter waarde van 20,1 miljard dollar, werd om 12.30 uur in de middag bekendgemaakt.',
  'Het aandeel steeg na de aankondiging met 6,50%, naar 41 dollar per stuk.',
  'Het bedrijf heeft 55.000 mensen in dienst in 12 landen.',
].join('\n');

const conflicts = (files: Record<string, string>) =>
  runStory(files)
    .slots.filter((s) => s.status === 'conflict')
    .map((s) => s.claims.map((c) => `${c.source}:${c.text}`));

describe('a translation', () => {
  it('gives no conflict from format alone', () => {
    const r = runStory({ en, nl });
    expect(r.lineage.of.nl).toBe(r.lineage.of.en);
    expect(conflicts({ en, nl })).toEqual([]);
    const agreeing = (text: string) => r.slots.find((s) => s.claims.some((c) => c.text === text))?.claims.map((c) => c.text);
    expect(agreeing('13-Jun-05')).toEqual(['13-Jun-05', '13 juni 2005']);
    expect(agreeing('12:30')).toEqual(['12:30', '12.30 uur']);
    expect(agreeing('6.50%')).toEqual(['6.50%', '6,50%']);
    expect(agreeing('20.1 billion dollars')).toEqual(['20.1 billion dollars', '20,1 miljard dollar']);
    expect(agreeing('two')).toEqual(['two', 'twee']);
  });

  it('reports a changed digit, a changed year, a year with a digit dropped and a changed time', () => {
    expect(conflicts({ en, nl: nl.replace('6,50%', '6,05%') })).toEqual([['en:6.50%', 'nl:6,05%']]);
    expect(conflicts({ en, nl: nl.replace('13 juni 2005', '13 juni 2006') })).toEqual([['en:13-Jun-05', 'nl:13 juni 2006']]);
    expect(conflicts({ en, nl: nl.replace('13 juni 2005.', '13 juni 205.') })).toEqual([['en:13-Jun-05', 'nl:13 juni 205']]);
    expect(conflicts({ en, nl: nl.replace('12.30 uur', '13.30 uur') })).toEqual([['en:12:30', 'nl:13.30 uur']]);
  });

  it('reports a hedged or bounded figure the translation changed, though the two still fit as intervals', () => {
    const pair = {
      en: `${en}\nThe carmaker has more than 40 plants and about 5,000 dealers.`,
      nl: `${nl}\nDe autofabrikant heeft meer dan 40 fabrieken en ongeveer 5.000 dealers.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('meer dan 40', 'meer dan 45') })).toEqual([['en:more than 40', 'nl:meer dan 45']]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('ongeveer 5.000', 'ongeveer 5.005') })).toEqual([['en:about 5,000', 'nl:ongeveer 5.005']]);
    // A hedge dropped is no changed figure, nor is a unit converted.
    expect(conflicts({ ...pair, nl: pair.nl.replace('ongeveer 5.000', '5.000') })).toEqual([]);
  });

  it('reports a digit changed where the translation also dropped the hedge', () => {
    const pair = {
      en: `${en}\nIts stores take over $500 million a year and employ about 5,000 people.`,
      nl: `${nl}\nDe winkels halen $500 miljoen per jaar binnen en hebben 5.000 mensen in dienst.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('$500 miljoen', '$505 miljoen') })).toEqual([['en:over $500 million', 'nl:$505 miljoen']]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('hebben 5.000', 'hebben 5.005') })).toEqual([['en:about 5,000', 'nl:5.005']]);
  });

  it('pairs a changed figure by its digits when its sentence leaves more figures on one side', () => {
    // "a fifth of them" is no claim and "20 procent" is, so the Dutch sentence has two figures to the English one.
    const pair = {
      en: `${en}\nThe carmaker will cut about 4,300 jobs, a fifth of them in Spain.`,
      nl: `${nl}\nDe autofabrikant schrapt ongeveer 4.300 banen, 20 procent daarvan in Spanje.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('4.300', '4.305') })).toEqual([['en:about 4,300', 'nl:ongeveer 4.305']]);
  });

  it('reports a changed closing level, which says nothing of what it counts', () => {
    const pair = {
      en: `${en}\nThe index lost 1.71% or 25.15 points, closing at 1,442.82.`,
      nl: `${nl}\nDe index verloor 1,71% of 25,15 punten en sloot op 1.442,82.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('1.442,82', '1.442,87') })).toEqual([['en:1,442.82', 'nl:1.442,87']]);
  });

  it('takes "70m" for 70 million when the translation says so', () => {
    const pair = {
      en: `${en}\nIts expansion plan will see it carry 70m passengers a year by 2012.`,
      nl: `${nl}\nHet groeiplan moet in 2012 tot 70 miljoen passagiers per jaar leiden.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('70 miljoen', '60 miljoen') })).toEqual([['en:70m', 'nl:60 miljoen']]);
  });

  it('reports an anniversary that became a lustrum (five years each), and not a faithful "verjaardag"', () => {
    const pair = {
      en: `${en}\nThe airliner will fly to Sydney, Melbourne and Brisbane for the airline's 85th birthday on November 16.`,
      nl: `${nl}\nHet vliegtuig vliegt naar Sydney, Melbourne en Brisbane voor de 85e verjaardag van de maatschappij op 16 november.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('85e verjaardag', '85e lustrum') })).toEqual([['en:85th birthday', 'nl:85e lustrum']]);
  });

  it('reports a count of times that became a percentage, and not a faithful "keer"', () => {
    const pair = {
      en: `${en}\nHiring has slowed for three years since the central bank raised interest rates 12 times.`,
      nl: `${nl}\nDe aanwerving vertraagt al drie jaar sinds de centrale bank de rente 12 keer verhoogde.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('de rente 12 keer verhoogde', 'de rente 12% liet stijgen') })).toEqual([['en:12 times', 'nl:12%']]);
  });

  it('reports a scale word dropped in a sentence the translation split in two', () => {
    // The English keeps one sentence ("… in the U.S. Siemens …"); the Dutch ends one after "V. S.." and names the
    // company differently, so no anchor ties either half to it: the pairs around it do.
    const pair = {
      en: `${en}\nMarkets in Asia and Europe are caught up in the crisis in the U.S. Siemens AG of Germany lost almost $4.2 billion in market value.\nThe company employs 55,000 people in 12 countries.`,
      nl: `${nl}\nDe markten in Azië en Europa raken verstrikt in de crisis in de V. S.. Het Duitse Siemens verloor bijna $4,2 miljard aan beurswaarde.\nHet bedrijf heeft 55.000 mensen in dienst in 12 landen.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('$4,2 miljard', '$4,2') })).toEqual([['en:almost $4.2 billion', 'nl:bijna $4,2']]);
  });

  it('pairs the sentences left between two pairs, one against two, when no anchor ties them', () => {
    // The changed figure is the only anchor of the English sentence; the Dutch splits it in two.
    const pair = {
      en: `${en}\nThe panic spread and a large bank lost almost $4.2 billion in market value.\nThe company employs 55,000 people in 12 countries.`,
      nl: `${nl}\nDe paniek breidde zich uit.\nEen grote bank verloor bijna $4,2 miljard aan beurswaarde.\nHet bedrijf heeft 55.000 mensen in dienst in 12 landen.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('$4,2 miljard', '$4,2') })).toEqual([['en:almost $4.2 billion', 'nl:bijna $4,2']]);
  });

  it('reports a repeated figure the translation changed where it repeats it', () => {
    const pair = {
      en: `${en}\nThe camera comes in a 16GB and a 64GB model.\nThe 16GB model holds 4,000 photos and the 64GB model holds 16,000.`,
      nl: `${nl}\nDe camera is er in een model van 16 GB en een van 64 GB.\nHet model van 16 GB bewaart 4.000 foto's en dat van 64 GB 16.000.`,
    };
    expect(conflicts(pair)).toEqual([]);
    expect(conflicts({ ...pair, nl: pair.nl.replace('dat van 64 GB', 'dat van 32 GB') })).toEqual([['en:64GB', 'nl:32 GB']]);
  });
});

