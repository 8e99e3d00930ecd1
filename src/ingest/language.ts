// Which language a source is in: the one whose frequent function words it uses most, read from its start.

import type { Language } from '../lexicon/load.js';
import { ingestLexicon } from './lexicon.js';
import { letterAt } from '../text/tokens.js';

/** Enough text for a clear vote; reading more only costs time. */
const SAMPLE_CHARS = 3072;
/** The answer when nothing decides. */
const DEFAULT_LANGUAGE = 'en';

export function detectLanguage(text: string, langs: ReadonlyMap<string, Language>): string {
  const { codes, root } = stopwordIndex(langs);
  const scores = new Uint32Array(codes.length);
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  forEachWord(sample, (start, end) => {
    const voters = lookUp(root, sample, start, end);
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
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Indices (into codes) of the languages whose stopword ends here. */
  voters?: number[];
}

interface StopwordIndex {
  codes: string[];
  root: TrieNode;
}

const indexes = new WeakMap<ReadonlyMap<string, Language>, StopwordIndex>();

function stopwordIndex(langs: ReadonlyMap<string, Language>): StopwordIndex {
  let index = indexes.get(langs);
  if (!index) {
    const codes = [...langs.keys()];
    const root: TrieNode = { next: new Map() };
    codes.forEach((code, v) => {
      for (const word of ingestLexicon(langs.get(code)!).stopwords) {
        let node = root;
        for (let i = 0; i < word.length; i++) {
          const c = word.charCodeAt(i);
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map() }));
          node = child;
        }
        (node.voters ??= []).push(v);
      }
    });
    indexes.set(langs, (index = { codes, root }));
  }
  return index;
}

function lookUp(root: TrieNode, text: string, start: number, end: number): number[] | undefined {
  let node: TrieNode | undefined = root;
  for (let i = start; i < end && node; i++) node = node.next.get(text.charCodeAt(i));
  return node?.voters;
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
