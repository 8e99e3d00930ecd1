import { describe, expect, it } from 'vitest';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { extractEntities } from '../../../src/extract/entity/index.js';
import type { Claim } from '../../../src/model.js';
import { seedSources, sourceOf } from './helpers.js';

const langs = loadLanguages();
const en = langs.get('en')!;
const nl = langs.get('nl')!;
const entities = (text: string, lang = en) => extractEntities(sourceOf(text, lang.code), lang);
const texts = (claims: Claim[]) => claims.map((c) => c.text);

describe('extractEntities on the seed story', () => {
  const seed = seedSources();
  const bySource = new Map(seed.map((s) => [s.id, extractEntities(s, langs.get(s.language)!)]));
  const seedText = (id: string) => seed.find((s) => s.id === id)!.text;

  it('finds Pyongyang as a place in all five sources', () => {
    for (const [id, claims] of bySource) {
      expect(claims.some((c) => c.text === 'Pyongyang' && c.kind === 'place'), id).toBe(true);
    }
  });

  it('keeps text equal to the source slice and never emits demonyms or stopwords', () => {
    for (const s of seed) {
      for (const c of bySource.get(s.id)!) expect(c.text).toBe(s.text.slice(c.start, c.end));
      const found = texts(bySource.get(s.id)!);
      for (const bad of ['Korean', 'Russian', 'Noord-Koreaanse', 'Russische', 'Tuesday', 'Wednesday', 'However', 'North', 'Noorden']) {
        expect(found, `${s.id} ${bad}`).not.toContain(bad);
      }
    }
  });

  it('types KCNA as an organisation tied to the agency it abbreviates', () => {
    const kcna = bySource.get('000')!.filter((c) => c.text === 'KCNA');
    expect(kcna.length).toBe(2);
    expect(kcna.every((c) => c.kind === 'organization' && c.entity!.key === 'korean-central-news-agency')).toBe(true);
  });

  it('gives titles with their country, in English and Dutch', () => {
    const title = (id: string, name: string) => bySource.get(id)!.find((c) => c.text === name)?.entity?.title;
    expect(title('000', 'Kim Jong-un')).toBe('leader:north-korea');
    expect(title('000', 'Sergey Shoygu')).toBe('security-chief:russia');
    expect(title('000', 'Vladimir Putin')).toBe('president:russia');
    expect(title('002', 'Sergey Shoygu')).toBe('security-chief:russia');
    expect(title('002', 'Kim Jong-un')).toBe('leader:north-korea');
    expect(title('003', 'Sergei Shoigu')).toBe('security-chief:russia');
    expect(bySource.get('003')!.filter((c) => c.text === 'Sergei Shoigu').map((c) => c.entity!.title)).toContain(
      'head:security-council:russia',
    );
    expect(title('004', 'Lee Seong-kweun')).toBe('lawmaker:south-korea');
  });

  it('types a name that opens or closes with a place word as a place', () => {
    const found = entities('The quake was felt across Sonoma County and on Mount Sefton, about 20 miles north of Santa Rosa.');
    expect(found.map((c) => [c.text, c.kind])).toEqual([
      ['Sonoma County', 'place'],
      ['Mount Sefton', 'place'],
      ['Santa Rosa', 'place'],
    ]);
  });

  it('reads where a person lives: "Name, 36, of Town", "Name (36) uit Stad", down to the town of a street', () => {
    const home = (text: string, lang = en) => entities(text, lang).filter((c) => c.entity?.residentOf).map((c) => [c.text, c.kind, c.entity!.residentOf]);
    expect(home('Police arrested Anthony LaSalle, 36, of Bloomington on Monday.')).toEqual([['Bloomington', 'place', 'anthony-lasalle']]);
    expect(home('The driver, Anthony LaSalle, of Bloomington, was charged.')).toEqual([['Bloomington', 'place', 'anthony-lasalle']]);
    expect(home('John Jenkin, 23, of Newton Street, Millom was arrested.')).toEqual([['Millom', 'place', 'john-jenkin']]);
    expect(home('De politie hield Piet Jansen (36) uit Utrecht aan.', nl)).toEqual([['Utrecht', 'place', 'piet-jansen']]);
    expect(home('The University of Minnesota said nothing.')).toEqual([]);
  });

  it('leaves a name particle with the name that follows it, not the one before', () => {
    expect(texts(entities('Dat zei woordvoerder Stefan Schaffrath van Airbus gisteren.', nl))).toEqual(['Stefan Schaffrath', 'Airbus']);
    expect(texts(entities('De ceremonie werd geleid door Ursula von der Leyen in Brussel.', nl))).toContain('Ursula von der Leyen');
  });

  it('reads a known name out of a Dutch compound (Kursk-gebied) but keeps Korean names whole', () => {
    const kursk = bySource.get('002')!.find((c) => c.start === seedText('002').indexOf('Kursk-gebied'))!;
    expect([kursk.text, kursk.kind, kursk.entity!.key]).toEqual(['Kursk', 'place', 'kursk']);
    expect(texts(bySource.get('004')!)).toContain('Lee Seong-kweun');
  });

  it('anchors the meeting place to the meeting', () => {
    const first = bySource.get('000')!.find((c) => c.text === 'Pyongyang')!;
    expect(first.entity!.event).toBe('meet');
    const nlFirst = bySource.get('002')!.find((c) => c.text === 'Pyongyang')!;
    expect(nlFirst.entity!.event).toBe('meet');
  });
});

