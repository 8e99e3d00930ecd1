// The ingest view of a language (rules/lang/<code>/language.json), built once per Language object.

import type { Language } from '../lexicon/load.js';
import { section } from '../lexicon/load.js';
import { prebuiltLexicon } from '../lexicon/snapshot.js';
import { nextLetterRun } from '../text/tokens.js';

export interface LanguageSection {
  stopwords: string[];
  abbreviations: string[];
  bylinePrefixes: string[];
  dateLabels: string[];
  creditWords: string[];
  boilerplate: string[];
}

export interface IngestLexicon {
  stopwords: ReadonlySet<string>;
  /** Lower case, without the final period. */
  abbreviations: ReadonlySet<string>;
  /** Lower case, longest first so "last updated" wins over "updated". */
  bylinePrefixes: readonly string[];
  dateLabels: readonly string[];
  creditWords: readonly string[];
  /** Normalised with boilerplateKey. */
  boilerplate: ReadonlySet<string>;
  /** First words of the boilerplate entries: a cheap test before normalising a whole line. */
  boilerplateFirstWords: ReadonlySet<string>;
}

const cache = new WeakMap<Language, IngestLexicon>();

export function ingestLexicon(lang: Language): IngestLexicon {
  let lex = cache.get(lang);
  if (!lex) cache.set(lang, (lex = prebuiltLexicon<IngestLexicon>(lang, 'ingest', {}) ?? compile(lang)));
  return lex;
}

function compile(lang: Language): IngestLexicon {
  const data = section<LanguageSection>(lang, 'language');
  const lower = (list: string[] | undefined) => (list ?? []).map((w) => w.toLowerCase());
  const longestFirst = (list: string[] | undefined) => lower(list).sort((a, b) => b.length - a.length);
  const boilerplate = new Set((data.boilerplate ?? []).map(boilerplateKey));
  return {
    stopwords: new Set(lower(data.stopwords)),
    abbreviations: new Set(lower(data.abbreviations)),
    bylinePrefixes: longestFirst(data.bylinePrefixes),
    dateLabels: longestFirst(data.dateLabels),
    creditWords: longestFirst(data.creditWords),
    boilerplate,
    boilerplateFirstWords: new Set([...boilerplate].map((key) => key.split(' ')[0])),
  };
}

/** A line reduced to its words, so "Comments (3)" and "— Share —" compare equal to their list entries. */
function boilerplateKey(line: string): string {
  const lower = line.toLowerCase();
  const words: string[] = [];
  for (let run = nextLetterRun(lower); run; run = nextLetterRun(lower, run.end)) words.push(lower.slice(run.start, run.end));
  return words.join(' ');
}

/** Whether a line is one of the language's boilerplate lines. */
export function isBoilerplate(line: string, lex: IngestLexicon): boolean {
  const first = nextLetterRun(line);
  return first !== undefined && lex.boilerplateFirstWords.has(line.slice(first.start, first.end).toLowerCase()) && lex.boilerplate.has(boilerplateKey(line));
}

/**
 * Length of a case-insensitive label from `labels` that opens `text` at `at` and ends at a word boundary,
 * or 0. The label may be followed by a colon.
 */
export function labelAt(text: string, at: number, labels: readonly string[]): number {
  const first = text.charAt(at).toLowerCase();
  for (const label of labels) {
    const end = at + label.length;
    if (label[0] !== first || text.slice(at, end).toLowerCase() !== label) continue;
    const next = text.charCodeAt(end);
    if (end < text.length && !isSpaceOrColon(next)) continue;
    return next === COLON ? label.length + 1 : label.length;
  }
  return 0;
}

const COLON = 0x3a;

function isSpaceOrColon(code: number): boolean {
  return code === COLON || code === 0x20 || code === 0x09 || code === 0xa0;
}
