// The quantity lexicon of one language (rules/lang/<code>/{numbers,quantities}.json) compiled once into
// matchers, plus the language-independent units and frames. Nothing here knows a word of any language.

import path from 'node:path';
import type { Language } from '../../lexicon/load.js';
import { section } from '../../lexicon/load.js';
import { type ClassRegistry, prebuiltLexicon } from '../../lexicon/snapshot.js';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../../schema/validate.js';
import { PhraseMatcher, type PhraseMatch } from '../../text/phrases.js';
import type { Token } from '../../text/tokens.js';
import { normWord } from '../../text/tokens.js';
import { NormMemo } from '../../text/vocabulary.js';
import type { NumberPart, NumberWordLexicon, Separators } from '../../normalize/number.js';
import { loadUnits, type UnitDef } from '../../normalize/units.js';
import { StartTrie } from './candidates.js';
import { CharTrie } from '../../text/char-trie.js';

export type IntervalRule = 'approximate' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'less-than';

interface NumbersSection {
  decimal: '.' | ',';
  group: string;
  words: Record<string, number>;
  compoundWords: Record<string, number>;
  multipliers: Record<string, number>;
  gluedSuffixes: Record<string, number>;
  articles: string[];
  joiners: string[];
  negativeSigns?: string[];
  halves?: { before?: string[]; after?: string[]; words?: Record<string, number>; endings?: string[] };
}

export interface VagueDef {
  key: string;
  min: number;
  max: number;
  needsHead?: boolean;
}

interface QuantitiesSection {
  qualifiers: Partial<Record<IntervalRule, string[]>>;
  neutralPrefixes: string[];
  ranges: { joiners?: string[]; between?: string[]; betweenJoiners?: string[]; blockers?: string[]; blockerJoiners?: string[]; changes?: string[]; changeBlockers?: string[] };
  vague: Record<string, { phrases: string[]; min: number; max?: number; needsHead?: boolean }>;
  partitives: string[];
  roles: Record<string, string[]>;
  genericRoles: string[];
  predicates: Record<string, string[]>;
  formations: Record<string, string[]>;
  formationLinks: string[];
  partMarkers: string[];
  listJoiners: string[];
  valuationLinks?: string[];
  unitWords: Record<string, string[]>;
  unitWordsBefore: Record<string, string[]>;
  gluedUnitSymbols?: Record<string, string[]>;
  articleUnits?: string[];
  unitNumberWords?: Record<string, { number: number; unit: string }>;
  gluedUnitWords?: string[];
  zeroCounts?: Record<string, string[]>;
  zeroCountJoiners?: string[];
  frameKeywords: Record<string, { before?: string[]; after?: string[] }>;
  ages: { compounds?: string[]; after?: string[]; before?: string[] };
  ordinals?: { suffixes: string[]; units: Record<string, string[]> };
  distances: { directions?: string[]; links?: string[] };
  ratePeriods?: Record<string, string[]>;
  conversionLinks?: string[];
  hyphenHeads: string[];
  notQuantityAfter: string[];
  notQuantityBefore: string[];
  numberIdioms?: string[];
  dateWords: string[];
  definiteArticles: string[];
  stopwords: string[];
  headModifiers?: string[];
  ownerVerbs?: string[];
  shareOf?: string[];
  updates?: { verbs: string[]; links: string[]; from: string[] };
  unitReadings?: Record<string, { as: string; cues: string[] }>;
  notHeadSuffixes: string[];
  pluralEndings?: string[];
  notPluralEndings?: string[];
}

export interface FrameDef {
  id: string;
  predicates?: string[];
  roles?: string[];
  /** Roles that never fill the frame: "two vessels were evacuated" counts no people. */
  notRoles?: string[];
  units?: string[];
  dimensions?: string[];
  keywords?: string[];
  unitless?: boolean;
  /** One person's figure (an age, a win-loss record): keyed by the person's settled name (normalize/subject.ts). */
  ofPerson?: boolean;
  /** Frame id for a later, different value of this frame in the same source (another quake). */
  laterDifferent?: string;
}

