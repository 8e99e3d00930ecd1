import { describe, expect, it } from 'vitest';
import { NormMemo, normWord, vocabulary } from '../../src/text/vocabulary.js';

describe('vocabulary', () => {
  it('stores a text once, with its norm and the id of that norm', () => {
    const text = 'Seoul said SEOUL’s seoul';
    const a = vocabulary.wordAt(text, 0, 5, 'word');
    expect(vocabulary.wordAt(text, 0, 5, 'word')).toBe(a);
    expect(a).toMatchObject({ text: 'Seoul', norm: 'seoul', kind: 'word', first: 'S'.charCodeAt(0) });
    const possessive = vocabulary.wordAt(text, 11, 18, 'word');
    expect(possessive.norm).toBe(normWord('SEOUL’s'));
    expect(possessive.id).toBe(a.id);
    expect(vocabulary.wordAt(text, 19, 24, 'word').id).toBe(a.id);
    expect(vocabulary.wordAt(text, 6, 10, 'word').id).not.toBe(a.id);
  });

  it('keeps the text of a number or punctuation as its norm', () => {
    expect(vocabulary.wordAt('’', 0, 1, 'punct').norm).toBe('’');
    expect(vocabulary.normId('’')).not.toBe(vocabulary.normId("'"));
  });
});

describe('NormMemo', () => {
  it('knows nothing until told, and nothing for a word without an id', () => {
    const memo = new NormMemo();
    expect(memo.recall({ id: 7 })).toBeUndefined();
    expect(memo.remember({ id: 7 }, false)).toBe(false);
    expect(memo.recall({ id: 7 })).toBe(false);
    expect(memo.remember({ id: 5000 }, true)).toBe(true);
    expect(memo.recall({ id: 5000 })).toBe(true);
    expect(memo.recall({ id: 6 })).toBeUndefined();
    memo.remember({ id: -1 }, true);
    memo.remember({}, true);
    expect(memo.recall({ id: -1 })).toBeUndefined();
    expect(memo.recall({})).toBeUndefined();
  });
});
