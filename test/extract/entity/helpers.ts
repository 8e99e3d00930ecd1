// Build a Source from text without the ingest stage: one sentence per non-empty line.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../../../src/model.js';
import { lineStarts } from '../../../src/text/positions.js';

export function sourceOf(text: string, language = 'en', id = 'src'): Source {
  const starts = lineStarts(text);
  const sentences = starts
    .map((start, i) => {
      const lineEnd = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
      const end = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      return { start, end };
    })
    .filter((s) => text.slice(s.start, s.end).trim() !== '')
    .map((s, index) => ({ index, ...s, headline: false }));
  return {
    id, path: id, text, language, published: null, publishedInferred: false, agency: null,
    metadata: [], sentences, lineStarts: starts, notices: [],
  };
}

export const SEED = path.resolve(import.meta.dirname, '../../../corpus/korea-russia-builders');

/** The seed story's sources, ids 000…004, Dutch for 002. */
export function seedSources(): Source[] {
  return readdirSync(SEED)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => sourceOf(readFileSync(path.join(SEED, f), 'utf8'), f.startsWith('002') ? 'nl' : 'en', f.slice(0, 3)));
}