export interface QuantityLexicon {
  separators: Separators;
  numberWords: NumberWordLexicon;
  /** Words that may start a quantity: number morphemes and the first words of vague phrases. */
  starts: StartTrie;
  /** Number-word parts per word seen so far (null: not a number word); bounded, see numberWordParts. */
  partsCache: Map<string, NumberPart[] | null>;
  gluedSuffixes: Map<string, number>;
  articles: Set<string>;
  /** Words that make the number right after them negative ("minus 17 degrees"). */
  negativeSigns: Set<string>;
  /** A half in words: before a unit or multiplier ("half a"), after a whole or its unit ("and a half"), a word of
   *  its own ("anderhalf") or an ending glued to a number word ("tweeënhalf"). */
  halfBefore: PhraseMatcher<true>;
  halfAfter: PhraseMatcher<true>;
  halfWords: Map<string, number>;
  halfEndings: string[];
  qualifiers: PhraseMatcher<IntervalRule>;
  neutralPrefixes: PhraseMatcher<true>;
  rangeJoiners: PhraseMatcher<true>;
  between: PhraseMatcher<true>;
  betweenJoiners: PhraseMatcher<true>;
  /** Before a first number, a change ("from" of "rose from 10 to 20") when a word of change precedes it. */
  rangeBlockers: PhraseMatcher<true>;
  /** The joiners of a range after a blocker ("from 10 to 20", not "from 30 or 60 GB", two models). */
  blockerJoiners: PhraseMatcher<true>;
  /** Words of change (and the update verbs) that make a blocker's "from 10 to 20" a change, not a range. */
  rangeChanges: Set<string>;
  /** Before a first number with its own unit: a change and its new level, not a range ("by $200 to $399"). */
  rangeChangeBlockers: PhraseMatcher<true>;
  vague: PhraseMatcher<VagueDef>;
  partitives: PhraseMatcher<true>;
  roles: PhraseMatcher<string>;
  genericRoles: Set<string>;
  predicates: PhraseMatcher<string>;
  formations: PhraseMatcher<string>;
  formationLinks: PhraseMatcher<true>;
  partMarkers: PhraseMatcher<true>;
  listJoiners: PhraseMatcher<true>;
  valuationLinks: Set<string>;
  unitsAfter: PhraseMatcher<string>;
  unitsBefore: PhraseMatcher<string>;
  /** Symbol as written → unit, only glued to the number ("44C"): spaced or lower-case it is something else. */
  gluedUnitSymbols: Map<string, string>;
  /** Unit words that after an article are an amount of one ("in a decade"). */
  articleUnits: Set<string>;
  /** A word that is a number and its unit in one ("twice" → 2 times). */
  unitNumberWords: Map<string, { number: number; unit: string }>;
  /** Unit words a number word may be glued to ("twaalfurige"), longest first. */
  gluedUnitWords: string[];
  /** Phrases that state none of a predicate ("no one was hurt", "geen doden") → the predicate; and their first words. */
  zeroCounts: PhraseMatcher<string>;
  zeroStarts: Set<string>;
  /** The joiners of a count of none continued with another predicate ("no one was killed or injured"). */
  zeroCountJoiners: PhraseMatcher<true>;
  /** The last word of each phrase of a count of none → its predicate ("injured" → injure), when one predicate has it. */
  zeroTails: Map<string, string>;
  frameBefore: PhraseMatcher<string>;
  frameAfter: PhraseMatcher<string>;
  /** Words hyphenated to an age ("-year-old"), after it ("years old") and before it ("aged"). */
  ageCompounds: PhraseMatcher<true>;
  ageAfter: PhraseMatcher<true>;
  ageBefore: PhraseMatcher<true>;
  /** Endings glued to an ordinal's digits, and the nouns after it that count a unit ("20th anniversary"). */
  ordinalSuffixes: Set<string>;
  ordinalUnits: PhraseMatcher<string>;
  /** Compass words and the link words that lead from a distance to the place it is measured from. */
  directions: PhraseMatcher<true>;
  placeLinks: PhraseMatcher<true>;
  /** "per season", "a year" after an amount of money → the period it is paid per. */
  ratePeriods: PhraseMatcher<string>;
  /** After a comma, the words that lead to the amount in another unit ("10 billion taka, or $85 million"). */
  conversionLinks: PhraseMatcher<true>;
  hyphenHeads: Set<string>;
  notAfter: PhraseMatcher<true>;
  notBefore: PhraseMatcher<true>;
  idioms: PhraseMatcher<true>;
  dateWords: Set<string>;
  definiteArticles: Set<string>;
  stopwords: Set<string>;
  /** Stopwords that may stand between a count and its noun ("two more plants"). */
  headModifiers: Set<string>;
  ownerVerbs: Set<string>;
  /** The word between a share and the whole it is a share of ("of" of "90 percent of voters"). */
  shareOf: Set<string>;
  /** Verbs of change and the link word before a figure that make it an update ("the toll rose to 12"). */
  updateVerbs: Set<string>;
  updateLinks: Set<string>;
  /** The word before the figure an update replaced ("from" of "rose from 9 to 12"). */
  updateFrom: Set<string>;
  /** Words that open a subordinate clause ("when", "after"; the dates section's clauseOpeners): a role named
   *  before one belongs to another clause. */
  clauseOpeners: Set<string>;
  /** A unit word's other reading, by the unit key it is written for: "weighs 4.5 pounds" is a mass. */
  unitReadings: Map<string, { as: string; cues: Set<string> }>;
  /** Words a capitalised number-neighbour may be without being a product name ("Send", "Around"). */
  knownWords: Set<string>;
  pluralEndings: string[];
  notPluralEndings: string[];
  notHeadSuffixes: string[];
  units: Map<string, UnitDef>;
  frames: FrameDef[];
}

