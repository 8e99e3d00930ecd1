// Build Sources without the ingest stage: one sentence per line.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../../src/model.js';
import { lineStarts } from '../../src/text/positions.js';

export function sourceOf(id: string, text: string, language = 'en'): Source {
  const starts = lineStarts(text);
  const sentences = starts.map((start, index) => ({
    index,
    start,
    end: index + 1 < starts.length ? starts[index + 1] - 1 : text.length,
    headline: false,
  }));
  return { id, path: id, text, language, published: null, publishedInferred: false, agency: null, metadata: [], sentences, lineStarts: starts, notices: [] };
}

/** The seed story: ids are the three-digit prefixes; 002 is the Dutch one. */
export function seedSources(): Source[] {
  const dir = new URL('../../corpus/korea-russia-builders/', import.meta.url).pathname;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => sourceOf(f.slice(0, 3), readFileSync(path.join(dir, f), 'utf8'), f.startsWith('002') ? 'nl' : 'en'));
}
