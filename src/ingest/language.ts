// Which language a source is in: the one whose frequent function words it uses most, read from its start.

import type { Language } from '../lexicon/load.js';
import { ingestLexicon } from './lexicon.js';
import { letterAt } from '../text/tokens.js';
import { CharTrie } from '../text/char-trie.js';

/** Enough text for a clear vote; reading more only costs time. */
const SAMPLE_CHARS = 3072;
/** The answer when nothing decides. */
const DEFAULT_LANGUAGE = 'en';

export function detectLanguage(text: string, langs: ReadonlyMap<string, Language>): string {
  const index = stopwordIndex(langs);
  const { codes } = index;
  const scores = new Uint32Array(codes.length);
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  forEachWord(sample, (start, end) => {
    const voters = lookUp(index, sample, start, end);
    if (voters) for (const v of voters) scores[v]++;
  });
  let best: string | undefined;
  let bestScore = 0;
  let tied = false;
  codes.forEach((code, v) => {
    const score = scores[v];
    if (score > bestScore) [best, bestScore, tied] = [code, score, false];
    else if (score > 0 && score === bestScore) tied = true;
  });
  return best !== undefined && !tied ? best : fallbackLanguage(langs);
}

/** A char-code trie of every language's stopwords: a word of the sample is looked up without making a string. */
interface StopwordIndex {
  codes: string[];
  trie: CharTrie;
  /** Per trie node: indices (into codes) of the languages whose stopword ends there. */
  voters: (number[] | undefined)[];
}

const indexes = new WeakMap<ReadonlyMap<string, Language>, StopwordIndex>();

function stopwordIndex(langs: ReadonlyMap<string, Language>): StopwordIndex {
  let index = indexes.get(langs);
  if (!index) {
    const codes = [...langs.keys()];
    const trie = new CharTrie();
    const ends: [node: number, voter: number][] = [];
    codes.forEach((code, v) => {
      for (const word of ingestLexicon(langs.get(code)!).stopwords) ends.push([trie.insert(word), v]);
    });
    // Filled up front: written out of order, a growing array would fall back to slow dictionary elements.
    const voters = new Array<number[] | undefined>(trie.size).fill(undefined);
    for (const [node, v] of ends) (voters[node] ??= []).push(v);
    indexes.set(langs, (index = { codes, trie, voters }));
  }
  return index;
}

function lookUp({ trie, voters }: StopwordIndex, text: string, start: number, end: number): number[] | undefined {
  let node = 0;
  for (let i = start; i < end && node >= 0; i++) node = trie.child(node, text.charCodeAt(i));
  return node >= 0 ? voters[node] : undefined;
}

function fallbackLanguage(langs: ReadonlyMap<string, Language>): string {
  return langs.has(DEFAULT_LANGUAGE) || langs.size === 0 ? DEFAULT_LANGUAGE : [...langs.keys()][0];
}

/** Runs of letters and marks, with inner apostrophes (l'homme, zo'n): a char-code loop, no regex per word. */
function forEachWord(sample: string, visit: (start: number, end: number) => void): void {
  const n = sample.length;
  for (let i = 0; i < n; ) {
    const first = letterAt(sample, i, n);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      const step = letterAt(sample, i, n);
      if (step > 0) i += step;
      else if (isApostrophe(sample.charCodeAt(i)) && i + 1 < n && letterAt(sample, i + 1, n) > 0) i++;
      else break;
    }
    visit(start, i);
  }
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;
