// Match lexicon phrases (one or more words) against a token stream. A phrase word ending in "*" matches any
// token starting with it ("kill*" → killed, killing). Longest match wins. Built once per lexicon section.

import type { Token } from './tokens.js';
import { normWord } from './tokens.js';

interface Entry<V> {
  words: string[];
  value: V;
}

export interface PhraseMatch<V> {
  value: V;
  /** Index of the first and one past the last token matched. */
  from: number;
  to: number;
}

interface PrefixSlot<V> {
  prefix: string;
  entries: Entry<V>[];
}

export class PhraseMatcher<V> {
  private readonly exact = new Map<string, Entry<V>[]>();
  private readonly prefixes: PrefixSlot<V>[] = [];
  /** First UTF-16 unit → the prefixes starting with it, longest first: a token is tested only against those. */
  private readonly prefixesByFirst = new Map<number, PrefixSlot<V>[]>();
  /** A bare "*" (empty prefix) matches every token; it is tried last, being the shortest. */
  private readonly emptyPrefixes: PrefixSlot<V>[] = [];

  constructor(phrases: Iterable<[string, V]>) {
    for (const [phrase, value] of phrases) this.add(phrase, value);
    for (const list of this.exact.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const p of this.prefixes) p.entries.sort((a, b) => b.words.length - a.words.length);
    this.prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
    for (const p of this.prefixes) {
      if (p.prefix === '') {
        this.emptyPrefixes.push(p);
        continue;
      }
      const first = p.prefix.charCodeAt(0);
      const list = this.prefixesByFirst.get(first);
      if (list) list.push(p);
      else this.prefixesByFirst.set(first, [p]);
    }
  }

  /** Build from a record of key → list of phrases. */
  static fromGroups<V extends string>(groups: Record<string, string[]> | undefined): PhraseMatcher<V> {
    const pairs: [string, V][] = [];
    for (const [key, phrases] of Object.entries(groups ?? {})) for (const p of phrases) pairs.push([p, key as V]);
    return new PhraseMatcher<V>(pairs);
  }

  private add(phrase: string, value: V): void {
    const words = phrase.trim().split(/\s+/).map((w) => (w.endsWith('*') ? normWord(w.slice(0, -1)) + '*' : normWord(w)));
    if (words.length === 0 || words[0] === '') return;
    const entry = { words, value };
    const first = words[0];
    if (first.endsWith('*')) {
      const prefix = first.slice(0, -1);
      let slot = this.prefixes.find((p) => p.prefix === prefix);
      if (!slot) this.prefixes.push((slot = { prefix, entries: [] }));
      slot.entries.push(entry);
    } else {
      const list = this.exact.get(first);
      if (list) list.push(entry);
      else this.exact.set(first, [entry]);
    }
  }

  /** Whether some phrase starts with exactly this word ("prefix*" first words aside). */
  hasFirstWord(norm: string): boolean {
    return this.exact.has(norm);
  }

  /** The "prefix*" first words, without the star. */
  firstWordPrefixes(): string[] {
    return this.prefixes.map((p) => p.prefix);
  }

  /** Longest phrase starting at token i, or undefined. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    const norm = tokens[i]?.norm;
    if (norm === undefined) return undefined;
    const list = this.exact.get(norm);
    let best = list ? longest(list, tokens, i, undefined) : undefined;
    const byFirst = this.prefixesByFirst.get(norm.charCodeAt(0));
    if (byFirst) for (const p of byFirst) if (norm.startsWith(p.prefix)) best = longest(p.entries, tokens, i, best);
    for (const p of this.emptyPrefixes) best = longest(p.entries, tokens, i, best);
    return best;
  }

  /** All non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }
}

/** The longest of `entries` (sorted longest first) matching at token i, if longer than `best`; else `best`. */
function longest<V>(entries: Entry<V>[], tokens: readonly Token[], i: number, best: PhraseMatch<V> | undefined): PhraseMatch<V> | undefined {
  for (const e of entries) {
    if (best && e.words.length <= best.to - best.from) break;
    if (matches(e.words, tokens, i)) best = { value: e.value, from: i, to: i + e.words.length };
  }
  return best;
}

function matches(words: string[], tokens: readonly Token[], i: number): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const t = tokens[i + k].norm;
    if (w.endsWith('*') ? !t.startsWith(w.slice(0, -1)) : t !== w) return false;
  }
  return true;
}
