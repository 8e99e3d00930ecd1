// Every extractor runs over one source's claim-bearing sentences; results come back in text order,
// attributed to whoever the text says gave them.

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { extractQuantities } from './quantity/index.js';
import { extractDates } from './date/index.js';
import { extractEntities } from './entity/index.js';
import { extractQuotes } from './quote/index.js';
import { extractIdentifiers } from './identifier/index.js';
import { attributeClaims } from './attribution/index.js';
import { withNamesInCapitals } from './entity/capitals.js';

/** Claims of every source of a story; names in lines written in capitals need the names of the others. */
export function extractStory(sources: Source[], langOf: (source: Source) => Language): Claim[] {
  return withNamesInCapitals(sources, sources.flatMap((s) => extractClaims(s, langOf(s))));
}

export function extractClaims(source: Source, lang: Language): Claim[] {
  const measures = [...extractQuantities(source, lang), ...extractDates(source, lang)];
  const claims = [
    ...measures,
    ...withoutUnitNames(extractEntities(source, lang), measures).filter((e) => !isDollarsCountry(source.text, e)),
    ...extractQuotes(source, lang),
    ...extractIdentifiers(source),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  // Who gave each claim ("the USGS said") needs every claim of the sentence, so it runs last.
  return attributeClaims(source, lang, claims);
}

/**
 * A name glued to a dollar sign is the dollar's country ("US$26 million", "HK$", "CA$"), and so is a code of
 * capitals one space before it ("US $2.63 billion"; "paid Smith $5" is no such code), also in a stated conversion,
 * which the amount's claim text does not cover ("20 million euros (US$26 million)").
 */
function isDollarsCountry(text: string, e: Claim): boolean {
  if (text[e.end] === '$') return true;
  return text[e.end] === ' ' && text[e.end + 1] === '$' && CURRENCY_CODE.test(e.text);
}

const CURRENCY_CODE = /^[A-Z]{2,3}$/;

/** A capitalised word inside an amount or a date ("60 GB", "30GB") is its unit, not a name. */
function withoutUnitNames(entities: Claim[], measures: Claim[]): Claim[] {
  if (measures.length === 0) return entities;
  const spans = measures.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  // Sweep: spans sorted by start, entities by start; keep the furthest end of the spans begun so far.
  const kept: Claim[] = [];
  let next = 0;
  let reach = -1;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    while (next < spans.length && spans[next][0] <= e.start) reach = Math.max(reach, spans[next++][1]);
    if (e.end > reach) kept.push(e);
  }
  return kept;
}
