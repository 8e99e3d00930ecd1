// Person, place and organisation claims of one source. The mentions come from mentions.ts (cached per
// source, so the quote and attribution extractors reuse them); keys are provisional until normalize/entity.ts.

import type { Claim, EntityInfo, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { makeClaim } from '../claim.js';
import { findMentions } from './mentions.js';

export function extractEntities(source: Source, lang: Language): Claim[] {
  return findMentions(source, lang).map((m) => {
    const entity = entityRecord({
      key: m.key,
      canonical: m.canonical,
      title: m.title || undefined,
      event: m.event || undefined,
      residentOf: m.residentOf || undefined,
    });
    return makeClaim(source, m.kind, m.start, m.end, m.sentence, m.canonical, { entity });
  });
}

/** Every entity in one hidden class: the optional fields present (undefined when unset), in their JSON order,
 *  so the later stages meet one map, not one per combination of fields. */
export function entityRecord(e: EntityInfo): EntityInfo {
  return { key: e.key, canonical: e.canonical, title: e.title, event: e.event, residentOf: e.residentOf };
}
