// Person, place and organisation claims of one source. The mentions come from mentions.ts (cached per
// source, so the quote and attribution extractors reuse them); keys are provisional until normalize/entity.ts.

import type { Claim, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { makeClaim } from '../claim.js';
import { findMentions } from './mentions.js';

export function extractEntities(source: Source, lang: Language): Claim[] {
  return findMentions(source, lang).map((m) =>
    makeClaim(source, m.kind, m.start, m.end, m.sentence, m.canonical, {
      entity: {
        key: m.key,
        canonical: m.canonical,
        ...(m.title ? { title: m.title } : {}),
        ...(m.event ? { event: m.event } : {}),
        ...(m.residentOf ? { residentOf: m.residentOf } : {}),
      },
    }),
  );
}
