import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { ingestString, languages, seed } from './helpers.js';

// All 114 pairs when shared/ sits beside the clone (as in CI), else the 10 copied with the accuracy gold.
const SHARED_PAIRS = path.resolve(import.meta.dirname, '../../../shared/data/meantime-pairs');
const PAIRS = existsSync(SHARED_PAIRS) ? SHARED_PAIRS : path.resolve(import.meta.dirname, '../accuracy/data/meantime-pairs');

describe('language detection', () => {
  it('knows the seed story: 002 is Dutch, the rest English', () => {
    expect(['000', '001', '002', '003', '004'].map((id) => seed(id).language)).toEqual(['en', 'en', 'nl', 'en', 'en']);
  });

  it('falls back to English when nothing decides', () => {
    expect(ingestString('').language).toBe('en');
    expect(ingestString('6,000 — 1,000 / 5,000').language).toBe('en');
    expect(ingestString('Kim Jong Un, Vladimir Putin').language).toBe('en');
  });

  it('reads a Dutch headline-only source as Dutch', () => {
    expect(ingestString('Noord-Korea stuurt duizenden personeelsleden naar Rusland').language).toBe('nl');
  });

  it('is right on every MEANTIME English/Dutch pair', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const pair of readdirSync(PAIRS)) {
      for (const code of ['en', 'nl']) {
        const file = path.join(PAIRS, pair, `${code}.txt`);
        if (!existsSync(file)) continue;
        checked++;
        if (ingestText(code, file, readFileSync(file), languages()).language !== code) wrong.push(`${pair}/${code}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(PAIRS === SHARED_PAIRS ? 200 : 20);
    expect(wrong).toEqual([]);
  });
});
