// Where a quantity may start: a run of digits, or a word that begins with a number morpheme or a vague-amount
// word. Only token starts can begin a mention, and a sentence's tokens are at hand (the source is tokenized once
// for every extractor), so each token's first character is tested, not every character of the sentence; a
// char-code trie walk per word, no slicing or hashing.

import { CharTrie } from '../../text/char-trie.js';
import { withRoomFor } from '../../text/vocabulary.js';

/** Any word starting here may be a number. */
const WORD = 1;
/** Only a word with more letters after this point may be a number ("een…"). */
const COMPOUND = 2;

export class StartTrie {
  private readonly trie = new CharTrie();
  /** Per trie node: WORD, COMPOUND or 0 (no trigger word ends there). */
  private ends = new Uint8Array(64);

  add(word: string, end: 'word' | 'compound'): void {
    const node = this.trie.insert(word);
    if (node >= this.ends.length) this.ends = withRoomFor(this.ends, node);
    if (this.ends[node] !== WORD) this.ends[node] = end === 'word' ? WORD : COMPOUND;
  }

  /**
   * Indices of the tokens of the sentence [from, to) that begin a digit run or a trigger word. Runs are cut as a
   * scan of the sentence's characters would cut them: a run starts where the character before it is not of its
   * kind, so a word right after a dash that isLetter takes for a letter ("two" of "one—two") starts none.
   */
  candidateTokens(text: string, tokens: readonly { start: number }[], from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const at = tokens[i].start;
      const c = text.charCodeAt(at);
      const before = at > from ? text.charCodeAt(at - 1) : -1;
      if (isDigit(c)) {
        if (!isDigit(before)) out.push(i);
      } else if (isLetter(c) && !isLetter(before) && this.startsWord(text, at, to)) out.push(i);
    }
    return out;
  }

  private startsWord(text: string, at: number, to: number): boolean {
    let node = 0;
    for (let i = at; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isLetter(c)) return this.ends[node] === WORD;
      node = this.trie.child(node, lower(c));
      if (node < 0) return false;
      const end = this.ends[node];
      if (end === WORD || (end === COMPOUND && i + 1 < to && isLetter(text.charCodeAt(i + 1)))) return true;
    }
    return this.ends[node] === WORD;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Letters as the tokenizer sees them, approximated for speed: ASCII letters and anything above Latin-1 symbols. */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c | 0x20;
  if (c < 0xc0) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}
