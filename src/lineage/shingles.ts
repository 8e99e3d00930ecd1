// Word shingles of a source as a sorted set of 32-bit hashes: cheap to build in one pass, cheap to intersect.

import { foldDiacritics, type Token } from '../text/tokens.js';
import { withRoomFor } from '../text/vocabulary.js';
import { uniqueSorted } from '../collections.js';

/**
 * Hash of each word or number token, normalised so that typography (curly quotes, accents, 6,000 vs 6.000) does
 * not count. A token's hash depends on its norm alone (a word's is hashFolded(norm), a number's norm is its text),
 * so it is computed once per vocabulary id and read from a table after that.
 */
export function tokenHashes(tokens: readonly Token[], text: string): Uint32Array {
  const out = new Uint32Array(tokens.length);
  let n = 0;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    const known = t.id >= 0 && t.id < hashPlusOne.length ? hashPlusOne[t.id] : 0;
    if (known !== 0) {
      out[n++] = known - 1;
      continue;
    }
    const h = t.kind === 'number' ? hashDigits(text, t.start, t.end) : (hashAsciiWord(text, t.start, t.end) ?? hashFolded(t.norm));
    if (t.id >= 0) {
      if (t.id >= hashPlusOne.length) hashPlusOne = withRoomFor(hashPlusOne, t.id);
      hashPlusOne[t.id] = h + 1;
    }
    out[n++] = h;
  }
  return out.subarray(0, n);
}

/** Vocabulary id → its token hash + 1 (0: not computed yet); ids are process-wide, so is the table. */
let hashPlusOne = new Float64Array(1024);

/** hashString(digitsOnly(text[start, end))), without the copy. */
function hashDigits(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) h = Math.imul(h ^ c, 0x01000193);
  }
  return mix(h);
}

/**
 * hashFolded(normWord(word)) for a word of ASCII text[start, end): lower case, a possessive 's dropped; undefined
 * for any other word (curly apostrophes and accents take the string path).
 */
function hashAsciiWord(text: string, start: number, end: number): number | undefined {
  if (end - start > 2 && (text.charCodeAt(end - 1) | 32) === 115 && text.charCodeAt(end - 2) === 39) end -= 2;
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return mix(h);
}

/** hashString(foldAccents(word)), without a regex test or a copy for a plain ASCII word. */
function hashFolded(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return hashString(foldDiacritics(word));
    h = Math.imul(h ^ c, 0x01000193);
  }
  return mix(h);
}

/** Sorted, duplicate-free hashes of every run of `size` consecutive tokens. */
export function shingleSet(tokens: Uint32Array, size: number): Uint32Array {
  const n = tokens.length - size + 1;
  if (n <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ tokens[i + k], 0x01000193);
    hashes[i] = mix(h);
  }
  return uniqueSorted(hashes);
}

/** Diacritics off, skipping the costly Unicode normalisation for plain ASCII words. */
export function foldAccents(word: string): string {
  return /^[\x00-\x7f]*$/.test(word) ? word : foldDiacritics(word);
}

/** Digits without grouping or decimal marks, so 6,000 (en) and 6.000 (nl) read the same. */
export function digitsOnly(s: string): string {
  return s.replace(/\D/g, '');
}

/** FNV-1a over UTF-16 units, finished with a mix so that nearby strings spread. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
