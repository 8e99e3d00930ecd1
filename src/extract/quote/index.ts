import type { Claim, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';

// STUB — replaced by the quote extractor.
export function extractQuotes(_source: Source, _lang: Language): Claim[] {
  return [];
}
