// The one way extractors build a claim: exact text, offsets, line/column and a stable id.

import type { Claim, ClaimKind, ClaimValue, Source } from '../model.js';
import { positionOf } from '../text/positions.js';

export function makeClaim(
  source: Source,
  kind: ClaimKind,
  start: number,
  end: number,
  sentence: number,
  value: ClaimValue,
  extra: Partial<Pick<Claim, 'quantity' | 'date' | 'entity' | 'quote' | 'identifier' | 'attribution'>> = {},
): Claim {
  const { line, column } = positionOf(source.lineStarts, start);
  return claimRecord({
    id: `${source.id}@${start}:${kind}`,
    source: source.id,
    kind,
    text: source.text.slice(start, end),
    start,
    end,
    line,
    column,
    sentence,
    value,
    ...extra,
  });
}

/** The claim with some fields replaced, as `{ ...c, ...changes }` would give. */
export function withClaim(c: Claim, changes: Partial<Claim>): Claim {
  return claimRecord({ ...c, ...changes });
}

/**
 * Every claim in one hidden class: all fields present, in one order. Spreads and optional fields gave each
 * kind and each normalize step its own map, so on new text the later stages met new combinations and were
 * deoptimised and compiled again, function after function.
 */
function claimRecord(c: Claim): Claim {
  return {
    id: c.id,
    source: c.source,
    kind: c.kind,
    text: c.text,
    start: c.start,
    end: c.end,
    line: c.line,
    column: c.column,
    sentence: c.sentence,
    value: c.value,
    attribution: c.attribution,
    background: c.background,
    quantity: c.quantity,
    date: c.date,
    entity: c.entity,
    quote: c.quote,
    identifier: c.identifier,
  };
}

/** Index of the sentence containing an offset (sentences are sorted and disjoint), or -1. */
export function sentenceAt(source: Source, offset: number): number {
  const s = source.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < s[mid].start) hi = mid - 1;
    else if (offset >= s[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
