// The dates section of a language (rules/lang/<code>/dates.json), compiled once per Language into lookups,
// phrase matchers and the trigger regex that finds where a date may start.

import type { Language } from '../../lexicon/load.js';
import { section } from '../../lexicon/load.js';
import { type ClassRegistry, prebuiltLexicon } from '../../lexicon/snapshot.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { NormMemo } from '../../text/vocabulary.js';
import { tokenize } from '../../text/tokens.js';
import { alternation, escapeRegex } from './patterns.js';

type Words = string[];
type Order = 'dmy' | 'mdy';
export type Unit = 'day' | 'week' | 'month' | 'year';
export type Direction = 'past' | 'future';

interface NamedUnit {
  names: Words;
  abbreviations: Words;
}

/** The JSON shape, as validated by rules/schemas/lang-dates.schema.json. */
export interface DatesSection {
  months: NamedUnit[];
  weekdays: NamedUnit[];
  ambiguousWords: Words;
  ordinalSuffixes: Words;
  dayMonthJoiners: Words;
  monthPrefixes: Words;
  monthContext: Words;
  yearContext: { strong?: Words; weak?: Words; eventDeterminers?: Words };
  yearRangeJoiners: Words;
  numericOrders: { slash?: Order[]; dot?: Order[]; dash?: Order[] };
  relative: { phrases: Words; unit: Unit; offset: number; fromSentence?: boolean }[];
  ago: { words: Words; units: Partial<Record<Unit, Words>> };
  directionWords: { past?: Words; future?: Words };
  weekdaySuffixes: Words;
  futureMarkers: Words;
  clauseOpeners?: Words;
  time: { prefixes?: Words; suffixes?: Words; hourWords?: Words; meridiem?: { am?: Words; pm?: Words }; zones?: Words; clockWords?: Words };
  headerWords: Words;
  events: Record<string, Words>;
  chargeNouns?: Words;
}

export interface Relative {
  unit: Unit;
  offset: number;
  /** The offset counts from the sentence's last date before the phrase, if any ("the previous year"). */
  fromSentence: boolean;
}

export interface DateLexicon {
  /** Full month names → 1..12; they may stand alone. */
  monthNames: Map<string, number>;
  /** Abbreviations → 1..12; only inside a written date. */
  monthAbbreviations: Map<string, number>;
  weekdayNames: Map<string, number>;
  weekdayAbbreviations: Map<string, number>;
  ambiguous: Set<string>;
  ordinalSuffixes: Set<string>;
  dayMonthJoiners: Set<string>;
  monthPrefixes: Set<string>;
  monthContext: Set<string>;
  yearStrong: Set<string>;
  yearWeak: Set<string>;
  /** Words before "2003 quake" that make the number a year when an event word follows. */
  yearDeterminers: Set<string>;
  yearRangeJoiners: Set<string>;
  orders: { slash: Order[]; dot: Order[]; dash: Order[] };
  relative: PhraseMatcher<Relative>;
  /** "ago", "geleden": closes a count and a unit ("three days ago"). */
  agoWords: Set<string>;
  agoUnits: Map<string, Unit>;
  /** Number words and articles that count units in "two years ago" (from the numbers section). */
  counts: Map<string, number>;
  direction: Map<string, Direction>;
  weekdaySuffixes: string[];
  timePrefixes: Set<string>;
  timeSuffixes: Set<string>;
  hourWords: Set<string>;
  meridiem: PhraseMatcher<'am' | 'pm'>;
  zones: PhraseMatcher<string>;
  /** Words after a bare h:mm that make it a clock reading or duration. */
  clockWords: PhraseMatcher<true>;
  headerWords: Set<string>;
  events: PhraseMatcher<string>;
  /** Words that put a date's clause in the future ("will", "expected to"). */
  futureMarkers: PhraseMatcher<true>;
  /** Words that open a new clause after a date ("announced Friday that it will …"). */
  clauseOpeners: Set<string>;
  /** Nouns that, right after an event word, make it the name of a charge ("on sexual assault charges"). */
  chargeNouns: Set<string>;
  /** Longest relative phrase, in words: how far back a trigger word may be from where its date starts. */
  lookBack: number;
  /** Finds words that can be (the last word of) a date expression, and digit runs shaped like a date or time. */
  trigger: RegExp;
}

const cache = new WeakMap<Language, DateLexicon>();

/** The classes a date lexicon holds (see lexicon/snapshot.ts). */
export const LEXICON_CLASSES: ClassRegistry = { PhraseMatcher, NormMemo };

export function dateLexicon(lang: Language): DateLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = prebuiltLexicon<DateLexicon>(lang, 'dates', LEXICON_CLASSES) ?? compile(section<DatesSection>(lang, 'dates'), section<NumbersSection>(lang, 'numbers'));
    cache.set(lang, lex);
  }
  return lex;
}

/** What this module reads of the numbers section (rules/lang/<code>/numbers.json). */
interface NumbersSection {
  words: Record<string, number>;
  articles: Words;
}

