// Build a Source without the ingest stage: one sentence per non-empty line.

import type { Sentence, Source } from '../../../src/model.js';
import { lineStarts } from '../../../src/text/positions.js';

export function sourceOf(text: string, opts: Partial<Source> = {}): Source {
  const starts = lineStarts(text);
  const sentences: Sentence[] = [];
  starts.forEach((start, i) => {
    const next = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const end = text[next - 1] === '\r' ? next - 1 : next;
    if (text.slice(start, end).trim() !== '') sentences.push({ index: sentences.length, start, end, headline: false });
  });
  return {
    id: 'src',
    path: 'src.txt',
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
