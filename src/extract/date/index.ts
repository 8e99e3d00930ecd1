import type { Claim, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';

// STUB — replaced by the date extractor.
export function extractDates(_source: Source, _lang: Language): Claim[] {
  return [];
}
