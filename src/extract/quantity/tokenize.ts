// A char-code tokenizer giving exactly the tokens of src/text/tokens.ts `tokenize` (same kinds, offsets and
// norms), several times faster: the quantity stage tokenizes every sentence that may hold a number, and the
// shared regex tokenizer (≈ 5-10 MB/s) alone would use up the pipeline's whole time budget.

import type { Token, TokenKind } from '../../text/tokens.js';
import { normWord } from '../../text/tokens.js';

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
// Per BMP code unit: 0 = not yet classified, else a CLASS_* value. Filled lazily.
const classes = new Uint8Array(0x10000);
const CLASS_OTHER = 1;
const CLASS_LETTER = 2;
const CLASS_SPACE = 3;
const CLASS_DIGIT = 4;

function classOf(code: number): number {
  let c = classes[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = code >= 48 && code <= 57 ? CLASS_DIGIT : LETTER.test(ch) ? CLASS_LETTER : SPACE.test(ch) ? CLASS_SPACE : CLASS_OTHER;
    classes[code] = c;
  }
  return c;
}

/** Length in code units of a letter starting at i (2 for an astral letter), or 0 when none starts there. */
function letterAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (isPairAt(text, i, to)) {
    return LETTER.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  }
  return classOf(code) === CLASS_LETTER ? 1 : 0;
}

function isPairAt(text: string, i: number, to: number): boolean {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= to) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}

const isWordJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 0x2010;
const isNumberJoiner = (code: number) => code === 46 || code === 44 || code === 58;

export function tokenizeFast(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === CLASS_SPACE) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let len: number;
    if (cls === CLASS_DIGIT) {
      kind = 'number';
      i = numberEnd(text, i, to);
    } else if ((len = letterAt(text, i, to)) > 0) {
      kind = 'word';
      i = wordEnd(text, i + len, to);
    } else {
      kind = 'punct';
      i += isPairAt(text, i, to) ? 2 : 1;
    }
    const raw = text.slice(start, i);
    tokens.push({ text: raw, norm: kind === 'word' ? fastNorm(raw) : raw, start, end: i, kind });
  }
  return tokens;
}

function numberEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) i++;
    else if (isNumberJoiner(code) && i + 1 < to && classOf(text.charCodeAt(i + 1)) === CLASS_DIGIT) i += 2;
    else break;
  }
  return i;
}

function wordEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const len = letterAt(text, i, to);
    if (len > 0) i += len;
    else if (isWordJoiner(text.charCodeAt(i)) && i + 1 < to && letterAt(text, i + 1, to) > 0) i++;
    else break;
  }
  return i;
}

/** normWord without its regex when the word has nothing for it to straighten or strip. */
function fastNorm(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes("'") || lower.includes('’') || lower.includes('‐') ? normWord(raw) : lower;
}
