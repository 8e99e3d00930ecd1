// Person, place and organisation claims of one source. The mentions come from mentions.ts (cached per
// source, so the quote and attribution extractors reuse them); keys are provisional until normalize/entity.ts.

import type { Claim, EntityInfo, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { makeClaim } from '../claim.js';
import { findMentions } from './mentions.js';

export function extractEntities(source: Source, lang: Language): Claim[] {
  return findMentions(source, lang).map((m) => {
    // Fields set one by one, not spread in: no temporary object per mention.
    const entity: EntityInfo = { key: m.key, canonical: m.canonical };
    if (m.title) entity.title = m.title;
    if (m.event) entity.event = m.event;
    if (m.residentOf) entity.residentOf = m.residentOf;
    return makeClaim(source, m.kind, m.start, m.end, m.sentence, m.canonical, { entity });
  });
}
