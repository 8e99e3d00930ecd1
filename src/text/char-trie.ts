// A trie over UTF-16 code units, for word lists looked up while scanning text (no string made per word). Nodes
// are numbers, 0 the root, so a user keeps what a node means in arrays of its own: a child by lower-case ASCII
// letter, the usual step, is one read of a flat table; a child by any other code is looked up in a Map.

import { withRoomFor } from './vocabulary.js';

const A = 97;
const LETTERS = 26;

export class CharTrie {
  /** Child + 1 of node n by letter a–z at n * LETTERS + (code - 'a'); 0 = none. */
  private asciiChildren = new Int32Array(LETTERS * 64);
  /** Child of node n by another code, keyed n * 0x10000 + code. */
  private readonly otherChildren = new Map<number, number>();
  /** Number of nodes; every node is below it. */
  size = 1;

  /** The node the word's code units lead to from the root, made as needed. */
  insert(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const next = this.child(node, code);
      node = next >= 0 ? next : this.addChild(node, code);
    }
    return node;
  }

  /** The child of a node by a code unit, or -1. */
  child(node: number, code: number): number {
    if (code >= A && code < A + LETTERS) return this.asciiChildren[node * LETTERS + code - A] - 1;
    return this.otherChildren.get(node * 0x10000 + code) ?? -1;
  }

  private addChild(node: number, code: number): number {
    const child = this.size++;
    if (code >= A && code < A + LETTERS) {
      if (this.size * LETTERS > this.asciiChildren.length) this.asciiChildren = withRoomFor(this.asciiChildren, this.size * LETTERS);
      this.asciiChildren[node * LETTERS + code - A] = child + 1;
    } else this.otherChildren.set(node * 0x10000 + code, child);
    return child;
  }
}
