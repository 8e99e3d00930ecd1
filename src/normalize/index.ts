// Story-level normalisation: what needs more than one claim or one source to settle
// (relative dates against the publication date, entity keys across spellings, attribution, background).

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { resolveDates } from './date.js';
import { canonicalizeEntities } from './entity.js';
import { markBackground } from './background.js';

export function normalizeClaims(claims: Claim[], sources: Source[], langs: Map<string, Language>): Claim[] {
  let out = resolveDates(claims, sources, langs);
  out = canonicalizeEntities(out, sources, langs);
  return markBackground(out, sources);
}