describe('extractEntities candidates', () => {
  it('drops capitalised function words, days, months and compass words', () => {
    const claims = entities('However, the talks ended on Tuesday in June.\nWe urge the North to stop.\nFollowing the vote, nothing changed.');
    expect(claims).toEqual([]);
  });

  it('strips the possessive and keeps apostrophes inside names', () => {
    const claims = entities("It was Shoygu's second trip, said Sean O'Brien.");
    expect(texts(claims)).toEqual(['Shoygu', "Sean O'Brien"]);
    expect(claims[1].kind).toBe('person');
  });

  it('keeps particles and hyphenated parts inside person names', () => {
    const claims = entities('The deal was signed by Ursula von der Leyen and Kim Jong-un in Brussels.');
    expect(texts(claims)).toEqual(['Ursula von der Leyen', 'Kim Jong-un', 'Brussels']);
  });

  it('joins a place word to the name after its place connector ("Gulf of Aden"), and ends a name at a day name', () => {
    const claims = entities('The Indian Navy on Saturday foiled an attack in the Gulf of Aden Thursday, near the Bay of Bengal.');
    expect(claims.filter((c) => c.kind !== 'date').map((c) => [c.text, c.kind])).toEqual([
      ['Indian Navy', 'organization'],
      ['Gulf of Aden', 'place'],
      ['Bay of Bengal', 'place'],
    ]);
    expect(texts(entities('Het schip voer in de Zee van Japan naar het Rode Meer.', nl))).toEqual(['Zee van Japan', 'Rode Meer']);
  });

  it('reads a known name with a lower-case compound tail as that name, and a demonym with one as no name', () => {
    const claims = entities('The Ukrainian-born boxer boarded an Ethiopian-flagged ship for Moscow-based trainers.');
    expect(texts(claims)).toEqual(['Moscow']);
  });

  it('types by organisation cue, title cue and place preposition', () => {
    const claims = entities('The Korea Institute for National Unification said analyst Hong Min had left for Tbilisi.');
    expect(claims.map((c) => [c.text, c.kind])).toEqual([
      ['Korea Institute for National Unification', 'organization'],
      ['Hong Min', 'person'],
      ['Tbilisi', 'place'],
    ]);
    expect(claims[1].entity!.title).toBe('analyst');
  });

  it('reads a title after the name with its organisation', () => {
    const [name] = entities('Hong Min, a senior analyst at the Korea Institute for National Unification, told reporters.');
    expect(name.entity!.title).toBe('analyst:korea-institute-for-national-unification');
  });

  it('reads an organisation right before a title as its owner, and keeps an initial A. in the name', () => {
    const claims = entities('"We are aware of it," Chargers general manager A.J. Butler said in a statement.');
    expect(claims.filter((c) => c.kind === 'person').map((c) => [c.text, c.entity!.title])).toEqual([['A.J. Butler', 'general-manager:chargers']]);
    expect(entities('A. Smith said it was a good day.').map((c) => c.text)).toEqual(['A. Smith']);
  });

  it('splits legal offices from the name, and reads no title into what a possessive title owns', () => {
    const claims = entities('Prosecutor David Rossi and District Attorney David Soares met at the Los Angeles County Sheriff\'s Department.');
    expect(claims.slice(0, 2).map((c) => [c.text, c.entity!.title])).toEqual([
      ['David Rossi', 'prosecutor'],
      ['David Soares', 'district-attorney'],
    ]);
    expect(claims.find((c) => c.text === 'Department')?.entity!.title).toBeUndefined();
    const [dutch] = entities('Volgens officier van justitie Jan Bakker was de verdachte op de hoogte.', nl);
    expect([dutch.text, dutch.entity!.title]).toEqual(['Jan Bakker', 'prosecutor']);
  });

  it.each([
    ['Secretary of State Hillary Clinton said it.', 'en', 'Hillary Clinton', 'foreign-minister'],
    ['Interior Minister Ali Demir said 1,500 rescue workers had been deployed.', 'en', 'Ali Demir', 'interior-minister'],
    ['De minister van Buitenlandse Zaken Ali Demir zei het.', 'nl', 'Ali Demir', 'foreign-minister'],
    ['Minister van Binnenlandse Zaken Ali Demir zei het.', 'nl', 'Ali Demir', 'interior-minister'],
  ])('leaves the capitalised words of a title that began before them out of the name: %s', (text, lang, name, title) => {
    const people = entities(text, lang === 'nl' ? nl : undefined).filter((c) => c.kind === 'person');
    expect(people.map((c) => [c.text, c.entity!.title])).toEqual([[name, title]]);
  });

  it('takes no acronym title for the end of a name ("SeaMicro CEO")', () => {
    const claims = entities('The deal was announced by Andrew Feldman, SeaMicro CEO, on Wednesday.');
    expect(claims.filter((c) => c.kind === 'person').map((c) => c.text)).toEqual(['Andrew Feldman']);
  });

  it('recognises acronyms and splits a demonym and title from the name', () => {
    const claims = entities('The USGS said New South Korean President Lee Jae-myung took office.');
    expect(claims.map((c) => [c.text, c.kind, c.entity!.title])).toEqual([
      ['USGS', 'organization', undefined],
      ['Lee Jae-myung', 'person', 'president:south-korea'],
    ]);
  });

  it.each([
    ['She lives in Austin, Tex., with her son.', 'Tex', 'Texas'],
    ['The clinic in Rancho Mirage, Calif, opened late.', 'Calif', 'California'],
    ['Tex is believed to be seeking more money.', 'Tex', undefined],
    ["I'll be back, he said in Chicago.", "I'll", undefined],
    ['Regina Benjamin, MD, a family physician, spoke.', 'MD', undefined],
  ])('reads a state abbreviation with its full stop or after a town, as written: %s', (text, written, state) => {
    const claim = entities(text).find((c) => c.text === written);
    expect(claim?.kind === 'place' ? claim.entity!.canonical : undefined).toBe(state);
  });

  it('drops names of treaties and other non-entities', () => {
    const claims = entities('He vowed to honour the Treaty on Comprehensive Strategic Partnership with Russia.');
    expect(texts(claims)).toEqual(['Russia']);
  });

  it('reads Dutch demonyms, compound titles and organisation suffixes', () => {
    const claims = entities('Defensieanalist Paul Nesbit van het Koreaanse Volksleger sprak in Seoul met de Russische minister.', nl);
    expect(claims.map((c) => [c.text, c.kind])).toEqual([
      ['Paul Nesbit', 'person'],
      ['Koreaanse Volksleger', 'organization'],
      ['Seoul', 'place'],
    ]);
    expect(claims[0].entity!.title).toBe('analyst');
  });

  it('accepts headline capitals only for names the body also has', () => {
    const claims = entities('Tara Reid Checks Into Rehab Center Today\nActress Tara Reid checked into a clinic, her rep told People.');
    expect(texts(claims).filter((t) => t.includes('Rehab') || t.includes('Checks'))).toEqual([]);
    expect(texts(claims).filter((t) => t === 'Tara Reid').length).toBe(2);
  });

  it('reads no names of its own from a line wholly in capitals, only those the body has', () => {
    const claims = entities('BC ATTORNEY GENERAL WALLY OPAL ISSUED A STATEMENT TODAY SAYING THAT TWO MEN HAD BEEN ARRESTED.\nPolice said Winston Blackmore was held.\nPOLICE SAY WINSTON BLACKMORE WAS HELD.');
    expect(texts(claims)).toEqual(['Winston Blackmore', 'WINSTON BLACKMORE']);
  });

  it('reads a short wire headline in capitals as a headline, not as names', () => {
    // Two words in capitals are too few to count as capital-heavy; written wholly in capitals, they are a headline.
    for (const headline of ['QUAKE KILLS 12', 'MINISTER SPEAKS', 'FIRED IN PHILLY!!']) {
      expect(texts(entities(`${headline}\nAn earthquake killed 12 people, the minister said.`))).toEqual([]);
    }
    expect(texts(entities('FLOODS HIT TEXAS\nFloods hit Texas on Monday.'))).toEqual(['TEXAS', 'Texas']);
    // A sentence of acronyms with a small word in it is no headline.
    expect(texts(entities('NATO and EU met.'))).toEqual(['NATO', 'EU']);
  });

  // Speed is measured by `npm run bench`; the timeout only catches a hang (growth is tested in test/perf).
  it('finishes pathological lines', { timeout: 30_000 }, () => {
    for (const line of ['Alpha '.repeat(200_000), '9'.repeat(200_000), "'a ".repeat(100_000), 'Kim-'.repeat(100_000)]) {
      expect(Array.isArray(entities(line))).toBe(true);
    }
  });
});
