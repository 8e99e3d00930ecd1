import { describe, expect, it } from 'vitest';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { extractQuotes, normalizeQuote } from '../../../src/extract/quote/index.js';
import { seedSources, sourceOf } from '../entity/helpers.js';

const langs = loadLanguages();
const quotes = (text: string, lang = 'en') => extractQuotes(sourceOf(text, lang), langs.get(lang)!);
const pairs = (text: string, lang = 'en') => quotes(text, lang).map((c) => [c.text, c.quote!.speaker]);

describe('extractQuotes on the seed story', () => {
  const seed = new Map(seedSources().map((s) => [s.id, s]));
  const of = (id: string) => extractQuotes(seed.get(id)!, langs.get(seed.get(id)!.language)!);

  it('finds the speakers of 003: "Shoigu said" and "he was quoted as saying"', () => {
    const q = of('003');
    const division = q.find((c) => c.text.startsWith('a division of builders'))!;
    expect(division.quote!.speaker).toBe('shoigu');
    const fraternal = q.find((c) => c.text.startsWith('This is a kind of fraternal assistance'))!;
    expect(fraternal.quote!.speaker).toBe('shoigu');
    const tass = q.find((c) => c.text === 'on continuing constructive cooperation')!;
    expect(tass.quote!.speaker).toBe('shoigu');
    const kcna = q.find((c) => c.text === 'items of immediate cooperation')!;
    expect(kcna.quote!.speaker).toBe('korean-central-news-agency');
  });

  it('reads the Dutch single-quote quotes of 002 with their speakers', () => {
    const q = of('002');
    expect(q.map((c) => c.text)).toContain('onveranderlijk en onvoorwaardelijk');
    expect(q.find((c) => c.text === 'imperialistische hegemonie bewegingen')!.quote!.speaker).toBe('kim');
    const urge = q.find((c) => c.text.startsWith('We dringen er bij het Noorden'))!;
    expect(urge.quote!.speaker).toBe('ministerie-van-buitenlandse-zaken');
    // "Shoygu's" and one-word quotes ('bevestigde', 'bezorgdheid') are not quotes.
    expect(q.some((c) => c.text.includes("s tweede") || c.text === 'bevestigde' || c.text === 'bezorgdheid')).toBe(false);
  });

  it('keeps value, text and source slice equal and normalises for comparison', () => {
    for (const s of seed.values()) {
      for (const c of extractQuotes(s, langs.get(s.language)!)) {
        expect(c.text).toBe(s.text.slice(c.start, c.end));
        expect(c.value).toBe(c.text);
      }
    }
    const a = of('003').find((c) => c.text.startsWith('a division'))!;
    const b = of('004').find((c) => c.text.startsWith('a division'))!;
    expect(a.quote!.normalized).toBe(b.quote!.normalized);
    expect(a.quote!.normalized).toBe('a division of builders two military brigades 5 000 people');
  });
});

describe('extractQuotes marks and speakers', () => {
  it('reads every quote style', () => {
    expect(quotes('He said “first one here” and «second one here» and „third one here” today.').map((c) => c.text)).toEqual([
      'first one here',
      'second one here',
      'third one here',
    ]);
    expect(quotes("`` We appreciate your respect , '' the actress's rep told People .").map((c) => c.text)).toEqual([
      'We appreciate your respect',
    ]);
    expect(quotes('"Straight quotes work," Kim said.').map((c) => c.text)).toEqual(['Straight quotes work']);
  });

  it('closes quotes in copy detokenized word by word, whose closing marks stand apart', () => {
    // A spaced straight mark closes after a comma or full stop, or at the end of its line.
    expect(pairs('"My client is in rehab right now, " Heller argued in court.')).toEqual([['My client is in rehab right now', 'heller']]);
    expect(quotes('"He is a man of personal mystery. "\nFrederick LaRue was born in 1928.\n"He said no more," his son said.').map((c) => c.text)).toEqual([
      'He is a man of personal mystery.',
      'He said no more',
    ]);
    // Double quotes do not nest: a second opening mark closes, except where a line reopens a running quote.
    expect(quotes('The so-called `` midnight rules `` set to go into effect were criticised.').map((c) => c.text)).toEqual(['midnight rules']);
    expect(quotes("`` The fire spread fast.\n`` Roads are closed nearby, '' a spokesman said.").map((c) => c.text)).toEqual([
      'The fire spread fast.\n`` Roads are closed nearby',
    ]);
    expect(quotes("Hij noemde het ``een enorme stap voorwaarts' ' in de luchtvaart.", 'nl').map((c) => c.text)).toEqual(['een enorme stap voorwaarts']);
  });

  it('never opens or closes on an apostrophe inside a word or a contraction', () => {
    expect(quotes("It's Shoygu's trip and the workers' rights, isn't it?")).toEqual([]);
    expect(pairs("Het was zo'n 'heel belangrijke reis', aldus Kim.", 'nl')).toEqual([['heel belangrijke reis', 'kim']]);
    expect(quotes("Hij ging naar 't dorp en 'n man zei niets.", 'nl')).toEqual([]);
  });

  it('needs at least two words', () => {
    expect(quotes('Seoul voiced "concern" over the “move”.')).toEqual([]);
  });

  it('finds the speaker before, after, inverted and in the previous sentence', () => {
    expect(pairs('"We will win this war," said Vladimir Putin.')).toEqual([['We will win this war', 'vladimir-putin']]);
    expect(pairs('According to Hong Min, "the talks went well".')).toEqual([['the talks went well', 'hong-min']]);
    expect(pairs('Hong Min, a senior analyst, told AFP: "the talks went well".')).toEqual([['the talks went well', 'hong-min']]);
    expect(pairs('Kim Jong Un spoke first.\n"We stand with Russia."')).toEqual([['We stand with Russia.', undefined]]);
    expect(pairs('Kim Jong Un said on Monday.\n"We stand with Russia."')).toEqual([['We stand with Russia.', 'kim-jong-un']]);
    expect(pairs('"Nobody will tell us," zei een woordvoerder van het Ministerie van Defensie.', 'nl')).toEqual([
      ['Nobody will tell us', 'ministerie-van-defensie'],
    ]);
  });

  it('does not invent a speaker', () => {
    expect(pairs('North Korean state media said the "talks were fruitful" yesterday.')).toEqual([['talks were fruitful', undefined]]);
  });

  it('normalises case, punctuation and spacing', () => {
    expect(normalizeQuote('“Imperialist  moves — of hegemony,”')).toBe('imperialist moves of hegemony');
  });
});
