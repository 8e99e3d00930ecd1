// Where a quantity may start, found without tokenizing: a run of digits, or a word that begins with a number
// morpheme or a vague-amount word. A char-code trie walk per word, no slicing or hashing, so the cost on the
// many sentences without numbers stays far below the tokenizer's.

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

  /** Char offsets in [from, to) where a digit run or a trigger word starts. */
  candidates(text: string, from: number, to: number): number[] {
    const out: number[] = [];
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        out.push(i);
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      } else if (isLetter(c)) {
        if (this.startsWord(text, i, to)) out.push(i);
        while (i < to && isLetter(text.charCodeAt(i))) i++;
      } else i++;
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
