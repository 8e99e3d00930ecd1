// quote-fidelity: one quote worded two ways ("before sulking out the back door" / "before skulking out the back
// door"). Alignment keeps quotes apart unless their words are the same or they are counterparts in a copy, where
// the words may still differ. Two quotes of one language that share nearly
// all their words in order, and inside them differ where both have words of their own, are one quote transcribed
// twice, and one of them misquotes. What only one side has (an elision, a bracketed "[US]", "the") is trimming, and
// a spelling ("e-mail" / "email", "fibre" / "fiber"), a figure ("11th" / "eleventh") or initials ("IE" / "Internet
// Explorer") is how it is written; the numeric checks see the figures.

import type { Claim, Finding } from '../../model.js';
import type { AlignedSlot } from '../../align/index.js';
import type { Check } from '../types.js';
import { tokenize } from '../../text/tokens.js';
import { ingestLexicon } from '../../ingest/lexicon.js';
import { fillTemplate } from '../template.js';

export interface QuoteFidelityOptions {
  /** Share of the shorter quote's words the two must have in order. */
  minShared?: number;
  /** Quotes shorter than this (in words) are too short to tell a misquote from another remark. */
  minWords?: number;
  /** Longer changes than this (in words, either side) are another sentence, not a changed word. */
  maxChange?: number;
}

/** Longer quotes are not compared: the word alignment is quadratic in their length. */
const MAX_WORDS = 400;
/** A word in more quotes than this says nothing about which two are one quote. */
const MAX_HOLDERS = 24;
/** A word the two sides must each have for a change to be more than trimming. */
const MIN_CONTENT_LETTERS = 3;
const NO_WORDS: ReadonlySet<string> = new Set();

/** One wording of a quote: the claims of a slot that give these words. */
interface Wording {
  slot: AlignedSlot;
  claims: Claim[];
  language: string;
  words: string[];
}

interface Change {
  a: string[];
  b: string[];
  /** Index in the first quote's words where the change starts. */
  at: number;
}

export const quoteFidelity: Check = (rule, ctx) => {
  const options = (rule.options ?? {}) as QuoteFidelityOptions;
  const minShared = options.minShared ?? 0.8;
  const minWords = options.minWords ?? 5;
  const maxChange = options.maxChange ?? 3;
  const languageOf = new Map(ctx.sources.map((s) => [s.id, s.language]));
  const quotes = ctx.slots.flatMap((slot) => (slot.kind === 'quote' ? wordings(slot, languageOf, minWords) : []));
  const findings: Finding[] = [];
  for (const [i, j] of candidatePairs(quotes)) {
    const [a, b] = [quotes[i], quotes[j]];
    if (a.language !== b.language || !otherSource(a.claims, b.claims)) continue;
    if (!mayShare(a.words, b.words, minShared)) continue;
    const { shared, changes } = compareWords(a.words, b.words);
    if (shared < minShared * Math.min(a.words.length, b.words.length)) continue;
    const lang = ctx.languages?.get(a.language);
    const stopwords = lang ? ingestLexicon(lang).stopwords : NO_WORDS;
    const change = changes.find((c) => c.a.length <= maxChange && c.b.length <= maxChange && reworded(c, stopwords));
    if (!change) continue;
    const [inA, inB] = [a, b].map((q) => [...new Set(q.claims.map((c) => c.source))].join(', '));
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: fillTemplate(rule.message, {
        label: a.slot.label,
        changed: `"${change.a.join(' ')}" (${inA}) vs "${change.b.join(' ')}" (${inB})`,
        excerpt: excerpt(a.words, change),
      }),
      slot: a.slot.id,
      sources: [...a.claims, ...b.claims].map((c) => c.source),
      claims: [...a.claims, ...b.claims],
      docs: rule.docs,
    });
  }
  return findings;
};

