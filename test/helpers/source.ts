// Build a Source without the ingest stage: one sentence per non-empty line. Stage tests use this to feed
// extractors and lineage exactly the text they mean to test.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Sentence, Source } from '../../src/model.js';
import { lineStarts } from '../../src/text/positions.js';

export function sourceFromLines(text: string, opts: Partial<Source> = {}): Source {
  const starts = lineStarts(text);
  const sentences: Sentence[] = [];
  starts.forEach((start, i) => {
    const next = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const end = text[next - 1] === '\r' ? next - 1 : next;
    if (text.slice(start, end).trim() !== '') sentences.push({ index: sentences.length, start, end, headline: false });
  });
  const id = opts.id ?? 'src';
  return {
    id,
    path: id,
    text,
    language: 'en',
    published: null,
    publishedInferred: false,
    agency: null,
    metadata: [],
    sentences,
    lineStarts: starts,
    notices: [],
    ...opts,
  };
}

export const SEED = path.resolve(import.meta.dirname, '../../corpus/korea-russia-builders');

/** The seed story's sources, ids 000…004 (the file names' prefixes), Dutch for 002. */
export function seedSources(): Source[] {
  return readdirSync(SEED)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => sourceFromLines(readFileSync(path.join(SEED, f), 'utf8'), { id: f.slice(0, 3), language: f.startsWith('002') ? 'nl' : 'en' }));
}
