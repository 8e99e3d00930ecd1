// Sentences with offsets. A line break always ends a sentence (one sentence or paragraph per line is the norm),
// except inside hard-wrapped paragraphs; inside a line, . ! ? … end one when a space and a capital, digit, quote
// or bracket follow and the word before the period is not an abbreviation or an initial.

import type { MetadataSpan, Sentence } from '../model.js';
import type { IngestLexicon } from './lexicon.js';
import { type Line, isSpace, skipSpaces } from './lines.js';
import { letterAt } from '../text/tokens.js';

/** Stretch of one or more lines that sentences are cut from. */
interface Run {
  from: number;
  to: number;
  lines: number;
  headline: boolean;
}

/** A short line with no final punctuation, alone as a paragraph, is a headline or subheading. */
const HEADLINE_MAX_WORDS = 14;
/** Abbreviations are short: looking further back for one only costs time. */
const ABBREVIATION_LOOKBACK = 20;

// Character codes, compared in the hot loop without building one-character strings.
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}'].map((c) => c.charCodeAt(0)));
const PERIOD = 0x2e;
const OPENER = /[\p{Lu}\p{Lt}\d"'“‘«„‚`¿¡([]/u;

export function splitSentences(layout: string, lines: readonly Line[], metadata: readonly MetadataSpan[], lex: IngestLexicon): Sentence[] {
  const sentences: Sentence[] = [];
  for (const run of textRuns(layout, lines, metadata)) splitRun(layout, run, lex, sentences);
  return sentences;
}

/** The text of each line outside metadata, joined across the line breaks of hard-wrapped paragraphs. */
function textRuns(layout: string, lines: readonly Line[], metadata: readonly MetadataSpan[]): Run[] {
  const free = freeRanges(layout, lines, metadata);
  const wrapped = looksWrapped(layout, free);
  const runs: Run[] = [];
  let firstPlain = true;
  for (let i = 0; i < free.length; i++) {
    const range = free[i];
    if (!range) continue;
    const run: Run = { from: range.from, to: range.to, lines: 1, headline: false };
    while (i + 1 < free.length && free[i + 1]?.plain && !endsSentence(layout, run.to) && (wrapped || startsLower(layout, free[i + 1]!.from))) {
      run.to = free[++i]!.to;
      run.lines++;
    }
    if (range.plain) {
      const bare = run.lines === 1 && !endsSentence(layout, run.to);
      run.headline = bare && (firstPlain || wordsAtMost(layout, run.from, run.to, HEADLINE_MAX_WORDS));
      firstPlain = false;
    }
    runs.push(run);
  }
  return runs;
}

/** Per line, the text left after metadata (undefined when none); `plain` when no metadata touched the line. */
function freeRanges(layout: string, lines: readonly Line[], metadata: readonly MetadataSpan[]) {
  const spans = [...metadata].sort((a, b) => a.start - b.start);
  let next = 0;
  return lines.map((line) => {
    let from = line.contentStart;
    let plain = true;
    while (next < spans.length && spans[next].start < line.end + 1) {
      if (spans[next].start >= line.start) {
        from = Math.max(from, spans[next].end);
        plain = false;
      }
      next++;
    }
    from = skipSpaces(layout, from, line.contentEnd);
    return from < line.contentEnd ? { from, to: line.contentEnd, plain } : undefined;
  });
}

/**
 * Hard-wrapped text: paragraphs separated by blank lines, and most lines followed by another text line stop
 * without final punctuation. One-paragraph-per-line text never looks like this.
 */
function looksWrapped(layout: string, free: readonly ({ to: number } | undefined)[]): boolean {
  let pairs = 0;
  let open = 0;
  let seenText = false;
  let gap = false;
  let paragraphBreak = false;
  for (let i = 0; i < free.length; i++) {
    const line = free[i];
    if (!line) {
      gap ||= seenText;
      continue;
    }
    paragraphBreak ||= gap;
    seenText = true;
    if (!free[i + 1]) continue;
    pairs++;
    if (!endsSentence(layout, line.to)) open++;
  }
  return paragraphBreak && pairs >= 3 && open * 2 > pairs;
}

/** Cut a run into sentences: a cut falls after . ! ? … (and closing quotes) when a space and an opener follow. */
function splitRun(layout: string, run: Run, lex: IngestLexicon, out: Sentence[]): void {
  const { to, headline } = run;
  let start = run.from;
  for (let i = start; i < to; i++) {
    if (!isSentenceEnd(layout.charCodeAt(i))) continue;
    const punctStart = i;
    while (i + 1 < to && isSentenceEnd(layout.charCodeAt(i + 1))) i++;
    let end = skipClosers(layout, i + 1, to);
    let next = skipSpaces(layout, end, to);
    // A quote standing apart after the period (tokenised text: `it . ''`) closes this sentence.
    const detached = skipClosers(layout, next, to);
    if (detached > next && (detached === to || isSpace(layout.charCodeAt(detached)))) {
      end = detached;
      next = skipSpaces(layout, end, to);
    }
    if (next === end || next >= to || !(OPENER.test(layout[next]) || isCamelCaseName(layout, next, to))) continue;
    if (i === punctStart && layout.charCodeAt(i) === PERIOD && isAbbreviation(layout, i, lex)) continue;
    out.push({ index: out.length, start, end, headline });
    start = next;
    i = next - 1;
  }
  out.push({ index: out.length, start, end: to, headline });
}

/** The word before the period at `dot` is an abbreviation, an initial (M., p. m.), or dotted letters (U.S, N.V). */
function isAbbreviation(layout: string, dot: number, lex: IngestLexicon): boolean {
  let start = dot;
  while (start > dot - ABBREVIATION_LOOKBACK && start > 0 && isWordOrDot(layout[start - 1])) start--;
  const word = layout.slice(start, dot);
  if (word === '') return false;
  return lex.abbreviations.has(word.toLowerCase()) || isInitials(word);
}

/** A lone letter ("J") or initials before their last dot ("J.R.R"): letters with a dot between each. Read through
 *  the tokenizer's letter table, not a \p{L} regex, whose first compile costs a small run more than its sentences. */
function isInitials(word: string): boolean {
  for (let i = 0; ; i++) {
    const step = letterAt(word, i, word.length);
    if (step === 0) return false;
    i += step;
    if (i === word.length) return true;
    if (word.charCodeAt(i) !== PERIOD) return false;
  }
}

function isWordOrDot(ch: string): boolean {
  return ch === '.' || ch.toLowerCase() !== ch.toUpperCase();
}

/** The text before `end` closes with sentence punctuation (closing quotes, brackets and spaces aside). */
function endsSentence(layout: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && (CLOSERS.has(layout.charCodeAt(i)) || isSpace(layout.charCodeAt(i)))) i--;
  return i >= 0 && isSentenceEnd(layout.charCodeAt(i));
}

/** . ! ? … — most characters are letters, so test the cheap range first. */
function isSentenceEnd(code: number): boolean {
  return code <= 0x3f ? code === 0x2e || code === 0x21 || code === 0x3f : code === 0x2026;
}

function skipClosers(layout: string, from: number, to: number): number {
  while (from < to && CLOSERS.has(layout.charCodeAt(from))) from++;
  return from;
}

/** A name that starts in lower case and goes on in upper case opens a sentence as a capital does: "iTunes",
 *  "iOS", "eBay". */
function isCamelCaseName(layout: string, at: number, to: number): boolean {
  return at + 1 < to && startsLower(layout, at) && isUpper(layout[at + 1]);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function startsLower(layout: string, at: number): boolean {
  const ch = layout[at];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function wordsAtMost(layout: string, from: number, to: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(layout.charCodeAt(i));
    if (!space && !inWord && ++words > max) return false;
    inWord = !space;
  }
  return true;
}
