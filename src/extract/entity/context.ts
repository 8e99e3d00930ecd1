// Per-source context of the entity, quote and attribution extractors, on the shared tokens (tokensOf): the token range of
// every sentence, and the word statistics that tell a name from a word capitalised by its position.

import type { Source } from '../../model.js';
import { tokensOf, type Token } from '../../text/tokens.js';
import { withRoomFor } from '../../text/vocabulary.js';
import { LastSourceCache } from './last-source.js';

export interface SentenceRange {
  sentence: number;
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Title-case or all-caps line (headline style): capitals there say little. */
  titleCase: boolean;
}

export interface SourceContext {
  source: Source;
  tokens: Token[];
  ranges: SentenceRange[];
  /** Token index → true when the token opens its sentence (or a quote or parenthesis inside it). */
  initial: Uint8Array;
  /** Folded words written capitalised somewhere other than an initial position. */
  capitalisedInside: Set<string>;
  /** Words capitalised at an initial position or in a capital-heavy line that are also written in lower case
   *  somewhere in the source. */
  lowerCase: Set<string>;
}

const cache = new LastSourceCache<SourceContext>();
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** Punctuation after which a capital is positional, like at a sentence start (a missed sentence split too). */
const OPENERS = new Set(['“', '"', '‘', "'", '`', '„', '«', '(', '[', ':', '—', '–', '.', '?', '!']);

// ASCII letters are decided by char code; only other scripts pay for a Unicode regex.
export function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.first;
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(t.text);
}

export function isLowerWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.first;
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(t.text);
}

export function sourceContext(source: Source): SourceContext {
  let ctx = cache.get(source);
  if (ctx) return ctx;
  const tokens = tokensOf(source);
  const initial = new Uint8Array(tokens.length);
  const ranges: SentenceRange[] = [];
  const capitalisedInside = new Set<string>();
  const candidates: Token[] = [];
  const headlineLike: SentenceRange[] = [];
  const capitals: number[] = [];
  let t = 0;
  for (const s of source.sentences) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].end <= s.end) t++;
    const range: SentenceRange = { sentence: s.index, from, to: t, titleCase: false };
    ranges.push(range);
    const capitalHeavy = readSentence(tokens, range, initial, capitals);
    if (capitalHeavy) headlineLike.push(range);
    for (const i of capitals) {
      if (initial[i] || capitalHeavy) candidates.push(tokens[i]);
      else capitalisedInside.add(tokens[i].norm);
    }
  }
  const lowerCase = writtenLowerCase(tokens, candidates);
  // Capitals everywhere make a headline when some of them are common words of this source ("Vows", "Into"),
  // or when no word has a small letter (a line, or a whole wire, in capitals: which words are names it cannot
  // tell); a sentence of names ("Russian President Vladimir Putin met Kim Jong Un") is not one.
  for (const r of headlineLike) {
    const line = tokens.slice(r.from, r.to);
    r.titleCase = line.every((tok) => tok.kind !== 'word' || tok.text === tok.text.toUpperCase()) || line.some((tok, k) => !initial[r.from + k] && isCapitalised(tok) && lowerCase.has(tok.norm));
    if (!r.titleCase) for (let i = r.from; i < r.to; i++) if (!initial[i] && isCapitalised(tokens[i])) capitalisedInside.add(tokens[i].norm);
  }
  ctx = { source, tokens, ranges, initial, capitalisedInside, lowerCase };
  cache.set(source, ctx);
  return ctx;
}

/**
 * Which of the candidate words (norms of capitalised tokens) some token writes in lower case. A lower-case token
 * whose text is its norm stamps its norm id for this source (no string and no look-up per token); the few others
 * (a possessive, an inner capital, a word past the vocabulary's bound) are compared by text.
 */
function writtenLowerCase(tokens: Token[], candidates: Token[]): Set<string> {
  const stamp = ++lowerStamp;
  const otherTexts = new Set<string>();
  for (const tok of tokens) {
    if (!isLowerWord(tok)) continue;
    if (tok.text !== tok.norm || tok.id < 0) otherTexts.add(tok.text);
    else {
      if (tok.id >= lowerStamps.length) lowerStamps = withRoomFor(lowerStamps, tok.id);
      lowerStamps[tok.id] = stamp;
    }
  }
  const found = new Set<string>();
  for (const c of candidates) if ((c.id >= 0 && lowerStamps[c.id] === stamp) || otherTexts.has(c.norm)) found.add(c.norm);
  return found;
}

/** Norm id → the writtenLowerCase call that last saw it in lower case. */
let lowerStamps: Int32Array = new Int32Array(1024);
let lowerStamp = 0;

/**
 * One pass over a sentence: marks its initial tokens (the first word, and the first after an opener), lists its
 * capitalised words in `capitals`, and says whether most of its longer words are capitalised (a headline, or a
 * sentence of names), or whether it is written wholly in capitals: a short wire headline ("QUAKE KILLS 12",
 * "MINISTER SPEAKS") has too few long words to tell by counting.
 */
function readSentence(tokens: Token[], r: SentenceRange, initial: Uint8Array, capitals: number[]): boolean {
  capitals.length = 0;
  let atStart = true;
  let long = 0;
  let capitalisedLong = 0;
  let words = 0;
  let allCapitals = true;
  for (let i = r.from; i < r.to; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'word') {
      if (OPENERS.has(tok.text) && opensSomething(tokens, i)) atStart = true;
      continue;
    }
    if (atStart) initial[i] = 1;
    atStart = false;
    const capitalised = isCapitalised(tok);
    if (capitalised) capitals.push(i);
    words++;
    if (allCapitals && (!capitalised || tok.text !== tok.text.toUpperCase())) allCapitals = false;
    if (tok.end - tok.start >= 4) {
      long++;
      if (capitalised) capitalisedLong++;
    }
  }
  return (long >= 3 && capitalisedLong >= long * 0.8) || (allCapitals && words >= 2 && long >= 1);
}

/** A straight quote opens only when the next word touches it: `'Rusland` opens, `steunen' Rusland` closes; a backtick always opens. */
function opensSomething(tokens: Token[], i: number): boolean {
  const c = tokens[i].text;
  if (c !== '"' && c !== "'") return true;
  return i + 1 < tokens.length && tokens[i + 1].start === tokens[i].end;
}