/** The slot's claims grouped by the words they quote (a copy may have changed one). */
function wordings(slot: AlignedSlot, languageOf: ReadonlyMap<string, string>, minWords: number): Wording[] {
  const byWords = new Map<string, Wording>();
  for (const claim of slot.claims) {
    const words = quoteWords(claim.text);
    if (words.length < minWords || words.length > MAX_WORDS) continue;
    const key = words.join(' ');
    const known = byWords.get(key);
    if (known) known.claims.push(claim);
    else byWords.set(key, { slot, claims: [claim], language: languageOf.get(claim.source) ?? '', words });
  }
  return [...byWords.values()];
}

/** Lower-cased words and figures of a quote, hyphenated ones apart ("vice-presidential" / "vice presidential"),
 *  leaving out bracketed insertions ("[US]", "(Tara Reid)"). */
function quoteWords(text: string): string[] {
  const words: string[] = [];
  let depth = 0;
  for (const t of tokenize(text)) {
    if (t.text === '(' || t.text === '[') depth++;
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    else if (depth === 0 && t.kind !== 'punct') words.push(...t.norm.split('-').filter(Boolean));
  }
  return words;
}

/**
 * Pairs of wordings that share a word few others have: one quote worded twice shares nearly all its words, among
 * them rare ones, while a word in many quotes ("the", "said") would pair everything with everything. Linear in
 * the words, whatever the number of quotes.
 */
function candidatePairs(quotes: readonly Wording[]): [number, number][] {
  const holders = new Map<string, number[]>();
  quotes.forEach((q, k) => {
    for (const w of new Set(q.words)) {
      const list = holders.get(w);
      if (list) list.push(k);
      else holders.set(w, [k]);
    }
  });
  const pairs = new Set<number>();
  for (const list of holders.values()) {
    if (list.length < 2 || list.length > MAX_HOLDERS) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add(list[x] * quotes.length + list[y]);
  }
  return [...pairs].sort((p, q) => p - q).map((p) => [Math.floor(p / quotes.length), p % quotes.length]);
}

function otherSource(a: readonly Claim[], b: readonly Claim[]): boolean {
  return a.some((x) => b.some((y) => x.source !== y.source));
}

/** Whether the two can share `minShared` of the shorter one's words at all (counted as sets; cheap). */
function mayShare(a: readonly string[], b: readonly string[], minShared: number): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const inLong = new Set(long);
  let common = 0;
  for (const w of short) if (inLong.has(w)) common++;
  return common >= minShared * short.length;
}

/** The words the two share in order (a longest common subsequence) and the changes between them, interior ones
 *  only: what one quote has before the first shared word or after the last is where its quoting starts or ends. */
function compareWords(a: readonly string[], b: readonly string[]): { shared: number; changes: Change[] } {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const changes: Change[] = [];
  let [i, j] = [0, 0];
  let open: Change | undefined;
  let matched = false;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (open && matched) changes.push(open);
      open = undefined;
      matched = true;
      i++;
      j++;
      continue;
    }
    open ??= { a: [], b: [], at: i };
    if (j >= b.length || (i < a.length && table[(i + 1) * width + j] >= table[i * width + j + 1])) open.a.push(a[i++]);
    else open.b.push(b[j++]);
  }
  return { shared: table[0], changes };
}

/** Both sides have a word of their own that is no spelling, figure or initials of the other's. */
function reworded(change: Change, stopwords: ReadonlySet<string>): boolean {
  const content = (words: string[]) => words.some((w) => w.length >= MIN_CONTENT_LETTERS && !stopwords.has(w));
  if (!content(change.a) || !content(change.b) || [...change.a, ...change.b].some((w) => /\d/.test(w))) return false;
  const [a, b] = [change.a.join(''), change.b.join('')];
  return a !== b && sortedLetters(a) !== sortedLetters(b) && !initialsOf(a, change.b) && !initialsOf(b, change.a);
}

/** "fibre" and "fiber" have the same letters: a spelling, not another word. */
function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

function initialsOf(abbreviation: string, words: readonly string[]): boolean {
  return words.length > 1 && abbreviation === words.map((w) => w[0]).join('');
}

/** The first quote's words around the change, for the message. */
function excerpt(words: readonly string[], change: Change): string {
  const from = Math.max(0, change.at - 4);
  const to = Math.min(words.length, change.at + change.a.length + 4);
  return `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
}
