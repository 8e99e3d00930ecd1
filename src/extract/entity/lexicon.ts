// The entities section of a language, compiled once per Language object into sets and phrase matchers.

import type { Language } from '../../lexicon/load.js';
import { section } from '../../lexicon/load.js';
import { type ClassRegistry, prebuiltLexicon } from '../../lexicon/snapshot.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { NormMemo } from '../../text/vocabulary.js';
import { normWord, type Token } from '../../text/tokens.js';
import type { Rewrite } from './names.js';

interface EntitiesSection {
  stopwords: string[];
  sentenceStarters: string[];
  particles: string[];
  connectors: string[];
  honorifics: string[];
  demonyms: Record<string, string[]>;
  titles: Record<string, string[]>;
  organizationCues: string[];
  nonEntityCues: string[];
  placePrepositions: string[];
  placeCues?: string[];
  placeConnectors?: string[];
  residenceLinks?: string[];
  eventPrepositions: string[];
  events: Record<string, string[]>;
  pronouns: string[];
  reportingCues: { nameBefore: string[]; nameAfter: string[] };
  quoteClitics: string[];
  transliteration: { from: string; to: string }[];
}

/** Whole words plus "*suffix" entries (Dutch compounds: "*ministerie" matches "defensieministerie"). */
export class WordList {
  private readonly words = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly memo = new NormMemo();

  constructor(entries: readonly string[] = []) {
    for (const e of entries) {
      if (e.startsWith('*')) this.suffixes.push(normWord(e.slice(1)));
      else this.words.add(normWord(e));
    }
  }

  /** Whether the token's word is on the list (remembered per word). */
  has(t: Token): boolean {
    return this.memo.recall(t) ?? this.memo.remember(t, this.includes(t.norm));
  }

  includes(norm: string): boolean {
    if (this.words.has(norm)) return true;
    for (const s of this.suffixes) if (norm.length > s.length && norm.endsWith(s)) return true;
    return false;
  }
}

/** Key → phrases, plus "*suffix" single-word entries resolved through a WordList per key. */
export class GroupMatcher {
  readonly phrases: PhraseMatcher<string>;
  private readonly suffixGroups: [string, WordList][] = [];
  /** Words known to match no suffix entry. */
  private readonly unsuffixed = new NormMemo();

  constructor(groups: Record<string, string[]> = {}) {
    const plain: Record<string, string[]> = {};
    for (const [key, list] of Object.entries(groups)) {
      plain[key] = list.filter((p) => !p.startsWith('*'));
      const suffixes = list.filter((p) => p.startsWith('*'));
      if (suffixes.length > 0) this.suffixGroups.push([key, new WordList(suffixes)]);
    }
    this.phrases = PhraseMatcher.fromGroups<string>(plain);
  }

  /** Key of a single word that only a suffix entry matches (most words match none, remembered per word). */
  suffixKey(t: Token): string | undefined {
    if (this.suffixGroups.length === 0 || this.unsuffixed.recall(t) === true) return undefined;
    for (const [key, list] of this.suffixGroups) if (list.includes(t.norm)) return key;
    this.unsuffixed.remember(t, true);
    return undefined;
  }
}

export interface EntityLexicon {
  stopwords: WordList;
  sentenceStarters: WordList;
  particles: WordList;
  connectors: WordList;
  honorifics: WordList;
  demonyms: GroupMatcher;
  titles: GroupMatcher;
  organizationCues: WordList;
  nonEntityCues: WordList;
  placePrepositions: WordList;
  placeCues: WordList;
  placeConnectors: WordList;
  /** Day names written out (dates.json): they end a name ("Indian Navy on Saturday", "Wasilla Bible Church Friday"). */
  weekdays: WordList;
  residenceLinks: WordList;
  eventPrepositions: WordList;
  events: GroupMatcher;
  pronouns: WordList;
  nameBefore: PhraseMatcher<true>;
  nameAfter: PhraseMatcher<true>;
  /** First words of every reporting cue: most tokens are rejected by one memo look-up (a gate only: the cue
   *  matchers decide). */
  cueFirstWords: WordList;
  quoteClitics: WordList;
  transliteration: Rewrite[];
}

const compiled = new WeakMap<Language, EntityLexicon>();

/** The classes an entity lexicon holds (see lexicon/snapshot.ts). */
export const LEXICON_CLASSES: ClassRegistry = { WordList, GroupMatcher, PhraseMatcher, NormMemo };

export function entityLexicon(lang: Language): EntityLexicon {
  let lex = compiled.get(lang);
  if (!lex) compiled.set(lang, (lex = prebuiltLexicon<EntityLexicon>(lang, 'entities', LEXICON_CLASSES) ?? compile(lang)));
  return lex;
}

function compile(lang: Language): EntityLexicon {
  const s = section<EntitiesSection>(lang, 'entities');
  const cues = (list: string[] = []) => new PhraseMatcher<true>(list.map((p) => [p, true] as [string, true]));
  return {
    stopwords: new WordList(s.stopwords),
    sentenceStarters: new WordList(s.sentenceStarters),
    particles: new WordList(s.particles),
    connectors: new WordList(s.connectors),
    honorifics: new WordList(s.honorifics),
    demonyms: new GroupMatcher(s.demonyms),
    titles: new GroupMatcher(s.titles),
    organizationCues: new WordList(s.organizationCues),
    nonEntityCues: new WordList(s.nonEntityCues),
    placePrepositions: new WordList(s.placePrepositions),
    placeCues: new WordList(s.placeCues ?? []),
    placeConnectors: new WordList(s.placeConnectors ?? []),
    weekdays: new WordList((section<{ weekdays?: { names: string[] }[] }>(lang, 'dates').weekdays ?? []).flatMap((d) => d.names)),
    residenceLinks: new WordList(s.residenceLinks ?? []),
    eventPrepositions: new WordList(s.eventPrepositions),
    events: new GroupMatcher(s.events),
    pronouns: new WordList(s.pronouns),
    nameBefore: cues(s.reportingCues?.nameBefore),
    nameAfter: cues(s.reportingCues?.nameAfter),
    cueFirstWords: new WordList([...(s.reportingCues?.nameBefore ?? []), ...(s.reportingCues?.nameAfter ?? [])].map((p) => p.split(' ')[0])),
    quoteClitics: new WordList(s.quoteClitics),
    transliteration: (s.transliteration ?? []).map((r) => [r.from, r.to] as const),
  };
}
