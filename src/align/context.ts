// Sentence context, for alignment. Each sentence becomes a set of content words (stopwords off, inflection
// endings cut) plus language-neutral anchors — the numbers, dates and canonical names of its claims. Sentences of
// one language are compared on both; across languages only the anchors can match, which is what a translation keeps.
// Alignment asks about millions of sentence pairs in a long folder, so words and anchors are integer ids and
// each sentence holds them as sorted runs in one pool of the story: a pair costs one merge walk, no hashing, and
// a sentence read allocates nothing of its own. A word's id is its stem's number in the story, looked up once per
// vocabulary id (text/vocabulary.ts, which the token already carries); anchors are numbered per story.

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { section } from '../lexicon/load.js';
import { tokensIn, type Token } from '../text/tokens.js';
import { NormMemo, withRoomFor } from '../text/vocabulary.js';
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

/**
 * The id sets of the sentences read so far, end to end in one pool: a sentence's words, then its anchors, each
 * sorted and duplicate-free. Words are only compared with words, anchors with anchors. A sentence is read when
 * first compared.
 */
class SentenceSets {
  ids = new Uint32Array(4096);
  used = 0;
  /** Per slot (a story-wide sentence number, or one of the two group slots after them): where its words start
   *  (-1 until read), where its anchors start and end. */
  readonly wordsAt: Int32Array;
  readonly anchorsAt: Int32Array;
  readonly endAt: Int32Array;

  constructor(sentences: number) {
    this.wordsAt = new Int32Array(sentences + 2).fill(-1);
    this.anchorsAt = new Int32Array(sentences + 2);
    this.endAt = new Int32Array(sentences + 2);
  }

  /** Room for `count` more ids after the used part. */
  reserve(count: number): void {
    if (this.used + count > this.ids.length) this.ids = withRoomFor(this.ids, this.used + count);
  }

  /** Keep the `count` ids written after the used part as a set: sorted, duplicates dropped. */
  keep(count: number): void {
    this.used += uniqueSorted(this.ids.subarray(this.used, this.used + count)).length;
  }

  /** The union of the sets of `members` (read sentences) in `slot`, written from `from` on, past the kept part:
   *  groups are asked for rarely, and not kept. */
  unite(slot: number, members: readonly number[], from: number): void {
    let size = 0;
    for (const m of members) size += this.endAt[m] - this.wordsAt[m];
    this.reserve(from + size - this.used);
    this.wordsAt[slot] = from;
    this.anchorsAt[slot] = this.union(members, this.wordsAt, this.anchorsAt, from);
    this.endAt[slot] = this.union(members, this.anchorsAt, this.endAt, this.anchorsAt[slot]);
  }

  /** The runs [starts[m], ends[m]) of the members copied to `at` as one set; returns where it ends. */
  private union(members: readonly number[], starts: Int32Array, ends: Int32Array, at: number): number {
    let n = at;
    for (const m of members) {
      this.ids.copyWithin(n, starts[m], ends[m]);
      n += ends[m] - starts[m];
    }
    return at + uniqueSorted(this.ids.subarray(at, n)).length;
  }
}

/** A language's stopwords and inflection endings, and per vocabulary id whether a word is a stopword (asked once
 *  per word, not per token). */
interface WordForms {
  stopwords: ReadonlySet<string>;
  memo: NormMemo;
  suffixes: readonly string[];
  acronymPlurals: readonly string[];
}

const formsByLanguage = new WeakMap<Language, WordForms>();
const NO_FORMS: WordForms = { stopwords: new Set(), memo: new NormMemo(), suffixes: [], acronymPlurals: [] };
/** A cut that left fewer letters would make unrelated short words one ("dies" and "died" stay apart). */
const MIN_STEM = 4;

function formsOf(lang: Language | undefined): WordForms {
  if (!lang) return NO_FORMS;
  let f = formsByLanguage.get(lang);
  if (!f) {
    const data = section<{ stopwords?: string[]; stemSuffixes?: string[]; acronymPlurals?: string[] }>(lang, 'language');
    // Longest first, so "ings" is cut before "s".
    const suffixes = [...(data.stemSuffixes ?? [])].sort((a, b) => b.length - a.length);
    formsByLanguage.set(lang, (f = { stopwords: new Set(data.stopwords ?? []), memo: new NormMemo(), suffixes, acronymPlurals: data.acronymPlurals ?? [] }));
  }
  return f;
}

function isStopword(t: Token, f: WordForms): boolean {
  return f.memo.recall(t) ?? f.memo.remember(t, f.stopwords.has(t.norm));
}

/** "bribing" and "bribe" are one word to context: the norm without its longest listed ending. */
function stemOf(norm: string, f: WordForms): string {
  for (const suffix of f.suffixes) if (norm.length - suffix.length >= MIN_STEM && norm.endsWith(suffix)) return norm.slice(0, -suffix.length);
  return norm;
}

/** A head noun's stem in its language ("comments", "comment" → "comment"): what a count no frame knows is keyed by. */
export function headNounStem(head: string, lang: Language | undefined): string {
  const forms = formsOf(lang);
  return stemOf(acronymSingular(head, forms).toLowerCase(), forms);
}

/** Two or more capitals: an abbreviation, too short for a stem's cut, whose plural ending is cut here ("RBIs"). */
const ACRONYM = /^\p{Lu}{2,}/u;

