// Every extractor runs over one source's claim-bearing sentences; results come back in text order.

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { extractQuantities } from './quantity/index.js';
import { extractDates } from './date/index.js';
import { extractEntities } from './entity/index.js';
import { extractQuotes } from './quote/index.js';

export function extractClaims(source: Source, lang: Language): Claim[] {
  const claims = [
    ...extractQuantities(source, lang),
    ...extractDates(source, lang),
    ...extractEntities(source, lang),
    ...extractQuotes(source, lang),
  ];
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