const cache = new WeakMap<Language, QuantityLexicon>();

/** The classes a quantity lexicon holds (see lexicon/snapshot.ts). */
export const LEXICON_CLASSES: ClassRegistry = { PhraseMatcher, StartTrie, CharTrie, NormMemo };

export function quantityLexicon(lang: Language): QuantityLexicon {
  let lex = cache.get(lang);
  if (!lex) cache.set(lang, (lex = prebuiltLexicon<QuantityLexicon>(lang, 'quantities', LEXICON_CLASSES) ?? compile(lang)));
  return lex;
}

function compile(lang: Language): QuantityLexicon {
  const n = section<NumbersSection>(lang, 'numbers');
  const q = section<QuantitiesSection>(lang, 'quantities');
  const numberWords: NumberWordLexicon = {
    words: new Map(Object.entries(n.words ?? {})),
    compoundWords: new Map(Object.entries(n.compoundWords ?? {})),
    multipliers: new Map(Object.entries(n.multipliers ?? {})),
    joiners: new Set(n.joiners ?? []),
    longest: 0,
  };
  const morphemes = [...numberWords.words.keys(), ...numberWords.compoundWords.keys(), ...numberWords.multipliers.keys()];
  numberWords.longest = Math.max(0, ...morphemes.map((m) => m.length), ...[...numberWords.joiners].map((j) => j.length));
  const list = (phrases: string[] | undefined) => new PhraseMatcher<true>((phrases ?? []).map((p) => [p, true]));
  const qualifierPairs = Object.entries(q.qualifiers ?? {}).flatMap(([rule, phrases]) =>
    (phrases ?? []).map((p): [string, IntervalRule] => [p, rule as IntervalRule]),
  );
  const vaguePairs = Object.entries(q.vague ?? {}).flatMap(([key, v]) =>
    v.phrases.map((p): [string, VagueDef] => [p, { key, min: v.min, max: v.max ?? Infinity, needsHead: v.needsHead }]),
  );
  const keywordPairs = (side: 'before' | 'after') =>
    Object.entries(q.frameKeywords ?? {}).flatMap(([key, k]) => (k[side] ?? []).map((p): [string, string] => [p, key]));
  const words = (phrases: string[] | undefined) => new Set((phrases ?? []).map(normWord));
  const stopwords = words(q.stopwords);
  const knownWords = new Set([
    ...stopwords,
    ...firstWords(q.predicates),
    ...firstWords(q.qualifiers),
    ...firstWords(q.roles),
    ...firstWords({ neutral: q.neutralPrefixes ?? [] }),
  ]);
  return {
    separators: { decimal: n.decimal ?? '.', group: n.group ?? ',' },
    numberWords,
    starts: startTrie(numberWords, [
      ...[...vaguePairs.map(([p]) => p), ...(n.halves?.before ?? []), ...Object.keys(n.halves?.words ?? {})].map((p) => triggerWord(p, n.articles ?? [])),
      ...(q.articleUnits ?? []),
      ...Object.keys(q.unitNumberWords ?? {}),
    ]),
    partsCache: new Map(),
    gluedSuffixes: new Map(Object.entries({ ...(n.multipliers ?? {}), ...(n.gluedSuffixes ?? {}) })),
    articles: words(n.articles),
    negativeSigns: words(n.negativeSigns),
    halfBefore: list(n.halves?.before),
    halfAfter: list(n.halves?.after),
    halfWords: new Map(Object.entries(n.halves?.words ?? {}).map(([w, v]) => [normWord(w), v])),
    halfEndings: (n.halves?.endings ?? []).map(normWord),
    qualifiers: new PhraseMatcher(qualifierPairs),
    neutralPrefixes: list(q.neutralPrefixes),
    rangeJoiners: list(q.ranges?.joiners),
    between: list(q.ranges?.between),
    betweenJoiners: list(q.ranges?.betweenJoiners),
    rangeBlockers: list(q.ranges?.blockers),
    blockerJoiners: list(q.ranges?.blockerJoiners),
    rangeChanges: new Set([...words(q.ranges?.changes), ...words(q.updates?.verbs)]),
    rangeChangeBlockers: list(q.ranges?.changeBlockers),
    vague: new PhraseMatcher(vaguePairs),
    partitives: list(q.partitives),
    roles: PhraseMatcher.fromGroups<string>(q.roles),
    genericRoles: new Set(q.genericRoles ?? []),
    predicates: PhraseMatcher.fromGroups<string>(q.predicates),
    formations: PhraseMatcher.fromGroups<string>(q.formations),
    formationLinks: list(q.formationLinks),
    partMarkers: list(q.partMarkers),
    listJoiners: list(q.listJoiners),
    valuationLinks: new Set((q.valuationLinks ?? []).map((w) => w.toLowerCase())),
    unitsAfter: PhraseMatcher.fromGroups<string>(q.unitWords),
    unitsBefore: PhraseMatcher.fromGroups<string>(q.unitWordsBefore),
    zeroCounts: PhraseMatcher.fromGroups<string>(q.zeroCounts),
    zeroStarts: new Set(firstWords(q.zeroCounts ?? {})),
    zeroCountJoiners: list(q.zeroCountJoiners),
    zeroTails: lastWords(q.zeroCounts ?? {}),
    gluedUnitSymbols: new Map(Object.entries(q.gluedUnitSymbols ?? {}).flatMap(([unit, symbols]) => symbols.map((symbol): [string, string] => [symbol, unit]))),
    articleUnits: words(q.articleUnits),
    unitNumberWords: new Map(Object.entries(q.unitNumberWords ?? {}).map(([w, v]) => [normWord(w), v])),
    gluedUnitWords: (q.gluedUnitWords ?? []).map(normWord).sort((a, b) => b.length - a.length),
    frameBefore: new PhraseMatcher(keywordPairs('before')),
    frameAfter: new PhraseMatcher(keywordPairs('after')),
    ageCompounds: list(q.ages?.compounds),
    ageAfter: list(q.ages?.after),
    ageBefore: list(q.ages?.before),
    ordinalSuffixes: words(q.ordinals?.suffixes),
    ordinalUnits: PhraseMatcher.fromGroups<string>(q.ordinals?.units ?? {}),
    directions: list(q.distances?.directions),
    placeLinks: list(q.distances?.links),
    ratePeriods: PhraseMatcher.fromGroups<string>(q.ratePeriods ?? {}),
    conversionLinks: list(q.conversionLinks),
    hyphenHeads: words(q.hyphenHeads),
    notAfter: list(q.notQuantityAfter),
    notBefore: list(q.notQuantityBefore),
    idioms: list(q.numberIdioms ?? []),
    dateWords: words(q.dateWords),
    definiteArticles: words(q.definiteArticles),
    stopwords,
    headModifiers: words(q.headModifiers),
    ownerVerbs: words(q.ownerVerbs),
    shareOf: words(q.shareOf),
    updateVerbs: words(q.updates?.verbs),
    updateLinks: words(q.updates?.links),
    updateFrom: words(q.updates?.from),
    clauseOpeners: words(section<{ clauseOpeners?: string[] }>(lang, 'dates').clauseOpeners),
    unitReadings: new Map(Object.entries(q.unitReadings ?? {}).map(([unit, r]) => [unit, { as: r.as, cues: words(r.cues) }])),
    knownWords,
    notHeadSuffixes: q.notHeadSuffixes ?? [],
    pluralEndings: q.pluralEndings ?? [],
    notPluralEndings: q.notPluralEndings ?? [],
    units: loadUnits(),
    frames: loadFrames(),
  };
}

