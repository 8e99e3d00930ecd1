import type { Claim, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';

// STUB — replaced by the quantity extractor.
export function extractQuantities(_source: Source, _lang: Language): Claim[] {
  return [];
}
