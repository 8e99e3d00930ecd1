// src/collections.ts: compareKeys orders keys of [a-z0-9-] as localeCompare does (the report's tie-breaks on
// entity keys relied on localeCompare before), without ICU.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../src/collections.js';

const key = fc.stringMatching(/^[a-z0-9-]{0,12}$/);

describe('compareKeys', () => {
  it('orders [a-z0-9-] keys as localeCompare does', () => {
    fc.assert(fc.property(key, key, (a, b) => Math.sign(compareKeys(a, b)) === Math.sign(a.localeCompare(b, 'en'))), { numRuns: 5000 });
    fc.assert(fc.property(key, key, (a, b) => Math.sign(compareKeys(a, a + b)) === Math.sign(a.localeCompare(a + b, 'en'))));
  });

  it('leaves other strings to localeCompare', () => {
    expect(Math.sign(compareKeys('é', 'f'))).toBe(-1); // code units would put é after f
  });
});
