// A tokeniser with the same tokens as src/text/tokens.ts (numbers with inner separators, words with inner
// apostrophes and hyphens, any other non-space character alone) but built for whole sources: a hand-written
// character loop instead of a regex match per token, and each token's text and norm made only when read —
// most tokens of a source are never looked at by name.

import { normWord, type Token, type TokenKind } from '../../text/tokens.js';

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
/** BMP code unit → 1 letter or mark, 2 space, 3 other; 0 not classified yet. */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = classes[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = LETTER.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
    classes[code] = c;
  }
  return c;
}

function isLetterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  return classOf(code) === 1 ? 1 : 0;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 0x2010;
const isSeparator = (code: number) => code === 46 || code === 44 || code === 58;

export class LazyToken implements Token {
  private cachedText: string | undefined;
  private cachedNorm: string | undefined;
  /** First UTF-16 unit, for case tests without making the text. */
  readonly first: number;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
  ) {
    this.first = source.charCodeAt(start);
  }

  get text(): string {
    return (this.cachedText ??= this.source.slice(this.start, this.end));
  }

  get norm(): string {
    return (this.cachedNorm ??= this.kind === 'word' ? normWord(this.text) : this.text);
  }
}

export function scanTokens(text: string): LazyToken[] {
  const tokens: LazyToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code >= 128 && code < 0xd800 && classOf(code) === 2) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(code)) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if (isSeparator(c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      tokens.push(new LazyToken(text, start, i, 'number'));
      continue;
    }
    const letter = isLetterAt(text, i);
    if (letter > 0) {
      i += letter;
      while (i < n) {
        const step = isLetterAt(text, i);
        if (step > 0) i += step;
        else if (isJoiner(text.charCodeAt(i)) && i + 1 < n && isLetterAt(text, i + 1) > 0) i++;
        else break;
      }
      tokens.push(new LazyToken(text, start, i, 'word'));
      continue;
    }
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    tokens.push(new LazyToken(text, start, i, 'punct'));
  }
  return tokens;
}
