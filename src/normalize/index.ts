// Story-level normalisation: what needs more than one claim or one source to settle
// (relative dates against the publication date, entity keys across spellings, who an age or a distance is about, attribution, background).

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { resolveDates } from './date.js';
import { canonicalizeEntities } from './entity.js';
import { markBackground } from './background.js';
import { resolveSubjects } from './subject.js';

export function normalizeClaims(claims: Claim[], sources: Source[], langs: Map<string, Language>): Claim[] {
  let out = resolveDates(claims, sources, langs);
  out = canonicalizeEntities(out, sources, langs);
  out = resolveSubjects(out);
  return markBackground(out, sources);
}
