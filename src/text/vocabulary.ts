// Every distinct token text of the process, stored once with its norm. The tokenizer finds a token's entry by
// hashing its characters in the source text, so a token's text and norm allocate nothing once the text has been
// seen, and equal norms are one string (their hash computed once). Each distinct norm has an id, so lexicons can
// memoise per word ("may a phrase start here?") in a flat array instead of a Map.

import type { TokenKind } from './tokens.js';

export interface Word {
  readonly text: string;
  /** Lower-cased, possessive stripped, apostrophes and hyphens straightened: see normWord. */
  readonly norm: string;
  /** Index of the norm among the norms seen so far; -1 once the vocabulary is full (then nothing is memoised). */
  readonly id: number;
  /** A text is always the same kind of token. */
  readonly kind: TokenKind;
  /** First UTF-16 unit, for case tests. */
  readonly first: number;
}

/** Every word has every field, in one order (one shape for the code that reads them). */
export function makeWord(text: string, norm: string, id: number, kind: TokenKind): Word {
  return { text, norm, id, kind, first: text.charCodeAt(0) };
}

/** Bounds the memory of a long-lived process; words past it still work, just unmemoised. Every id is below it. */
export const MAX_WORDS = 1 << 19;
/** V8 keeps a slice of 13 or more characters as a view of the whole text: such texts are copied before keeping. */
const SLICE_VIEW_MIN = 13;

class Vocabulary {
  private readonly words: Word[] = [];
  /** Open addressing, two ints per slot: the text's hash, and its word index + 1 (0 = empty slot). */
  private slots = new Int32Array(2 << 12);
  /** ASCII texts of one character (punctuation, "a", "I"), by char code: the commonest, found without hashing. */
  private readonly singles = new Array<Word | undefined>(128).fill(undefined);
  private readonly normIds = new Map<string, number>();

  /** The entry of text[start, end), a token of that kind (a word's norm is normWord of its text, any other's its
   *  text). A text is always the same kind of token, so the entry made first serves every later look-up. */
  wordAt(text: string, start: number, end: number, kind: TokenKind): Word {
    const code = text.charCodeAt(start);
    if (end - start === 1 && code < 128) return (this.singles[code] ??= this.add(text[start], kind, 0, false));
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = (this.slots.length >> 1) - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const index = this.slots[2 * s + 1];
      if (index === 0) break;
      if (this.slots[2 * s] === h && sameText(this.words[index - 1].text, text, start, end)) return this.words[index - 1];
    }
    return this.add(keepable(text.slice(start, end)), kind, h, true);
  }

  /** The id of a norm (of a word seen or not), -1 when the vocabulary is full. */
  normId(norm: string): number {
    const id = this.normIds.get(norm);
    if (id !== undefined) return id;
    if (this.normIds.size >= MAX_WORDS) return -1;
    this.normIds.set(norm, this.normIds.size);
    return this.normIds.size - 1;
  }

  private add(wordText: string, kind: TokenKind, hash: number, hashed: boolean): Word {
    const lowered = kind === 'word' ? normWord(wordText) : wordText;
    // A text that is its own norm (most words) keeps one string for both: `text !== norm` (entity context asks it
    // of every lower-case token) is then a pointer check. toLowerCase copies a two-byte string (a text with a
    // curly quote) even when nothing changes, and two equal strings are compared character by character.
    const norm = lowered === wordText ? wordText : lowered;
    if (this.words.length >= MAX_WORDS) return makeWord(wordText, norm, -1, kind);
    const word = makeWord(wordText, norm, this.normId(norm), kind);
    if (!hashed) return word;
    this.words.push(word);
    if (this.words.length * 4 > this.slots.length) this.rehash();
    else this.place(hash, this.words.length);
    return word;
  }

  private place(hash: number, index: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let s = hash & mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    this.slots[2 * s] = hash;
    this.slots[2 * s + 1] = index;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.place(old[s], old[s + 1]);
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A slice that does not keep its whole source text alive. */
function keepable(slice: string): string {
  return slice.length < SLICE_VIEW_MIN ? slice : [...slice].join('');
}

/** Lower-case, straighten apostrophes and hyphens, drop a possessive ending. */
export function normWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('‐')) w = w.replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

/** The one vocabulary of the process. */
export const vocabulary = new Vocabulary();

/** Tells this process's ids from those of a process that built a lexicon snapshot. */
const EPOCH = (Math.random() * 0x7fffffff) | 1;

/**
 * A yes or no per norm id, remembered on first answer: a lexicon's memo of a per-word test. Valid only in the
 * process that filled it, so a memo that came with a lexicon snapshot starts empty.
 */
export class NormMemo {
  private epoch = 0;
  /** 0 unknown, 1 no, 2 yes; made on the first `remember` (a lexicon snapshot holds none). */
  private values: Uint8Array | undefined;

  /** The answer remembered for the token's word, if any. */
  recall(t: { readonly id?: number }): boolean | undefined {
    const id = t.id ?? -1;
    if (id < 0 || this.epoch !== EPOCH || id >= this.values!.length) return undefined;
    const v = this.values![id];
    return v === 0 ? undefined : v === YES;
  }

  /** Remember the answer for the token's word (when it has an id); returns it. */
  remember(t: { readonly id?: number }, answer: boolean): boolean {
    const id = t.id ?? -1;
    if (id < 0) return answer;
    if (this.epoch !== EPOCH || this.values === undefined) {
      this.epoch = EPOCH;
      this.values = new Uint8Array(256);
    }
    if (id >= this.values.length) this.values = withRoomFor(this.values, id);
    this.values[id] = answer ? YES : NO;
    return answer;
  }
}

const NO = 1;
const YES = 2;

/** A per-id table grown (at least doubled) to hold `index`. */
export function withRoomFor<T extends Uint8Array | Int32Array | Uint32Array | Float64Array>(table: T, index: number): T {
  const grown = new (table.constructor as new (length: number) => T)(Math.max(index + 1, table.length * 2));
  grown.set(table);
  return grown;
}
