// Word tokenisation with offsets, shared by every extractor. One linear regex pass, no backtracking traps:
// each alternative consumes at least one character and none nests a quantifier inside a quantifier.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased, possessive ('s, ’s) stripped, curly apostrophes straightened: what lexicons match. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// number: digits with inner separators (6,000  6.000  2,5  12:30); word: letters with inner hyphens/apostrophes.
const TOKEN = /(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const raw = m[0];
    const kind: TokenKind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    tokens.push({ text: raw, norm: kind === 'word' ? normWord(raw) : raw, start: m.index, end: m.index + raw.length, kind });
  }
  return tokens;
}

/** Lower-case, straighten apostrophes and hyphens, drop a possessive ending. */
export function normWord(word: string): string {
  const w = word.toLowerCase().replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

/** Strip diacritics: Oekraïne → Oekraine. Cheap and reversible enough for matching. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}
