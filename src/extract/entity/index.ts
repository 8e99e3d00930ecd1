import type { Claim, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';

// STUB — replaced by the entity extractor.
export function extractEntities(_source: Source, _lang: Language): Claim[] {
  return [];
}
