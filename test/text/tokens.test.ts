import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, tokensIn, tokensOf } from '../../src/text/tokens.js';

const fields = (tokens: ReturnType<typeof tokenize>) => tokens.map((t) => ({ text: t.text, norm: t.norm, start: t.start, end: t.end, kind: t.kind }));
const plain = (text: string, from?: number, to?: number) => fields(tokenize(text, from, to));

describe('tokenize', () => {
  it('reads numbers, words with joiners and punctuation', () => {
    expect(plain("Kim Jong‐un's 6,000 troops—2.5%")).toEqual([
      { text: 'Kim', norm: 'kim', start: 0, end: 3, kind: 'word' },
      { text: "Jong‐un's", norm: 'jong-un', start: 4, end: 13, kind: 'word' },
      { text: '6,000', norm: '6,000', start: 14, end: 19, kind: 'number' },
      { text: 'troops', norm: 'troops', start: 20, end: 26, kind: 'word' },
      { text: '—', norm: '—', start: 26, end: 27, kind: 'punct' },
      { text: '2.5', norm: '2.5', start: 27, end: 30, kind: 'number' },
      { text: '%', norm: '%', start: 30, end: 31, kind: 'punct' },
    ]);
  });

  it('takes every Unicode space, and the zero-width space, as a break', () => {
    expect(plain('a\u200bb\u205fc\u3000d\u00a0e').map((t) => t.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps a letter outside the BMP inside its word, and an emoji as one punct token', () => {
    expect(plain('𝒜bc 🙂x').map((t) => [t.text, t.kind])).toEqual([
      ['𝒜bc', 'word'],
      ['🙂', 'punct'],
      ['x', 'word'],
    ]);
  });

  it('does not read past `to`: a separator or joiner at the bound ends the token', () => {
    expect(plain('5.3 Jong-un', 0, 2).map((t) => t.text)).toEqual(['5', '.']);
    expect(plain('5.3 Jong-un', 4, 9).map((t) => t.text)).toEqual(['Jong', '-']);
  });

  it('gives equal norms one vocabulary id', () => {
    const [a, b, c] = tokenize('The the then');
    expect(a.norm).toBe('the');
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
  });

  // Speed is measured by `npm run bench`; the timeout only catches a hang (growth is tested in test/perf).
  it('reads a 200,000-digit line and a long run of joiners as one token each', { timeout: 30_000 }, () => {
    expect(tokenize('1,'.repeat(100_000) + '1')).toHaveLength(1);
    expect(tokenize('a-'.repeat(100_000) + 'a')).toHaveLength(1);
  });
});

describe('tokensOf / tokensIn', () => {
  it('tokenizes a source once', () => {
    const source = { text: 'One two three.' };
    expect(tokensOf(source)).toBe(tokensOf(source));
  });

  it('gives the same tokens as tokenizing the stretch alone, also when a bound cuts a token', () => {
    const alphabet = fc.constantFrom('a', 'B', '1', ',', '.', '-', "'", ' ', '\n', 'é', '’', '🙂');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), fc.nat(), fc.nat(), (text, x, y) => {
        const from = x % (text.length + 1);
        const to = from + (y % (text.length - from + 1));
        expect(fields(tokensIn({ text }, from, to))).toEqual(plain(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('shares the source tokens when no token crosses a bound', () => {
    const source = { text: 'First one. Second one.' };
    const all = tokensOf(source);
    const inner = tokensIn(source, 11, 22);
    expect(inner.map((t) => t.text)).toEqual(['Second', 'one', '.']);
    expect(inner[0]).toBe(all[3]);
  });
});
