// Attribution: who the text says gave the figures, dates and names of a sentence ("the USGS said", "according
// to X", "volgens X"). Sets `attribution` to the reporter's provisional entity key; normalize/entity.ts maps it
// to the story-wide key with the entities.

import type { Claim, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { reporterFinder } from './reporter.js';
import { withClaim } from '../claim.js';

const ATTRIBUTABLE = new Set<Claim['kind']>(['quantity', 'date', 'person', 'place', 'organization']);

export function attributeClaims(source: Source, lang: Language, claims: Claim[]): Claim[] {
  const finder = reporterFinder(source, lang);
  const reporterBySentence = new Map<number, string | undefined>();
  for (const r of finder.ctx.ranges) reporterBySentence.set(r.sentence, finder.findInSentence(r));
  return claims.map((c) => {
    if (c.source !== source.id || c.attribution || !ATTRIBUTABLE.has(c.kind)) return c;
    const reporter = reporterBySentence.get(c.sentence);
    if (!reporter) return c;
    if (c.entity?.key === reporter) return c; // the reporter's own name is not attributed to itself

    return withClaim(c, { attribution: reporter });
  });
}
