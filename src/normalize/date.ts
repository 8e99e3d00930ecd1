import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';

// STUB — replaced by the date normaliser.
export function resolveDates(claims: Claim[], _sources: Source[], _langs: Map<string, Language>): Claim[] {
  return claims;
}
