// Sentence context, for alignment. Each sentence becomes a set of content words (stopwords off) plus
// language-neutral anchors — the numbers, dates and canonical names of its claims. Sentences of one language
// are compared on both; across languages only the anchors can match, which is what a translation keeps.
// Alignment asks about millions of sentence pairs in a long folder, so words and anchors are integer ids and
// each sentence holds them as sorted arrays: a pair costs one merge walk, no hashing. A word's id is its
// vocabulary id (text/vocabulary.ts), which the token already carries; anchors are numbered per story.

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { section } from '../lexicon/load.js';
import { tokensIn, type Token } from '../text/tokens.js';
import { MAX_WORDS, NormMemo, vocabulary } from '../text/vocabulary.js';
import { intersectionSize, uniqueSorted } from '../collections.js';

export interface ContextIndex {
  /** Story-wide number of a claim's sentence, for similarityAt: looked up once per claim, not once per pair. */
  sentenceOf(claim: Claim): number;
  /** Context overlap of two sentences by story-wide number, 0..1. */
  similarityAt(x: number, y: number): number;
  sentenceSimilarity(sourceA: string, sentenceA: number, sourceB: string, sentenceB: number): number;
  /** Context overlap of consecutive sentences read as one (a sentence the other source split in two). */
  groupSimilarity(sourceA: string, sentencesA: readonly number[], sourceB: string, sentencesB: readonly number[]): number;
}

/** Sorted, duplicate-free ids; words are only compared with words, anchors with anchors. */
interface Features {
  words: Uint32Array;
  anchors: Uint32Array;
}

const NONE = new Uint32Array(0);

/** A language's stopwords, and per vocabulary id whether a word is one (asked once per word, not per token). */
interface Stopwords {
  words: ReadonlySet<string>;
  memo: NormMemo;
}

const stopwordsByLanguage = new WeakMap<Language, Stopwords>();
const NO_STOPWORDS: Stopwords = { words: new Set(), memo: new NormMemo() };

function stopwordsOf(lang: Language | undefined): Stopwords {
  if (!lang) return NO_STOPWORDS;
  let s = stopwordsByLanguage.get(lang);
  if (!s) stopwordsByLanguage.set(lang, (s = { words: new Set(section<{ stopwords: string[] }>(lang, 'language').stopwords ?? []), memo: new NormMemo() }));
  return s;
}

function isStopword(t: Token, s: Stopwords): boolean {
  return s.memo.recall(t) ?? s.memo.remember(t, s.words.has(t.norm));
}

export function contextIndex(claims: Claim[], sources: Source[], langs: Map<string, Language>): ContextIndex {
  // Every sentence is numbered story-wide: the first sentence of a source plus its index.
  const firstSentence = new Map<string, number>();
  const sourceOf: Source[] = [];
  for (const s of sources) {
    firstSentence.set(s.id, sourceOf.length);
    for (let i = 0; i < s.sentences.length; i++) sourceOf.push(s);
  }
  // Anchors — a claim's number, date or name — are numbered per story, with a table per kind keyed by the value
  // itself (no key string per claim).
  let nextId = 0;
  const intern = <K>(table: Map<K, number>, key: K): number => {
    let id = table.get(key);
    if (id === undefined) table.set(key, (id = nextId++));
    return id;
  };
  const numbers = new Map<number, number>();
  const dates = new Map<string, number>();
  const names = new Map<string, number>();
  const anchorIds: number[][] = [];
  for (const c of claims) {
    let id: number;
    if (c.quantity?.number != null) id = intern(numbers, c.quantity.number);
    else if (c.date && !c.date.pending) id = intern(dates, c.date.iso);
    else if (c.entity) id = intern(names, c.entity.key);
    else continue;
    (anchorIds[firstSentence.get(c.source)! + c.sentence] ??= []).push(id);
  }
  // A token past the vocabulary's bound has no id: its norm's id if the norm has one, else a number above every
  // vocabulary id, per story.
  const unnumbered = new Map<string, number>();
  const wordId = (t: Token): number => {
    if (t.id >= 0) return t.id;
    const normId = vocabulary.normId(t.norm);
    if (normId >= 0) return normId;
    let id = unnumbered.get(t.norm);
    if (id === undefined) unnumbered.set(t.norm, (id = MAX_WORDS + unnumbered.size));
    return id;
  };
  // Word ids of the sentence being read, before they are sorted into a set of the sentence's own.
  let scratch = new Uint32Array(64);
  const cache: (Features | undefined)[] = new Array(sourceOf.length);
  const features = (at: number): Features => {
    let f = cache[at];
    if (f) return f;
    const source = sourceOf[at];
    const sentence = source.sentences[at - firstSentence.get(source.id)!];
    const stopwords = stopwordsOf(langs.get(source.language));
    const tokens = tokensIn(source, sentence.start, sentence.end);
    if (scratch.length < tokens.length) scratch = new Uint32Array(tokens.length);
    let n = 0;
    for (const t of tokens) {
      if (t.kind !== 'word' || t.norm.length <= 2 || isStopword(t, stopwords)) continue;
      scratch[n++] = wordId(t);
    }
    cache[at] = f = { words: uniqueSorted(scratch.subarray(0, n)).slice(), anchors: anchorIds[at] ? uniqueSorted(Uint32Array.from(anchorIds[at])) : NONE };
    return f;
  };
  const similarityAt = (x: number, y: number): number => {
    const fx = features(x);
    const fy = features(y);
    return sourceOf[x].language === sourceOf[y].language ? jaccard(fx.words, fx.anchors, fy.words, fy.anchors) : jaccard(NONE, fx.anchors, NONE, fy.anchors);
  };
  // A few sentences read as one: the union of their features (rarely asked, so built on demand).
  const groupFeatures = (first: number, sentences: readonly number[]): Features => {
    if (sentences.length === 1) return features(first + sentences[0]);
    const parts = sentences.map((i) => features(first + i));
    const union = (pick: (f: Features) => Uint32Array) => {
      const all = new Uint32Array(parts.reduce((n, f) => n + pick(f).length, 0));
      let n = 0;
      for (const f of parts) {
        all.set(pick(f), n);
        n += pick(f).length;
      }
      return uniqueSorted(all);
    };
    return { words: union((f) => f.words), anchors: union((f) => f.anchors) };
  };
  return {
    sentenceOf: (c) => firstSentence.get(c.source)! + c.sentence,
    similarityAt,
    sentenceSimilarity: (a, i, b, j) => similarityAt(firstSentence.get(a)! + i, firstSentence.get(b)! + j),
    groupSimilarity: (a, is, b, js) => {
      const x = firstSentence.get(a)!;
      const y = firstSentence.get(b)!;
      const fx = groupFeatures(x, is);
      const fy = groupFeatures(y, js);
      return sourceOf[x].language === sourceOf[y].language ? jaccard(fx.words, fx.anchors, fy.words, fy.anchors) : jaccard(NONE, fx.anchors, NONE, fy.anchors);
    },
  };
}

/** Jaccard of two unions of disjoint sets: (words x ∪ anchors x) against (words y ∪ anchors y). */
function jaccard(wordsX: Uint32Array, anchorsX: Uint32Array, wordsY: Uint32Array, anchorsY: Uint32Array): number {
  const sizeX = wordsX.length + anchorsX.length;
  const sizeY = wordsY.length + anchorsY.length;
  if (sizeX === 0 || sizeY === 0) return 0;
  const shared = intersectionSize(wordsX, wordsY) + intersectionSize(anchorsX, anchorsY);
  return shared / (sizeX + sizeY - shared);
}
