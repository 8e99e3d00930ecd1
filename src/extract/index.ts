// Every extractor runs over one source's claim-bearing sentences; results come back in text order,
// attributed to whoever the text says gave them.

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { extractQuantities } from './quantity/index.js';
import { extractDates } from './date/index.js';
import { extractEntities } from './entity/index.js';
import { extractQuotes } from './quote/index.js';
import { attributeClaims } from './attribution/index.js';

export function extractClaims(source: Source, lang: Language): Claim[] {
  const claims = [
    ...extractQuantities(source, lang),
    ...extractDates(source, lang),
    ...extractEntities(source, lang),
    ...extractQuotes(source, lang),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  // Who gave each claim ("the USGS said") needs every claim of the sentence, so it runs last.
  return attributeClaims(source, lang, claims);
}
