// Where a quantity may start: a run of digits, or a word that begins with a number morpheme or a vague-amount
// word. Only token starts can begin a mention, and a sentence's tokens are at hand (the source is tokenized once
// for every extractor), so each token's first character is tested, not every character of the sentence; a
// char-code trie walk per word, no slicing or hashing.

interface TrieNode {
  next: Map<number, TrieNode>;
  /** 'word': any word starting here may be a number; 'compound': only if more letters follow ("een…"). */
  end?: 'word' | 'compound';
}

export class StartTrie {
  private readonly root: TrieNode = { next: new Map() };

  add(word: string, end: 'word' | 'compound'): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    if (node.end !== 'word') node.end = end;
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
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isLetter(c)) return node.end === 'word';
      node = node.next.get(lower(c));
      if (!node) return false;
      if (node.end === 'word' || (node.end === 'compound' && i + 1 < to && isLetter(text.charCodeAt(i + 1)))) return true;
    }
    return node.end === 'word';
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
