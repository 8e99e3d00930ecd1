// Match lexicon phrases (one or more words) against a token stream. A phrase word ending in "*" matches any
// token starting with it ("kill*" → killed, killing). Longest match wins. Built once per lexicon section.

import type { Token } from './tokens.js';
import { normWord } from './tokens.js';
import { NormMemo } from './vocabulary.js';

interface Entry<V> {
  /** The phrase's words, a "prefix*" word without its star. */
  words: string[];
  /** Per word: true when it is a prefix ("kill*"). */
  prefix: boolean[];
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
  /** Per word: may a phrase start with it? Most tokens start none, and a memo says so without a look-up. */
  private readonly starts = new NormMemo();
  /** Last words of the phrases ("prefix*" ones apart), to tell whether a phrase may end with a word. */
  private readonly lastWords = new Set<string>();
  private readonly lastPrefixes: string[] = [];
  private readonly ends = new NormMemo();

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
    const written = phrase.trim().split(/\s+/);
    const words = written.map((w) => normWord(w.endsWith('*') ? w.slice(0, -1) : w));
    if (words.length === 0 || written[0] === '') return;
    const entry = { words, prefix: written.map((w) => w.endsWith('*')), value };
    const last = words.length - 1;
    if (entry.prefix[last]) this.lastPrefixes.push(words[last]);
    else this.lastWords.add(words[last]);
    if (entry.prefix[0]) {
      const prefix = words[0];
      let slot = this.prefixes.find((p) => p.prefix === prefix);
      if (!slot) this.prefixes.push((slot = { prefix, entries: [] }));
      slot.entries.push(entry);
    } else {
      const list = this.exact.get(words[0]);
      if (list) list.push(entry);
      else this.exact.set(words[0], [entry]);
    }
  }

  /** Longest phrase starting at token i, or undefined. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    const t = tokens[i];
    if (t === undefined || !this.mayStart(t)) return undefined;
    const norm = t.norm;
    const list = this.exact.get(norm);
    let best = list ? longest(list, tokens, i, undefined) : undefined;
    const byFirst = this.prefixesByFirst.get(norm.charCodeAt(0));
    if (byFirst) for (const p of byFirst) if (norm.startsWith(p.prefix)) best = longest(p.entries, tokens, i, best);
    for (const p of this.emptyPrefixes) best = longest(p.entries, tokens, i, best);
    return best;
  }

  private mayStart(t: Token): boolean {
    const known = this.starts.recall(t);
    if (known !== undefined) return known;
    const norm = t.norm;
    return this.starts.remember(t, this.exact.has(norm) || this.emptyPrefixes.length > 0 || this.prefixes.some((p) => norm.startsWith(p.prefix)));
  }

  /** Whether some phrase may end with this word: when none can, no match ends at it (asked before searching
   *  backwards for a phrase that ends at a given token). */
  mayEndWith(t: Token): boolean {
    const known = this.ends.recall(t);
    if (known !== undefined) return known;
    const norm = t.norm;
    return this.ends.remember(t, this.lastWords.has(norm) || this.lastPrefixes.some((p) => norm.startsWith(p)));
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
    if (matches(e, tokens, i)) best = { value: e.value, from: i, to: i + e.words.length };
  }
  return best;
}

function matches<V>(e: Entry<V>, tokens: readonly Token[], i: number): boolean {
  const { words, prefix } = e;
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k].norm;
    if (prefix[k] ? !t.startsWith(words[k]) : t !== words[k]) return false;
  }
  return true;
}

/** The last word of a name or phrase ("Englishman John Smith" → "Smith"). */
export function lastWord(phrase: string): string {
  const words = phrase.split(/\s+/);
  return words[words.length - 1];
}