function acronymSingular(head: string, forms: WordForms): string {
  const caps = ACRONYM.exec(head);
  if (caps && forms.acronymPlurals.includes(head.slice(caps[0].length))) return caps[0];
  return head;
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
  // Words are compared by stem: a story numbers its stems, and remembers per language and vocabulary id what a
  // token of that id is: a stem number (+1), or not a content word (a stopword, a short word, not a word: -1);
  // 0 = not yet asked. What a token is depends only on its norm, which its id stands for. A token past the
  // vocabulary's bound has no id and is judged every time.
  const stemIds = new Map<string, number>();
  const stemTables = new Map<WordForms, StemTable>();
  const contentWordId = (t: Token, table: StemTable): number => {
    const known = t.id >= 0 && t.id < table.ids.length ? table.ids[t.id] : 0;
    if (known !== 0) return known > 0 ? known - 1 : NOT_CONTENT;
    let id = NOT_CONTENT;
    if (t.kind === 'word' && t.norm.length > 2 && !isStopword(t, table.forms)) {
      const stem = stemOf(t.norm, table.forms);
      id = stemIds.get(stem) ?? NOT_CONTENT;
      if (id === NOT_CONTENT) stemIds.set(stem, (id = stemIds.size));
    }
    if (t.id >= 0) {
      if (t.id >= table.ids.length) table.ids = withRoomFor(table.ids, t.id);
      table.ids[t.id] = id === NOT_CONTENT ? -1 : id + 1;
    }
    return id;
  };
  const sets = new SentenceSets(sourceOf.length);
  const read = (at: number): void => {
    const source = sourceOf[at];
    const sentence = source.sentences[at - firstSentence.get(source.id)!];
    const forms = formsOf(langs.get(source.language));
    let table = stemTables.get(forms);
    if (!table) stemTables.set(forms, (table = { forms, ids: new Int32Array(1024) }));
    const tokens = tokensIn(source, sentence.start, sentence.end);
    const anchors = anchorIds[at] ?? NO_ANCHORS;
    sets.reserve(tokens.length + anchors.length);
    sets.wordsAt[at] = sets.used;
    let n = 0;
    for (const t of tokens) {
      const id = contentWordId(t, table);
      if (id !== NOT_CONTENT) sets.ids[sets.used + n++] = id;
    }
    sets.keep(n);
    sets.anchorsAt[at] = sets.used;
    sets.ids.set(anchors, sets.used);
    sets.keep(anchors.length);
    sets.endAt[at] = sets.used;
  };
  const similarityAt = (x: number, y: number): number => {
    if (sets.wordsAt[x] < 0) read(x);
    if (sets.wordsAt[y] < 0) read(y);
    // Across languages only the anchors can match: the words count for neither side.
    const words = sourceOf[x].language === sourceOf[y].language;
    return jaccard(sets, x, y, words);
  };
  // A few sentences read as one (every one of them read already): the union of their sets, written past the kept
  // part of the pool into `slot`, one of the two group slots after the sentences'.
  const groupX = sourceOf.length;
  const groupY = sourceOf.length + 1;
  const group = (slot: number, first: number, sentences: readonly number[], from: number): number => {
    if (sentences.length === 1) return first + sentences[0];
    sets.unite(slot, sentences.map((i) => first + i), from);
    return slot;
  };
  return {
    sentenceOf: (c) => firstSentence.get(c.source)! + c.sentence,
    similarityAt,
    sentenceSimilarity: (a, i, b, j) => similarityAt(firstSentence.get(a)! + i, firstSentence.get(b)! + j),
    groupSimilarity: (a, is, b, js) => {
      const x = firstSentence.get(a)!;
      const y = firstSentence.get(b)!;
      for (const i of is) if (sets.wordsAt[x + i] < 0) read(x + i);
      for (const j of js) if (sets.wordsAt[y + j] < 0) read(y + j);
      const gx = group(groupX, x, is, sets.used);
      const gy = group(groupY, y, js, gx === groupX ? sets.endAt[groupX] : sets.used);
      return jaccard(sets, gx, gy, sourceOf[x].language === sourceOf[y].language);
    },
  };
}

const NO_ANCHORS: number[] = [];
const NOT_CONTENT = -1;

/** A story's stem numbers per vocabulary id, for one language's word forms (see contentWordId). */
interface StemTable {
  readonly forms: WordForms;
  ids: Int32Array;
}

/** Jaccard of two unions of disjoint sets, (words x ∪ anchors x) against (words y ∪ anchors y); without their
 *  words when `words` is false. */
function jaccard(sets: SentenceSets, x: number, y: number, words: boolean): number {
  const { ids, wordsAt, anchorsAt, endAt } = sets;
  const fromX = words ? wordsAt[x] : anchorsAt[x];
  const fromY = words ? wordsAt[y] : anchorsAt[y];
  const sizeX = endAt[x] - fromX;
  const sizeY = endAt[y] - fromY;
  if (sizeX === 0 || sizeY === 0) return 0;
  const shared =
    (words ? intersectionSize(ids, wordsAt[x], anchorsAt[x], ids, wordsAt[y], anchorsAt[y]) : 0) +
    intersectionSize(ids, anchorsAt[x], endAt[x], ids, anchorsAt[y], endAt[y]);
  return shared / (sizeX + sizeY - shared);
}
