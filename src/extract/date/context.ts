// What the words around a date say about it: the event it dates (nearest event word, same clause first) and
// whether its clause speaks of the future ("will … on Friday"). The lexicon's phrase matchers over the tokens of a
// bounded stretch of the date's sentence (no regex of every event word to compile on a small run's first date), so
// a sentence as long as the whole text still costs linear time; distances are in characters.

import type { Sentence, Source } from '../../model.js';
import type { DateLexicon } from './lexicon.js';
import { startsUpper } from './grammar.js';
import { firstStartingAt, normToken, tokensOf, type Token } from '../../text/tokens.js';

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
  /** The event key (none for a future marker). */
  key?: string;
}

/** How much further than needed a sentence is searched, so that the next dates of a dense stretch reuse it. */
const READ_AHEAD = 400;

/**
 * Event words and future markers of the sentence around each date. The hits of one search serve every date
 * whose reach it covers, so a text dense with dates is still read about once.
 */
export class DateContext {
  private from = 0;
  private to = -1;
  private events: Hit[] = [];
  private futures: Hit[] = [];

  private readonly text: string;

  constructor(
    private readonly source: Source,
    private readonly lex: DateLexicon,
  ) {
    this.text = source.text;
  }

  /** Canonical key of the event word nearest to the date [start, end), preferring its own clause. */
  eventNear(sentence: Sentence, start: number, end: number): string | undefined {
    this.cover(sentence, start, end);
    let best: Hit | undefined;
    let bestScore = Infinity;
    for (const e of this.events) {
      if (!inReach(e, start, end)) continue;
      const before = e.end <= start;
      // An event before the date ("met … on Tuesday") wins a tie over one after it.
      const distance = before ? start - e.end : e.start - end + 1;
      if (distance >= bestScore) continue;
      const clause = before ? sameClause(this.text, e.start, start) : sameClause(this.text, end, e.end);
      const score = distance + (clause ? 0 : OTHER_CLAUSE_PENALTY);
      if (score < bestScore) [best, bestScore] = [e, score];
    }
    return best?.key;
  }

  /** True when a future marker governs the date: before it in its clause, or right after it. */
  isFuture(sentence: Sentence, start: number, end: number): boolean {
    this.cover(sentence, start, end);
    return this.futures.some(
      (f) =>
        inReach(f, start, end) &&
        ((f.end <= start && sameClause(this.text, f.start, start)) ||
          (f.start >= end && f.start - end <= FUTURE_AFTER && sameClause(this.text, end, f.start) && !this.opensClause(end, f.start))),
    );
  }

  /** A clause opener between the date and a later future marker gives the marker to another clause. */
  private opensClause(from: number, to: number): boolean {
    for (const word of this.text.slice(from, to).toLowerCase().split(/[^\p{L}]+/u)) if (this.lex.clauseOpeners.has(word)) return true;
    return false;
  }

  /** Make sure the hits cover the date's reach inside its sentence; search again (ahead) when they do not. */
  private cover(sentence: Sentence, start: number, end: number): void {
    const from = Math.max(sentence.start, start - REACH_BEFORE);
    const to = Math.min(sentence.end, end + REACH_AFTER);
    if (from >= this.from && to <= this.to) return;
    this.from = from;
    this.to = Math.min(sentence.end, to + READ_AHEAD);
    this.events = [];
    this.futures = [];
    // The source's shared tokens, walked in place: the words that start inside the stretch.
    const tokens = tokensOf(this.source);
    const last = firstStartingAt(tokens, this.to);
    for (let i = firstStartingAt(tokens, this.from); i < last; i++) {
      const t = tokens[i];
      if (t.kind !== 'word') continue;
      const event = this.lex.events.matchAt(tokens, i);
      if (event && event.to <= last) {
        this.addEvent(sentence, t.start, tokens[event.to - 1].end, event.value);
        i = event.to - 1;
      } else {
        const future = this.lex.futureMarkers.matchAt(tokens, i);
        if (future && future.to <= last) {
          this.futures.push({ start: t.start, end: tokens[future.to - 1].end });
          i = future.to - 1;
        } else if (t.norm.includes('-')) this.eventInParts(sentence, t);
      }
    }
  }

  /** An event word that is not part of a name or a charge ("on sexual assault charges"). */
  private addEvent(sentence: Sentence, start: number, end: number, key: string): void {
    if (!this.namesCharge(end) && !this.inName(sentence, start, end)) this.events.push({ start, end, key });
  }

  /** The event words among the parts of a hyphenated word ("re-signed", "co-founded"): the first found. */
  private eventInParts(sentence: Sentence, t: Token): void {
    let at = t.start;
    for (const part of t.norm.split('-')) {
      const event = part === '' ? undefined : this.lex.events.matchAt([normToken(part)], 0);
      if (event) {
        this.addEvent(sentence, at, at + part.length, event.value);
        return;
      }
      at += part.length + 1;
    }
  }

  /** A capitalised event word beside another capitalised word, inside a sentence that is not set in title case,
   *  is part of a name ("Catching Fire", "the Fire Department", "Election Commission"), not an event. */
  private inName(sentence: Sentence, start: number, end: number): boolean {
    if (!startsUpper(this.text, start) || start === sentence.start) return false;
    const capitalisedNeighbour = startsUpper(this.text, wordBefore(this.text, start, sentence.start)) || startsUpper(this.text, wordAfter(this.text, end, sentence.end));
    return capitalisedNeighbour && !this.titleCase(sentence);
  }

  private titleCaseOf?: Sentence;
  private titleCaseValue = false;

  /** Most words of the sentence capitalised: a headline, whose every word is. */
  private titleCase(sentence: Sentence): boolean {
    if (this.titleCaseOf !== sentence) {
      const words = this.text.slice(sentence.start, sentence.end).match(/\p{L}+/gu) ?? [];
      const upper = words.filter((w) => startsUpper(w)).length;
      this.titleCaseOf = sentence;
      this.titleCaseValue = upper * 2 > words.length;
    }
    return this.titleCaseValue;
  }

  /** An event word followed by a charge noun names what someone is charged with, not what the date dates:
   * "arraigned Wednesday … on sexual assault charges". */
  private namesCharge(end: number): boolean {
    if (this.lex.chargeNouns.size === 0) return false;
    const next = /^\s+(\p{L}+)/u.exec(this.text.slice(end, end + 40));
    return next !== null && this.lex.chargeNouns.has(next[1].toLowerCase());
  }
}

/** Outside the date [start, end) and within reach of it. */
function inReach(hit: Hit, start: number, end: number): boolean {
  if (hit.end <= start) return start - hit.end <= REACH_BEFORE;
  return hit.start >= end && hit.start - end <= REACH_AFTER;
}

/** True when no clause break lies between the offsets a and b (a ≤ b). */
function sameClause(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (BREAK_CHARS.has(c) || (c === '-' && text[i - 1] === ' ' && (text[i + 1] === ' ' || text[i + 1] === '-'))) return false;
  }
  return true;
}

/** Start of the word before offset `at` within the sentence (its letters only), or -1. */
function wordBefore(text: string, at: number, floor: number): number {
  let i = at - 1;
  while (i >= floor && text[i] === ' ') i--;
  if (i < floor || !/\p{L}/u.test(text[i])) return -1;
  while (i > floor && /\p{L}/u.test(text[i - 1])) i--;
  return i;
}

/** Start of the word after offset `at` within the sentence, or -1. */
function wordAfter(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && text[i] === ' ') i++;
  return i < ceiling && /\p{L}/u.test(text[i]) ? i : -1;
}
