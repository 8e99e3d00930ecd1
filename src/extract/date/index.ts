// Date and time claims of one source. One pass of a trigger regex over the text finds the few places a date can
// be (a month, weekday or relative word, or a digit run shaped like a year, time or numeric date); only a small
// window of tokens around each is parsed, and only the stretch around a found date is searched for context.

import type { Claim, Sentence, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { tokensIn, type Token } from '../../text/tokens.js';
import { makeClaim } from '../claim.js';
import { dateLexicon, type DateLexicon } from './lexicon.js';
import { parseAt, type Parsed, type TokenRange } from './grammar.js';
import { dateInfo } from './info.js';
import { DateContext } from './context.js';

/** Characters read after a trigger: the longest written date with its time fits. */
const WINDOW_AFTER = 56;
/** A kept window serves a later trigger that still has this much text after it inside the window. */
const WINDOW_REUSE = 40;
/** Characters read after a trigger that follows closely on the previous one. */
const WINDOW_DENSE = 400;
/** Characters read before a trigger, for the words that start a date or give it context ("the 4th of June"). */
const WINDOW_BEFORE = 32;
const POSSESSIVE = /['’]s$/i;
const MAX_WORD = 40;

export function extractDates(source: Source, lang: Language): Claim[] {
  const lex = dateLexicon(lang);
  const { text, sentences } = source;
  const claims: Claim[] = [];
  // The lexicon's own regex (reset here), not a copy per source: V8 keeps its compiled, tiered-up code with it.
  const trigger = lex.trigger;
  const context = new DateContext(source, lex);
  const window = new Window(source);
  let s = 0;
  let floor = 0;
  trigger.lastIndex = sentences[0]?.start ?? text.length;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const at = m.index;
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s === sentences.length) break;
    const sentence = sentences[s];
    if (at < sentence.start) {
      trigger.lastIndex = sentence.start;
      continue;
    }
    const resume = at + m[0].length;
    const found = cannotStartDate(text, at, resume, lex) ? undefined : parseAround(window, sentence, at, Math.max(floor, sentence.start), lex);
    if (!found) {
      trigger.lastIndex = resume;
      continue;
    }
    // A day with its time is two claims, so that "Tuesday … at 18:00" and "dinsdag om 18.00 uur" align alike.
    for (const { start, end, parsed } of found.parts) {
      const info = dateInfo(parsed, context.isFuture(sentence, start, end), context.eventNear(sentence, start, end));
      const value = info.pending ? text.slice(start, end) : info.iso;
      claims.push(makeClaim(source, 'date', start, end, s, value, { date: info }));
    }
    floor = found.end;
    trigger.lastIndex = found.end;
  }
  return claims;
}

/**
 * Tokens around the triggers, sliced from the source's shared tokens. A trigger close behind the previous one
 * reuses its window, and a new window opens wider where triggers crowd, so that dense text is sliced about once.
 */
class Window {
  /** Where the window was asked to start (its first token may start a little later, on a word start). */
  private from = 0;
  private to = -1;
  private lastAt = -Infinity;
  tokens: Token[] = [];

  constructor(private readonly source: Source) {}

  /** Tokens covering the trigger at `at` with room before (not before `floor`) and after it, inside the sentence. */
  around(sentence: Sentence, at: number, floor: number): Token[] {
    const before = Math.max(floor, at - WINDOW_BEFORE);
    const after = Math.min(sentence.end, at + WINDOW_REUSE);
    const reuse = this.from <= before && this.from >= sentence.start && after <= this.to && this.to <= sentence.end;
    if (!reuse) {
      const wide = at - this.lastAt < WINDOW_AFTER ? WINDOW_DENSE : WINDOW_AFTER;
      this.from = before;
      const { text } = this.source;
      this.to = wordEndAfter(text, Math.min(sentence.end, at + wide), sentence.end);
      this.tokens = tokensIn(this.source, wordStartBefore(text, before, at), this.to);
    }
    this.lastAt = at;
    return this.tokens;
  }
}

/** Take the leftmost expression that covers the trigger's token. */
function parseAround(
  window: Window,
  sentence: Sentence,
  at: number,
  floor: number,
  lex: DateLexicon,
): { end: number; parts: Found[] } | undefined {
  const tokens = window.around(sentence, at, floor);
  const hit = firstEndingAfter(tokens, at);
  if (hit === tokens.length) return undefined;
  for (let j = Math.max(0, hit - lex.lookBack); j <= hit; j++) {
    if (tokens[j].start < floor) continue;
    const parsed = parseAt(tokens, j, lex);
    if (parsed && parsed.to > hit) return { end: endWithoutPossessive(tokens[parsed.to - 1]), parts: partsOf(tokens, parsed) };
  }
  return undefined;
}

interface Found {
  start: number;
  end: number;
  parsed: Parsed;
}

/** The expression as claims in text order: itself, or its day and its time. */
function partsOf(tokens: readonly Token[], parsed: Parsed): Found[] {
  const span = (r: TokenRange) => ({ start: tokens[r.from].start, end: endWithoutPossessive(tokens[r.to - 1]) });
  // Most dates are one part, spared the spread and the rest-destructuring copy below.
  if (!parsed.dayPart || !parsed.timePart) {
    const { start, end } = span(parsed);
    return [{ start, end, parsed }];
  }
  const { dayPart, timePart, hour, minute, ...day } = parsed;
  const parts = [
    { ...span(dayPart), parsed: { ...day, ...dayPart } },
    { ...span(timePart), parsed: { ...timePart, hour, minute } },
  ];
  return parts.sort((a, b) => a.start - b.start);
}

/** Index of the first token that ends after `at` (binary search; tokens are sorted). */
function firstEndingAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Cheap checks on the raw text that spare a window: a lower-case "may" is never the month, and a word hyphenated
 * to another ("33-year-old") is part of a longer word, unless it is a month ("mid-June", "01-Mar-08").
 */
function cannotStartDate(text: string, at: number, end: number, lex: DateLexicon): boolean {
  const first = text.charCodeAt(at);
  if (first >= 48 && first <= 57) return false;
  const word = text.slice(at, end).toLowerCase();
  if (lex.ambiguous.has(word) && first >= 97 && first <= 122) return true;
  return (text[at - 1] === '-' || text[end] === '-') && !lex.monthNames.has(word) && !lex.monthAbbreviations.has(word);
}

/** "last year's elections": the claim ends before the possessive. */
function endWithoutPossessive(last: Token): number {
  return last.kind === 'word' && POSSESSIVE.test(last.text) ? last.end - 2 : last.end;
}

/** The first word start at or after `from` (so the window opens on a whole word), else `from` itself. */
function wordStartBefore(text: string, from: number, at: number): number {
  if (from === 0 || isSpace(text.charCodeAt(from - 1))) return from;
  for (let i = from; i < at; i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return from;
}

/** The window end moved to the end of its word, but never far: a text without spaces must stay linear. */
function wordEndAfter(text: string, to: number, limit: number): number {
  const stop = Math.min(limit, to + MAX_WORD);
  let i = to;
  while (i < stop && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
