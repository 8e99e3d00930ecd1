// What the rest of a date's sentence says about it: the event it dates (nearest event word, same clause first)
// and whether its clause speaks of the future ("will … on Friday"). Read with two lexicon regexes over the raw
// sentence, once per sentence that holds a date; distances are in characters.

import type { Sentence } from '../../model.js';
import type { DateLexicon } from './lexicon.js';

/** A same-clause event always beats one in another clause of the sentence. */
const OTHER_CLAUSE_PENALTY = 100_000;
/** A future marker right after the date still counts when nothing breaks the clause: "Dinsdag zal hij …". */
const FUTURE_AFTER = 12;

interface Hit {
  start: number;
  end: number;
  key: string;
}

export interface SentenceContext {
  /** Offsets of clause breaks, ascending. */
  breaks: number[];
  events: Hit[];
  futures: Hit[];
}

export function sentenceContext(text: string, sentence: Sentence, lex: DateLexicon): SentenceContext {
  const ctx: SentenceContext = { breaks: [], events: [], futures: [] };
  // A slice, so that a sentence without context words never scans past its end.
  for (const m of text.slice(sentence.start, sentence.end).matchAll(lex.contextPattern)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) ctx.events.push({ start, end, key: lex.eventKey(m[1]) ?? '' });
    else if (m[2] !== undefined) ctx.futures.push({ start, end, key: '' });
    else ctx.breaks.push(start);
  }
  return ctx;
}

function clauseOf(ctx: SentenceContext, offset: number): number {
  let n = 0;
  while (n < ctx.breaks.length && ctx.breaks[n] < offset) n++;
  return n;
}

/** Canonical key of the event word nearest to the date, preferring its own clause. */
export function eventNear(ctx: SentenceContext, start: number, end: number): string | undefined {
  const home = clauseOf(ctx, start);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const e of ctx.events) {
    if (e.start < end && e.end > start) continue;
    // An event before the date ("met … on Tuesday") wins a tie over one after it.
    const distance = e.end <= start ? start - e.end : e.start - end + 1;
    const sameClause = clauseOf(ctx, e.start) === home && clauseOf(ctx, e.end - 1) === home;
    const score = distance + (sameClause ? 0 : OTHER_CLAUSE_PENALTY);
    if (score < bestScore) [best, bestScore] = [e.key, score];
  }
  return best;
}

/** True when a future marker governs the date: before it in its clause, or right after it. */
export function isFuture(ctx: SentenceContext, start: number, end: number): boolean {
  const home = clauseOf(ctx, start);
  return ctx.futures.some(
    (f) => clauseOf(ctx, f.start) === home && (f.end <= start || (f.start >= end && f.start - end <= FUTURE_AFTER)),
  );
}
