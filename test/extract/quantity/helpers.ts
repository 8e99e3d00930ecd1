// Build a Source without the ingest stage: one sentence per line.
import type { Claim, Source } from '../../../src/model.js';
import { lineStarts } from '../../../src/text/positions.js';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { extractQuantities } from '../../../src/extract/quantity/index.js';

export function sourceOf(text: string, language = 'en', id = 'src'): Source {
  const starts = lineStarts(text);
  const sentences = starts
    .map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] - 1 : text.length }))
    .filter((s) => s.end > s.start)
    .map((s, index) => ({ index, ...s, headline: false }));
  return { id, path: id, text, language, published: null, publishedInferred: false, agency: null, metadata: [], sentences, lineStarts: starts, notices: [] };
}

/** Quantity claims of a text in a language. */
export function quantities(text: string, language = 'en'): Claim[] {
  return extractQuantities(sourceOf(text, language), loadLanguages().get(language)!);
}

/** The single claim of a text; fails the test when there is not exactly one. */
export function only(text: string, language = 'en'): Claim {
  const found = quantities(text, language);
  if (found.length !== 1) throw new Error(`expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((c) => c.text))}`);
  return found[0];
}

export const texts = (text: string, language = 'en'): string[] => quantities(text, language).map((c) => c.text);
