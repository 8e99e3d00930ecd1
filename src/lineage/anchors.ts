// Anchors: what a translation keeps in the same order as its original — numbers, dates and names.
// From claims when the extractors found some (entity keys are shared across languages), and straight from
// the text otherwise: digit runs, and capitalised words that the source also capitalises mid-sentence
// (so "The"/"De" at a sentence start is not taken for a name, while "Kim" at a sentence start is). Names are
// cut to their first letters so that cognates meet across languages (Russia/Rusland, senate/senaat).

import type { Claim, Source } from '../model.js';
import { normWord, type Token } from '../text/tokens.js';
import { digitsOnly, foldAccents } from './shingles.js';

const UPPER_START = /^\p{Lu}/u;
const HYPHEN = /[-‐]/;

/** Anchors read from the text, in order; names cut to `namePrefix` characters. */
export function textAnchors(source: Source, tokens: readonly Token[], namePrefix: number): string[] {
  // Parallel lists, not an object per anchor: a long source has tens of thousands.
  const keys: string[] = [];
  const initial: boolean[] = [];
  const midSentence = new Set<string>();
  const text = source.text;
  let atStart = true;
  let nextNewline = text.indexOf('\n');
  const addName = (part: string) => {
    if (!startsUpper(part)) return;
    const key = nameKey(part, namePrefix);
    keys.push(key);
    initial.push(atStart);
    if (!atStart) midSentence.add(key);
  };
  for (const t of tokens) {
    // A line break starts a sentence (headlines, one-sentence-per-line files); look ahead once per break.
    if (nextNewline !== -1 && nextNewline < t.start) {
      atStart = true;
      nextNewline = text.indexOf('\n', t.start);
    }
    if (t.kind === 'punct') {
      if (t.end - t.start === 1 && isSentenceEnd(text.charCodeAt(t.start))) atStart = true;
      continue;
    }
    if (t.kind === 'number') {
      keys.push(digitsOnly(t.text));
      initial.push(false);
    } else if (hasHyphen(text, t.start, t.end)) for (const part of t.text.split(HYPHEN)) addName(part);
    // Most words are lower case: judged by their first unit, without making their text.
    else if (text.charCodeAt(t.start) >= 128 || isAsciiUpper(text.charCodeAt(t.start))) addName(t.text);
    atStart = false;
  }
  return keys.filter((key, i) => !initial[i] || midSentence.has(key));
}

/**
 * A name cut to its first `prefix` letters, folded. A word longer than the cut by a possessive ('s) or more whose
 * cut is ASCII needs only that much lower-cased: the rest cannot change it.
 */
function nameKey(word: string, prefix: number): string {
  if (word.length >= prefix + 2 && isAscii(word, prefix)) return word.slice(0, prefix).toLowerCase();
  return foldAccents(normWord(word)).slice(0, prefix);
}

function isAscii(word: string, length: number): boolean {
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** . ! ? */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010) return true;
  }
  return false;
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** ASCII capitals by char code; only other scripts pay for the Unicode regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : UPPER_START.test(word);
}

/** Anchors from a source's claims, in text order: quantity numbers, ISO dates, entity keys. */
export function claimAnchors(claims: readonly Claim[]): string[] {
  const out: { at: number; key: string }[] = [];
  for (const c of claims) {
    const key = c.quantity?.number != null ? String(c.quantity.number) : (c.date?.iso ?? c.entity?.key);
    if (key !== undefined) out.push({ at: c.start, key });
  }
  return out.sort((a, b) => a.at - b.at).map((a) => a.key);
}