function compile(d: Partial<DatesSection>, numbers: Partial<NumbersSection>): DateLexicon {
  const months = d.months ?? [];
  const weekdays = d.weekdays ?? [];
  const relative = d.relative ?? [];
  const time = d.time ?? {};
  const weekdaySuffixes = lower(d.weekdaySuffixes);
  const direction = new Map<string, Direction>();
  for (const w of lower(d.directionWords?.past)) direction.set(w, 'past');
  for (const w of lower(d.directionWords?.future)) direction.set(w, 'future');

  const triggers: string[] = [];
  for (const u of [...months, ...weekdays]) triggers.push(...u.names, ...u.abbreviations);
  for (const w of weekdays) for (const n of w.names) for (const s of weekdaySuffixes) triggers.push(n + s);
  for (const r of relative) for (const p of r.phrases) triggers.push(p.trim().split(/\s+/).pop()!);
  triggers.push(...(d.ago?.words ?? []));
  const counts = new Map(Object.entries(numbers.words ?? {}).map(([w, n]): [string, number] => [w.toLowerCase(), n]));
  for (const article of lower(numbers.articles)) counts.set(article, 1);

  const markerWords = [...(time.meridiem?.am ?? []), ...(time.meridiem?.pm ?? []), ...(time.hourWords ?? []), ...(time.suffixes ?? [])];
  return {
    monthNames: indexed(months.map((m) => m.names)),
    monthAbbreviations: indexed(months.map((m) => m.abbreviations)),
    weekdayNames: indexed(weekdays.map((w) => w.names)),
    weekdayAbbreviations: indexed(weekdays.map((w) => w.abbreviations)),
    ambiguous: new Set(lower(d.ambiguousWords)),
    ordinalSuffixes: new Set(lower(d.ordinalSuffixes)),
    dayMonthJoiners: new Set(lower(d.dayMonthJoiners)),
    monthPrefixes: new Set(lower(d.monthPrefixes)),
    monthContext: new Set(lower(d.monthContext)),
    yearStrong: new Set(lower(d.yearContext?.strong)),
    yearWeak: new Set(lower(d.yearContext?.weak)),
    yearDeterminers: new Set(lower(d.yearContext?.eventDeterminers)),
    yearRangeJoiners: new Set(lower(d.yearRangeJoiners)),
    orders: {
      slash: d.numericOrders?.slash ?? ['dmy'],
      dot: d.numericOrders?.dot ?? ['dmy'],
      dash: d.numericOrders?.dash ?? ['dmy'],
    },
    relative: new PhraseMatcher(relative.flatMap((r) => r.phrases.map((p): [string, Relative] => [p, { unit: r.unit, offset: r.offset, fromSentence: r.fromSentence === true }]))),
    agoWords: new Set(lower(d.ago?.words)),
    agoUnits: new Map(Object.entries(d.ago?.units ?? {}).flatMap(([unit, words]) => lower(words).map((w): [string, Unit] => [w, unit as Unit]))),
    counts,
    direction,
    weekdaySuffixes,
    timePrefixes: new Set(lower(time.prefixes)),
    timeSuffixes: new Set(lower(time.suffixes)),
    hourWords: new Set(lower(time.hourWords)),
    meridiem: new PhraseMatcher([
      ...tokenPhrases(time.meridiem?.am).map((p): [string, 'am'] => [p, 'am']),
      ...tokenPhrases(time.meridiem?.pm).map((p): [string, 'pm'] => [p, 'pm']),
    ]),
    zones: new PhraseMatcher(tokenPhrases(time.zones).map((p): [string, string] => [p, p])),
    clockWords: new PhraseMatcher((time.clockWords ?? []).map((p): [string, true] => [p, true])),
    headerWords: new Set(lower(d.headerWords)),
    events: PhraseMatcher.fromGroups(d.events),
    clauseOpeners: new Set(lower(d.clauseOpeners)),
    chargeNouns: new Set(lower(d.chargeNouns)),
    futureMarkers: new PhraseMatcher((d.futureMarkers ?? []).map((p): [string, true] => [p, true])),
    lookBack: Math.max(3, ...relative.flatMap((r) => r.phrases.map((p) => p.trim().split(/\s+/).length))) + 1,
    trigger: trigger(triggers, markerWords),
  };
}

function lower(words: Words | undefined): string[] {
  return (words ?? []).map((w) => w.toLowerCase());
}

/** Position i of the list (1-based) for every word of group i. */
function indexed(groups: Words[]): Map<string, number> {
  const map = new Map<string, number>();
  groups.forEach((words, i) => words.forEach((w) => map.set(w.toLowerCase(), i + 1)));
  return map;
}

/** Phrases written with punctuation ("p.m.") as the token norms the matcher compares ("p . m ."). */
function tokenPhrases(words: Words | undefined): string[] {
  return (words ?? []).map((w) => tokenize(w).map((t) => t.norm).join(' ')).filter((p) => p !== '');
}

// A whole digit run (not inside "F16" or "6,000") can start an all-digit date or a time when it is a 4-digit
// year, h:mm or h.mm, d/m/y, or an hour followed by a meridiem or hour word ("3 p.m.", "15 uur"). Other numbers
// ("6,000", "20 percent") never leave the regex engine.
function trigger(words: string[], markers: string[]): RegExp {
  const marker = markers.length ? `|\\s?(?:${markers.map((m) => escapeRegex(m.toLowerCase()).replace(/\s+/g, '\\s?')).join('|')})(?![A-Za-z])` : '';
  const digits = `(?<![A-Za-z0-9]|\\d[.,:])(?:\\d{4}(?![\\d,])|\\d{4}(?=,\\D)|\\d{1,2}(?:[:.]\\d\\d(?!\\d)|\\s?[/.-]\\s?\\d{1,2}(?!\\d)${marker}))`;
  return new RegExp(`${alternation(words)}|${digits}`, 'gi');
}
