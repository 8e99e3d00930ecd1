// Language votes count whole words only, from a stopword trie shared by all languages.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/lexicon/load.js';
import { detectLanguage } from '../../src/ingest/language.js';

const lang = (code: string, stopwords: string[]): Language => ({ code, sections: { language: { stopwords } } });

describe('detectLanguage word votes', () => {
  const langs = new Map([
    ['xa', lang('xa', ['ka', 'kamo', "l'mo"])],
    ['xb', lang('xb', ['kam', 'po'])],
  ]);

  it('counts a stopword only as a whole word, not as the start or end of a longer one', () => {
    expect(detectLanguage('kamos kamos kama pop ka', langs)).toBe('xa');
    expect(detectLanguage('kam kamo kam', langs)).toBe('xb');
  });

  it('reads words with inner apostrophes, in any case', () => {
    expect(detectLanguage("L'MO L'mo po", langs)).toBe('xa');
    expect(detectLanguage("lmo mo po", langs)).toBe('xb');
  });

  it('falls back to the first language on a tie', () => {
    expect(detectLanguage('ka po', langs)).toBe('xa');
    expect(detectLanguage('ka po', new Map([...langs].reverse()))).toBe('xb');
  });
});
