import { describe, expect, it } from 'vitest';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { extractEntities } from '../../../src/extract/entity/index.js';
import { attributeClaims } from '../../../src/extract/attribution/index.js';
import { makeClaim } from '../../../src/extract/claim.js';
import { sourceOf } from './helpers.js';

const langs = loadLanguages();

/** Entity claims plus a quantity claim on the first number of each line, attributed. */
function attributed(text: string, lang = 'en') {
  const source = sourceOf(text, lang);
  const numbers = [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => {
    const sentence = source.sentences.findIndex((s) => m.index >= s.start && m.index < s.end);
    return makeClaim(source, 'quantity', m.index, m.index + m[0].length, sentence, Number(m[0].replace(/,/g, '')));
  });
  const claims = [...extractEntities(source, langs.get(lang)!), ...numbers];
  return attributeClaims(source, langs.get(lang)!, claims);
}

const attributionOf = (text: string, what: string, lang = 'en') => attributed(text, lang).find((c) => c.text === what)?.attribution;

describe('attributeClaims', () => {
  it('reads "X said", "according to X", "X put it at", "citing X"', () => {
    expect(attributionOf('The quake had a magnitude of 5.6, the USGS said.', '5.6')).toBe('united-states-geological-survey');
    expect(attributionOf('Around 600 soldiers died, according to South Korean lawmaker Lee Seong-kweun.', '600')).toBe('lee-seong-kweun');
    expect(attributionOf('The USGS put it at 5.4 on Monday.', '5.4')).toBe('united-states-geological-survey');
    expect(attributionOf('Some 300 people were hurt, citing Reuters.', '300')).toBe('reuters');
  });

  it('reads Dutch cues', () => {
    expect(attributionOf('Volgens de KCNA zijn 6.000 militairen gestuurd.', '6.000', 'nl')).toBe('korean-central-news-agency');
    expect(attributionOf('Er komen 6.000 bouwers, aldus Shoygu.', '6.000', 'nl')).toBe('shoygu');
    expect(attributionOf('Er komen 6.000 bouwers, meldde Yonhap News.', '6.000', 'nl')).toBe('yonhap');
  });

  it('attributes names in the sentence but not the reporter itself', () => {
    const claims = attributed('Shoigu said North Korea will send 6,000 troops to Kursk.');
    expect(claims.find((c) => c.text === 'Kursk')!.attribution).toBe('shoigu');
    expect(claims.find((c) => c.text === 'Shoigu')!.attribution).toBeUndefined();
  });

  it('leaves sentences without a reporter alone and skips places of the speaker', () => {
    expect(attributionOf('North Korea will send 6,000 troops.', '6,000')).toBeUndefined();
    expect(attributionOf('North Korean state media said 6,000 troops left.', '6,000')).toBeUndefined();
    expect(attributionOf('A Foreign Ministry official in Seoul said 6,000 troops left.', '6,000')).toBe('foreign-ministry');
  });
});