function startTrie(numberWords: NumberWordLexicon, triggerWords: string[]): StartTrie {
  const trie = new StartTrie();
  for (const w of [...numberWords.words.keys(), ...numberWords.multipliers.keys(), ...triggerWords]) trie.add(normWord(w), 'word');
  for (const w of numberWords.compoundWords.keys()) trie.add(normWord(w), 'compound');
  return trie;
}

/** The word of a phrase that a sentence must contain: its first word that is not a lone letter or article. */
function triggerWord(phrase: string, articles: string[]): string {
  const words = phrase.split(' ');
  return words.find((w) => w.length >= 2 && !articles.includes(w)) ?? words[0];
}

/** A word with a plural ending of the language that is no exception to it ("troops", "huizen"; not "news"). */
export function isPlural(norm: string, lex: QuantityLexicon): boolean {
  return lex.pluralEndings.some((e) => norm.length > e.length + 2 && norm.endsWith(e)) && !lex.notPluralEndings.some((e) => norm.endsWith(e));
}

function firstWords(groups: Partial<Record<string, string[]>> | undefined): string[] {
  return Object.values(groups ?? {}).flatMap((phrases) => (phrases ?? []).map((p) => normWord(p.split(' ')[0]).replace(/\*$/, '')));
}

/** Last word of each phrase → its group's key, for the words only one group ends a phrase with. */
function lastWords(groups: Record<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const [key, phrases] of Object.entries(groups)) {
    for (const phrase of phrases) {
      const last = normWord(phrase.split(' ').pop()!);
      if (out.has(last) && out.get(last) !== key) shared.add(last);
      out.set(last, key);
    }
  }
  for (const word of shared) out.delete(word);
  return out;
}

let frames: FrameDef[] | undefined;

/** rules/frames.json, validated and loaded once. */
export function loadFrames(file = path.join(RULES_DIR, 'frames.json')): FrameDef[] {
  frames ??= validateOrThrow<{ frames: FrameDef[] }>('frames', readJsonFile(file), file).frames;
  return frames;
}

/** The longest phrase that ends exactly at token `end` (exclusive), starting no earlier than `min`. */
export function phraseEndingAt<V>(matcher: PhraseMatcher<V>, tokens: readonly Token[], end: number, min: number): PhraseMatch<V> | undefined {
  const last = tokens[end - 1];
  if (last === undefined || !matcher.mayEndWith(last)) return undefined;
  for (let from = Math.max(min, end - MAX_PHRASE_WORDS); from < end; from++) {
    const m = matcher.matchAt(tokens, from);
    if (m && m.to === end) return m;
  }
  return undefined;
}

/** No lexicon phrase is longer than this many tokens. */
const MAX_PHRASE_WORDS = 6;
