// Word tokenisation with offsets, shared by every extractor. A hand-written scanner over char codes
// (a \p{L} regex ran at ~5 MB/s; this runs many times faster) with one linear pass and no backtracking:
//   number: digits with inner separators (6,000  6.000  2,5  12:30) — a separator must sit between digits;
//   word:   letters with inner hyphens/apostrophes (Jong-un, zo'n, Smith's);
//   punct:  any other non-space character.
// A token's text and norm come from the vocabulary (vocabulary.ts): one string per distinct text, not per token.

import { makeWord, vocabulary, type Word } from './vocabulary.js';

export { normWord } from './vocabulary.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly text: string;
  /** Lower-cased, possessive ('s, ’s) stripped, curly apostrophes straightened: what lexicons match. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Vocabulary id of the norm (see vocabulary.ts), -1 once the vocabulary is full. */
  readonly id: number;
  /** First UTF-16 unit, for case tests. */
  readonly first: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const LETTER_CLASS = 1;
const SPACE_CLASS = 2;
const OTHER_CLASS = 3;
/** BMP code unit → LETTER_CLASS, SPACE_CLASS or OTHER_CLASS; 0 until first asked (filled lazily, no work at import). */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = classes[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // \s plus the zero-width space, which typesetting uses as a break.
    c = LETTER.test(ch) ? LETTER_CLASS : SPACE.test(ch) || code === 0x200b ? SPACE_CLASS : OTHER_CLASS;
    classes[code] = c;
  }
  return c;
}

function isSpace(code: number): boolean {
  return code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code >= 128 && code < 0xd800 && classOf(code) === SPACE_CLASS;
}

/** UTF-16 units of the letter or mark at i (2 outside the BMP), or 0; nothing at or past `to` is read. */
export function letterAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return i + 1 < to && LETTER.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  return classOf(code) === LETTER_CLASS ? 1 : 0;
}

/**
 * The first run of letters and marks at or after `from`, as /[\p{L}\p{M}]+/u finds it, read through the table
 * above: each such regex would be compiled on its first use, and a small run pays that more than the scan.
 */
export function nextLetterRun(text: string, from = 0): { start: number; end: number } | undefined {
  for (let i = from; i < text.length; i++) {
    if (letterAt(text, i, text.length) === 0) continue;
    let end = i;
    for (let step = letterAt(text, end, text.length); step > 0; step = letterAt(text, end, text.length)) end += step;
    return { start: i, end };
  }
  return undefined;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** . , : between digits inside a number */
const isNumberSeparator = (code: number) => code === 46 || code === 44 || code === 58;
/** ' ’ - ‐ between letters inside a word */
const isWordJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 0x2010;

/** A token is its vocabulary word and where it stands: three fields (tokens are the bulk of what a source keeps
 *  alive while it is extracted, so their size is most of the garbage collector's copying). */
class WordToken implements Token {
  constructor(
    private readonly word: Word,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.word.text;
  }

  get norm(): string {
    return this.word.norm;
  }

  get kind(): TokenKind {
    return this.word.kind;
  }

  get id(): number {
    return this.word.id;
  }

  get first(): number {
    return this.word.first;
  }
}

/** The token of text[start, end), of that kind. */
export function tokenAt(text: string, start: number, end: number, kind: TokenKind): Token {
  return new WordToken(vocabulary.wordAt(text, start, end, kind), start, end);
}

/** A word token that stands for a norm alone (a part of a token's norm, to match a lexicon against). */
export function normToken(norm: string): Token {
  return new WordToken(makeWord(norm, norm, vocabulary.normId(norm), 'word'), 0, norm.length);
}

/** Tokens of text[from, to); nothing past `to` is read. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(code)) {
      kind = 'number';
      i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if (isNumberSeparator(c) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (letterAt(text, i, to) > 0) {
      kind = 'word';
      i += letterAt(text, i, to);
      while (i < to) {
        const step = letterAt(text, i, to);
        if (step > 0) i += step;
        else if (isWordJoiner(text.charCodeAt(i)) && i + 1 < to && letterAt(text, i + 1, to) > 0) i++;
        else break;
      }
    } else {
      kind = 'punct';
      // Keep a surrogate pair (an emoji, a rare script) in one token.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    tokens.push(tokenAt(text, start, i, kind));
  }
  return tokens;
}

const sourceTokens = new WeakMap<object, Token[]>();

/** Tokens of a whole source text, computed once per source and shared by every stage. */
export function tokensOf(source: { text: string }): Token[] {
  let t = sourceTokens.get(source);
  if (!t) sourceTokens.set(source, (t = tokenize(source.text)));
  return t;
}

/**
 * The tokens of source.text[from, to), the same as tokenize(source.text, from, to): taken from the shared
 * tokens, unless a token runs across either bound (then the stretch is tokenized on its own).
 */
export function tokensIn(source: { text: string }, from: number, to: number): Token[] {
  const all = tokensOf(source);
  const a = firstStartingAt(all, from);
  const b = firstStartingAt(all, to);
  const cut = (a > 0 && all[a - 1].end > from) || (b > a && all[b - 1].end > to);
  return cut ? tokenize(source.text, from, to) : all.slice(a, b);
}

/** Index of the first token starting at or after an offset (binary search). */
export function firstStartingAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Strip diacritics: Oekraïne → Oekraine. Cheap and reversible enough for matching. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}
