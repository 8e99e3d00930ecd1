import { describe, expect, it } from 'vitest';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { extractStory } from '../../../src/extract/index.js';
import { sourceOf } from './helpers.js';

const langs = loadLanguages();

function names(texts: string[]) {
  const sources = texts.map((t, i) => sourceOf(t, 'en', `s${i}`));
  return extractStory(sources, () => langs.get('en')!)
    .filter((c) => c.entity)
    .map((c) => `${c.source}:${c.text}:${c.kind}`);
}

describe('names in lines written in capitals', () => {
  it("finds the story's names in another source's capitals, spelled alike", () => {
    const found = names([
      'Attorney General Wally Oppal said the Criminal Code applies.',
      'BC ATTORNEY GENERAL WALLY OPAL ISSUED A STATEMENT UNDER THE CRIMINAL CODE TODAY.',
    ]);
    expect(found).toContain('s1:WALLY OPAL:person');
    // The kind is the known name's, whatever it is.
    const kindOf = (text: string) => found.find((n) => n.includes(`:${text}:`))!.split(':')[2];
    expect(kindOf('CRIMINAL CODE')).toBe(kindOf('Criminal Code'));
  });

  it('takes no name of one word, and nothing from a line with small letters', () => {
    const found = names(['Attorney General Wally Oppal spoke to reporters.', 'OPPAL SAYS THE ARRESTS FOLLOW A LONG REVIEW.\nThen Wally Oppal left.']);
    expect(found.filter((n) => n.startsWith('s1'))).toEqual(['s1:Wally Oppal:person']);
  });

  it("prefers the story's longer name to the one word its own body gave", () => {
    const found = names(['Cumbria Police said a man was charged.', 'A man from Cumbria was charged.\n- CUMBRIA POLICE']);
    expect(found.filter((n) => n.startsWith('s1'))).toEqual(['s1:Cumbria:place', `s1:CUMBRIA POLICE:${found[0].split(':')[2]}`]);
  });

  it('keeps the claims as they were when no line is in capitals', () => {
    const sources = ['Wally Oppal spoke.', 'Wally Oppal left.'].map((t, i) => sourceOf(t, 'en', `s${i}`));
    const claims = extractStory(sources, () => langs.get('en')!);
    expect(claims.map((c) => c.text)).toEqual(['Wally Oppal', 'Wally Oppal']);
  });
});
