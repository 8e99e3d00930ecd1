import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/extract/entity/names.js';

describe('foldName', () => {
  it('lower-cases a plain ASCII word or number as is', () => {
    expect(foldName('Abc9')).toBe('abc9');
    expect(foldName('XYZ')).toBe('xyz');
  });

  it('still drops periods, apostrophes and possessives, and splits on other marks', () => {
    expect(foldName("Abc-Def's")).toBe('abc def');
    expect(foldName('A.B.')).toBe('ab');
    expect(foldName("O'Qrs")).toBe('oqrs');
    expect(foldName('Äbç')).toBe('abc');
    expect(foldName('ab\u0010')).toBe('ab');
    expect(foldName('')).toBe('');
  });
});
