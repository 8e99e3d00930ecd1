// Quote claims: the quoted words of every quotation with at least two words, normalised for comparison, and
// the speaker named next to it (same sentence after the quote, then before it; for a quote that is the whole
// sentence, the previous then the next sentence).

import type { Claim, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import type { SentenceRange } from '../entity/context.js';
import { reporterFinder, type ReporterFinder } from '../attribution/reporter.js';
import { makeClaim, sentenceAt } from '../claim.js';
import { findQuotes, type QuoteSpan } from './scan.js';
import { firstStartingAt } from '../../text/tokens.js';

const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function extractQuotes(source: Source, lang: Language): Claim[] {
  const finder = reporterFinder(source, lang);
  const claims: Claim[] = [];
  for (const q of findQuotes(source, finder.lex)) {
    const sentence = sentenceAt(source, q.start);
    if (sentence < 0) continue;
    const text = source.text.slice(q.start, q.end);
    const speaker = speakerOf(finder, q);
    claims.push(
      makeClaim(source, 'quote', q.start, q.end, sentence, text, {
        // One hidden class for every quote, with or without a speaker.
        quote: { normalized: normalizeQuote(text), speaker: speaker || undefined },
      }),
    );
  }
  return claims;
}

/** Lower case, every run of punctuation and space one space: “honestly implement,” = "honestly implement". */
export function normalizeQuote(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim();
}

function speakerOf(finder: ReporterFinder, q: QuoteSpan): string | undefined {
  const { tokens, ranges } = finder.ctx;
  const first = rangeIndexAt(ranges, tokens, q.markStart);
  const last = rangeIndexAt(ranges, tokens, q.markEnd - 1);
  if (first < 0 || last < 0) return undefined;
  const open = firstStartingAt(tokens, q.markStart);
  const close = firstStartingAt(tokens, q.markEnd);
  const after = finder.find(close, ranges[last].to);
  if (after) return after;
  const before = finder.find(ranges[first].from, open, 'end');
  if (before) return before;
  if (hasWords(finder, ranges[first].from, open) || hasWords(finder, close, ranges[last].to)) return undefined;
  const previous = ranges[first - 1];
  const next = ranges[last + 1];
  return (previous && finder.findInSentence(previous)) ?? (next && finder.findInSentence(next)) ?? undefined;
}

function hasWords(finder: ReporterFinder, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (finder.ctx.tokens[i].kind !== 'punct') return true;
  return false;
}

/** Index into ranges of the sentence holding an offset, or -1. */
function rangeIndexAt(ranges: SentenceRange[], tokens: { start: number }[], offset: number): number {
  const t = firstStartingAt(tokens, offset);
  for (let lo = 0, hi = ranges.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (t < ranges[mid].from) hi = mid - 1;
    else if (t >= ranges[mid].to) lo = mid + 1;
    else return mid;
  }
  return -1;
}
