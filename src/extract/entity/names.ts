// Name folding and comparison, shared by extraction (alias look-up) and story-wide canonical keys.
// Folding removes what spelling conventions change without changing the name: case, diacritics and other
// scripts (any-ascii), periods of initials, apostrophes, hyphens. Comparison tolerates small transliteration
// differences inside long tokens but never a different short token (Kim Jong Il ≠ Kim Jong Un).

import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';

const NON_ASCII = /[^\x00-\x7f]/;
const POSSESSIVES = /['’]s\b/gi;
const DROPPED = /[.'’`]/g;
const SEPARATORS = /[^a-z0-9]+/g;

/** "Kim Jong‐un's" → "kim jong un"; "Korean People's Army" → "korean people army"; "U.N." → "un";
 *  "Oekraïne" → "oekraine". */
export function foldName(name: string): string {
  if (isPlainAscii(name)) return name.toLowerCase();
  const ascii = NON_ASCII.test(name) ? anyAscii(name) : name;
  return ascii.replace(POSSESSIVES, '').toLowerCase().replace(DROPPED, '').replace(SEPARATORS, ' ').trim();
}

/** Only ASCII letters and digits, words parted by single spaces (most single tokens and names): nothing for the
 *  regexes of foldName to drop or split. */
function isPlainAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === name.length - 1 || name.charCodeAt(i - 1) === 32) return false;
      continue;
    }
    const c = code | 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && c === code))) return false;
  }
  return name.length > 0;
}

/** Folded name → key: "kim jong un" → "kim-jong-un". */
export function keyOfFolded(folded: string): string {
  return folded.replace(/ /g, '-');
}

/** Key → folded tokens. */
export function tokensOfKey(key: string): string[] {
  return key.split('-').filter((t) => t !== '');
}

export type Rewrite = readonly [from: string, to: string];

/** Apply a language's transliteration habits to a folded name (Dutch "tsjechov" → "chekhov"). */
export function transliterate(folded: string, rewrites: readonly Rewrite[]): string {
  let out = folded;
  for (const [from, to] of rewrites) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

/** Shortest token that may differ by an edit; shorter tokens must be equal. */
const MIN_FUZZY_LENGTH = 4;
/** Edits allowed per character of the longer token. */
const EDITS_PER_CHAR = 0.2;

/** Same token up to a small transliteration difference (tolstoy ~ tolstoi, aleksey ~ alexei), or a short token
 *  with one letter more inside it (jon ~ john, ian ~ iain; at the end it is another name: jan ≠ jana). */
export function similarTokens(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < MIN_FUZZY_LENGTH) return innerLetterMore(a, b) || innerLetterMore(b, a);
  return distance(a, b) <= Math.floor(longer * EDITS_PER_CHAR);
}

/** `long` is `short` (three letters or more) with one letter added before its last. */
function innerLetterMore(short: string, long: string): boolean {
  if (short.length < 3 || long.length !== short.length + 1 || long[long.length - 1] !== short[short.length - 1]) return false;
  for (let i = 1; i < short.length; i++) if (long[i] !== short[i]) return long.slice(i + 1) === short.slice(i);
  return false;
}

/** Two multi-token names are one when every token pairs up in order. */
export function similarNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  for (let i = 0; i < a.length; i++) if (!similarTokens(a[i], b[i])) return false;
  return true;
}
