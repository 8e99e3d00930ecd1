// Where a quantity may start: the tokens a digit run or a trigger word begins, runs cut by the characters.
import { describe, expect, it } from 'vitest';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { quantityLexicon } from '../../../src/extract/quantity/lexicon.js';
import { tokenize } from '../../../src/text/tokens.js';

function candidates(text: string, language = 'en'): string[] {
  const tokens = tokenize(text);
  const starts = quantityLexicon(loadLanguages().get(language)!).starts;
  return starts.candidateTokens(text, tokens, 0, text.length).map((i) => tokens[i].text);
}

describe('candidateTokens', () => {
  it('takes digit runs and number words, not other words', () => {
    expect(candidates('Some 6,000 troops and seven tanks left in 2012.')).toEqual(['6,000', 'seven', '2012']);
  });
  it('takes a word glued to a number as its own run ("5km")', () => {
    expect(candidates('a 5km walk of twenty-two miles')).toEqual(['5', 'twenty-two']);
  });
  it('takes no word inside a run of characters the scan reads as letters ("one—two")', () => {
    expect(candidates('one—two')).toEqual(['one']);
  });
  it('starts a run at the start of the range', () => {
    const text = 'x 12 three';
    const tokens = tokenize(text, 5);
    const starts = quantityLexicon(loadLanguages().get('en')!).starts;
    expect(starts.candidateTokens(text, tokens, 5, text.length).map((i) => tokens[i].text)).toEqual(['three']);
  });
  it('takes a Dutch compound on its number morpheme, not the article alone', () => {
    expect(candidates('een eenentwintigjarige en tweeduizend mensen', 'nl')).toEqual(['eenentwintigjarige', 'tweeduizend']);
  });
});
