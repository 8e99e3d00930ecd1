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
  return {
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
