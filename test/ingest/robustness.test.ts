// Inputs that would expose a quadratic scan or a backtracking regex. No timing asserts: each case must simply
// finish (vitest's timeout is the bound) and give the obvious answer.

import { describe, expect, it } from 'vitest';
import { ingestString, seed } from './helpers.js';

describe('large and hostile inputs', () => {
  it('ingests a 3 MB source', { timeout: 20_000 }, () => {
    const one = seed('004').text;
    const text = one.repeat(Math.ceil(3_000_000 / one.length));
    const s = ingestString(text);
    expect(s.text.length).toBe(text.length);
    expect(s.sentences.length).toBeGreaterThan(15_000);
  });

  it('ingests a single line of 200,000 digits', { timeout: 20_000 }, () => {
    const s = ingestString('7'.repeat(200_000));
    expect(s.sentences).toEqual([{ index: 0, start: 0, end: 200_000, headline: true }]);
  });

  it.each([
    ['dotted letters', 'a.'.repeat(500_000)],
    ['open brackets', '('.repeat(1_000_000)],
    ['capitals', 'SEOUL '.repeat(200_000)],
    ['closing quotes then a period', ')'.repeat(1_000_000) + '.'],
    ['empty lines', '\n'.repeat(1_000_000)],
    ['short lines', 'Ab\n'.repeat(300_000)],
    ['a dateline-like line', 'SEOUL ' + '('.repeat(100_000) + 'AFP' + ')'.repeat(100_000)],
  ])('finishes on %s in every format', { timeout: 20_000 }, (_what, text) => {
    for (const name of ['a.txt', 'a.html', 'a.md']) expect(ingestString(text, name).text.length).toBe(text.length);
  });

  it('finishes on unclosed markup', { timeout: 20_000 }, () => {
    for (const text of ['<'.repeat(1_000_000), '<a'.repeat(500_000), '<!--' + 'x'.repeat(1_000_000), '<script>' + '<'.repeat(500_000)]) {
      const s = ingestString(text, 'a.html');
      expect(s.text.length).toBe(text.length);
    }
  });
});
