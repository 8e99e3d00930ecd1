// Sentence context, for alignment. Each sentence becomes a set of content words (stopwords off) plus
// language-neutral anchors — the numbers, dates and canonical names of its claims. Sentences of one language
// are compared on both; across languages only the anchors can match, which is what a translation keeps.

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { section } from '../lexicon/load.js';
import { tokensIn } from '../text/tokens.js';

const MEMO_LIMIT = 200_000;

export interface ContextIndex {
  /** Context overlap of the sentences of two claims, 0..1. */
  similarity(a: Claim, b: Claim): number;
  sentenceSimilarity(sourceA: string, sentenceA: number, sourceB: string, sentenceB: number): number;
}

interface Features {
  words: Set<string>;
  anchors: Set<string>;
}

export function contextIndex(claims: Claim[], sources: Source[], langs: Map<string, Language>): ContextIndex {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const anchors = new Map<string, Set<string>>();
  for (const c of claims) {
    const key = `${c.source}#${c.sentence}`;
    let set = anchors.get(key);
    if (!set) anchors.set(key, (set = new Set()));
    const anchor = anchorOf(c);
    if (anchor) set.add(anchor);
  }
  const stopwords = new Map<string, Set<string>>();
  const stopwordsOf = (code: string): Set<string> => {
    let s = stopwords.get(code);
    if (!s) {
      const lang = langs.get(code);
      stopwords.set(code, (s = new Set(lang ? (section<{ stopwords: string[] }>(lang, 'language').stopwords ?? []) : [])));
    }
    return s;
  };
  const cache = new Map<string, Features>();
  const features = (sourceId: string, index: number): Features => {
    const key = `${sourceId}#${index}`;
    let f = cache.get(key);
    if (f) return f;
    const source = byId.get(sourceId);
    const sentence = source?.sentences[index];
    const words = new Set<string>();
    if (source && sentence) {
      const stops = stopwordsOf(source.language);
      for (const t of tokensIn(source, sentence.start, sentence.end)) {
        if (t.kind === 'word' && t.norm.length > 2 && !stops.has(t.norm)) words.add(t.norm);
      }
    }
    cache.set(key, (f = { words, anchors: anchors.get(key) ?? new Set() }));
    return f;
  };
  // Alignment asks about the same sentence pairs again and again (every claim of a sentence, every slot):
  // memoise on a numeric key, each sentence numbered story-wide.
  const firstSentence = new Map<string, number>();
  let sentenceCount = 0;
  for (const s of sources) {
    firstSentence.set(s.id, sentenceCount);
    sentenceCount += s.sentences.length;
  }
  const memo = new Map<number, number>();
  const sentenceSimilarity = (a: string, i: number, b: string, j: number): number => {
    const x0 = firstSentence.get(a)! + i;
    const y0 = firstSentence.get(b)! + j;
    const key = x0 < y0 ? x0 * sentenceCount + y0 : y0 * sentenceCount + x0;
    let sim = memo.get(key);
    if (sim === undefined) {
      const x = features(a, i);
      const y = features(b, j);
      const sameLanguage = byId.get(a)?.language === byId.get(b)?.language;
      sim = sameLanguage ? jaccard([x.words, x.anchors], [y.words, y.anchors]) : jaccard([x.anchors], [y.anchors]);
      // Bounded: a long folder asks about millions of pairs, and a huge map costs more than it saves.
      if (memo.size > MEMO_LIMIT) memo.clear();
      memo.set(key, sim);
    }
    return sim;
  };
  return {
    sentenceSimilarity,
    similarity: (a, b) => sentenceSimilarity(a.source, a.sentence, b.source, b.sentence),
  };
}

function anchorOf(c: Claim): string | undefined {
  if (c.quantity?.number != null) return `#${c.quantity.number}`;
  if (c.date && !c.date.pending) return `@${c.date.iso}`;
  if (c.entity) return `=${c.entity.key}`;
  return undefined;
}

/** Jaccard of two unions of disjoint sets (words and anchors never collide: anchors carry a prefix). */
function jaccard(xs: Set<string>[], ys: Set<string>[]): number {
  let sizeX = 0;
  let sizeY = 0;
  let shared = 0;
  for (const x of xs) sizeX += x.size;
  for (const y of ys) sizeY += y.size;
  if (sizeX === 0 || sizeY === 0) return 0;
  for (let k = 0; k < xs.length; k++) for (const t of xs[k]) if (ys[k].has(t)) shared++;
  return shared / (sizeX + sizeY - shared);
}
