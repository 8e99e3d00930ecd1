import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';

// STUB — replaced by the entity normaliser.
export function canonicalizeEntities(claims: Claim[], _sources: Source[], _langs: Map<string, Language>): Claim[] {
  return claims;
}
