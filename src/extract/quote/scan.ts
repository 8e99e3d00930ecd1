// Quoted spans of a source in one linear pass over its quote characters. Pairs: “ ” „ ” « » `` '' (or ' ', as
// copy split into tokens writes it) " " and the
// single-quote styles ‘ ’ ' ' (Dutch). An apostrophe between letters (Smith's, zo'n) or opening a contraction
// (’t, 'n) never opens or closes a quote; quotes inside an open quote are part of it. An unclosed quote is
// dropped at a blank line, at a line end for single quotes, or after MAX_QUOTE characters.

import type { Source } from '../../model.js';
import type { EntityLexicon } from '../entity/lexicon.js';
import { LastSourceCache } from '../entity/last-source.js';

export interface QuoteSpan {
  /** Offsets of the opening and closing marks (markStart … markEnd covers both). */
  markStart: number;
  markEnd: number;
  /** The quoted words: inside the marks, spaces and the host sentence's trailing , ; : trimmed. */
  start: number;
  end: number;
}

interface Style {
  open: string;
  closes: string[];
  single: boolean;
}

const STYLES: Style[] = [
  { open: '``', closes: ["''", "' '", '``'], single: false },
  { open: '“', closes: ['”', '“'], single: false },
  { open: '„', closes: ['”', '“'], single: false },
  { open: '«', closes: ['»'], single: false },
  { open: '"', closes: ['"'], single: false },
  { open: '‘', closes: ['’'], single: true },
  { open: "'", closes: ["'", '’'], single: true },
];
const MAX_QUOTE = 2000;
/** The characters a quote mark starts with, and the line break (which may end an open quote), by char code. */
const CANDIDATES = new Uint8Array(0x2020);
for (const c of '`“„«"‘\'’”»\n') CANDIDATES[c.charCodeAt(0)] = 1;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OPENING_CONTEXT = /[\s(\[{—–\-“"‘'`„«:\/]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const TRAILING = /[\s,;:]+$/u;
const LEADING = /^\s+/u;
const CLAUSE_END = /[,.;:!?…]/u;

const cache = new LastSourceCache<QuoteSpan[]>();

export function findQuotes(source: Source, lex: EntityLexicon): QuoteSpan[] {
  let spans = cache.get(source);
  if (!spans) cache.set(source, (spans = scan(source.text, lex)));
  return spans;
}

function scan(text: string, lex: EntityLexicon): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { style: Style; markStart: number; inner: number } | undefined;
  for (let i = nextCandidate(text, 0); i >= 0; i = nextCandidate(text, i + 1)) {
    if (open && (i - open.inner > MAX_QUOTE || (text[i] === '\n' && (open.style.single || text[i + 1] === '\n')))) {
      open = undefined;
    }
    if (text[i] === '\n') continue;
    if (open) {
      const close = closingAt(text, i, open.style);
      if (close === 0) continue;
      const span = trimmed(text, open.markStart, open.inner, i, i + close);
      if (span) spans.push(span);
      open = undefined;
      i += close - 1;
      continue;
    }
    const style = openingAt(text, i, lex);
    if (style) {
      open = { style, markStart: i, inner: i + style.open.length };
      i = open.inner - 1;
    }
  }
  return spans;
}

/** Index of the first candidate character at or after `from`, or -1 (a char scan: a regex match per line break
 *  and apostrophe allocated its result). */
function nextCandidate(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < CANDIDATES.length && CANDIDATES[c] === 1) return i;
  }
  return -1;
}

function openingAt(text: string, i: number, lex: EntityLexicon): Style | undefined {
  const style = STYLES.find((s) => text.startsWith(s.open, i));
  if (!style) return undefined;
  if (style.open !== '"' && style.open !== "'" && style.open !== '‘') return style;
  const before = text[i - 1];
  const after = text[i + 1];
  if (before !== undefined && !OPENING_CONTEXT.test(before)) return undefined;
  if (after === undefined || SPACE.test(after) || after === "'") return undefined;
  if (style.single && isContraction(text, i + 1, lex)) return undefined;
  return style;
}

/** Length of the closing mark of `style` at i, or 0. */
function closingAt(text: string, i: number, style: Style): number {
  const close = style.closes.find((c) => text.startsWith(c, i));
  if (!close) return 0;
  // Double quotes do not nest, so a second opening mark closes (`` midnight rules `` set to …, detokenized copy),
  // except at a line's start, where it reopens a quote that runs over paragraphs.
  if (close === style.open && close !== '"') return atLineStart(text, i) ? 0 : close.length;
  if (!style.single && close !== '"') return close.length;
  const before = text[i - 1];
  const after = text[i + close.length];
  if (before === undefined || SPACE.test(before)) return !style.single && spacedClose(text, i, close.length) ? close.length : 0;
  // Between letters it is an apostrophe (Smith’s), not a closing quote.
  if (style.single && after !== undefined && WORD_CHAR.test(after) && WORD_CHAR.test(before)) return 0;
  return close.length;
}

/** Index of the last character before i that is no space or tab, or -1. */
function previousNonBlank(text: string, i: number): number {
  let before = i - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  return before;
}

function atLineStart(text: string, i: number): boolean {
  const before = previousNonBlank(text, i);
  return before < 0 || text[before] === '\n';
}

/** A straight double mark after a space closes an open quote when punctuation ends the words before it (`right
 *  now, " he argued`) or nothing follows it on its line (`a Southern gothic novel. "`): copy detokenized word by
 *  word spaces its closing marks. */
function spacedClose(text: string, i: number, length: number): boolean {
  const before = previousNonBlank(text, i);
  if (before >= 0 && CLAUSE_END.test(text[before])) return true;
  let after = i + length;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r')) after++;
  return after === text.length || text[after] === '\n';
}

/** 't, 'n, 's-Hertogenbosch: an apostrophe that starts a contraction listed for the language. */
function isContraction(text: string, from: number, lex: EntityLexicon): boolean {
  let end = from;
  while (end < text.length && end - from < 6 && WORD_CHAR.test(text[end])) end++;
  return end > from && lex.quoteClitics.includes("'" + text.slice(from, end).toLowerCase());
}

function trimmed(text: string, markStart: number, inner: number, closeAt: number, markEnd: number): QuoteSpan | undefined {
  const raw = text.slice(inner, closeAt);
  const start = inner + (LEADING.exec(raw)?.[0].length ?? 0);
  const end = closeAt - (TRAILING.exec(raw)?.[0].length ?? 0);
  if (end <= start) return undefined;
  return hasTwoWords(text.slice(start, end)) ? { markStart, markEnd, start, end } : undefined;
}

function hasTwoWords(s: string): boolean {
  WORDS.lastIndex = 0;
  return WORDS.exec(s) !== null && WORDS.exec(s) !== null;
}
