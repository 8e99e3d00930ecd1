// What the words around a date say about it: the event it dates (nearest event word, same clause first) and
// whether its clause speaks of the future ("will … on Friday"). One lexicon regex over a bounded stretch of the
// date's sentence, so a sentence as long as the whole text still costs linear time; distances are in characters.

import type { Sentence } from '../../model.js';
import type { DateLexicon } from './lexicon.js';

/** Commas, semicolons, colons, brackets and dashes end a clause (a hyphen only with spaces around it). */
const BREAK_CHARS = new Set([',', ';', ':', '(', ')', '—', '–']);
/** A same-clause event always beats one in another clause of the sentence. */
const OTHER_CLAUSE_PENALTY = 100_000;
/** How far before and after a date its sentence is searched for an event or future marker. */
const REACH_BEFORE = 160;
const REACH_AFTER = 100;
/** A future marker right after the date still counts when nothing breaks the clause: "Dinsdag zal hij …". */
const FUTURE_AFTER = 12;

interface Hit {
  start: number;
  end: number;
  /** The words as written; an event's key is looked up only for the one chosen. */
  text: string;
}

export interface DateContext {
  text: string;
  events: Hit[];
  futures: Hit[];
  lex: DateLexicon;
}

/** Event words and future markers near the date [start, end), inside its sentence. */
export function contextAround(text: string, sentence: Sentence, start: number, end: number, lex: DateLexicon): DateContext {
  const ctx: DateContext = { text, events: [], futures: [], lex };
  const from = Math.max(sentence.start, start - REACH_BEFORE);
  // A slice, so that a stretch without context words never scans past its end.
  const stretch = text.slice(from, Math.min(sentence.end, end + REACH_AFTER));
  const re = lex.contextPattern;
  re.lastIndex = 0;
  for (let m = re.exec(stretch); m !== null; m = re.exec(stretch)) {
    const at = from + m.index;
    const hit = { start: at, end: at + m[0].length, text: m[0] };
    (m[1] !== undefined ? ctx.events : ctx.futures).push(hit);
  }
  return ctx;
}

/** True when no clause break lies between the offsets a and b (a ≤ b). */
function sameClause(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (BREAK_CHARS.has(c) || (c === '-' && text[i - 1] === ' ' && (text[i + 1] === ' ' || text[i + 1] === '-'))) return false;
  }
  return true;
}

/** Canonical key of the event word nearest to the date, preferring its own clause. */
export function eventNear(ctx: DateContext, start: number, end: number): string | undefined {
  let best: Hit | undefined;
  let bestScore = Infinity;
  for (const e of ctx.events) {
    if (e.start < end && e.end > start) continue;
    const before = e.end <= start;
    // An event before the date ("met … on Tuesday") wins a tie over one after it.
    const distance = before ? start - e.end : e.start - end + 1;
    if (distance >= bestScore) continue;
    const clause = before ? sameClause(ctx.text, e.start, start) : sameClause(ctx.text, end, e.end);
    const score = distance + (clause ? 0 : OTHER_CLAUSE_PENALTY);
    if (score < bestScore) [best, bestScore] = [e, score];
  }
  return best && ctx.lex.eventKey(best.text);
}

/** True when a future marker governs the date: before it in its clause, or right after it. */
export function isFuture(ctx: DateContext, start: number, end: number): boolean {
  return ctx.futures.some(
    (f) =>
      (f.end <= start && sameClause(ctx.text, f.start, start)) ||
      (f.start >= end && f.start - end <= FUTURE_AFTER && sameClause(ctx.text, end, f.start)),
  );
}
