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
const SENTENCE_END = new Set(['.', '!', '?']);

/** Anchors read from the text, in order; names cut to `namePrefix` characters. */
export function textAnchors(source: Source, tokens: readonly Token[], namePrefix: number): string[] {
  const anchors: { key: string; initial: boolean }[] = [];
  const midSentence = new Set<string>();
  const text = source.text;
  let atStart = true;
  let nextNewline = text.indexOf('\n');
  for (const t of tokens) {
    // A line break starts a sentence (headlines, one-sentence-per-line files); look ahead once per break.
    if (nextNewline !== -1 && nextNewline < t.start) {
      atStart = true;
      nextNewline = text.indexOf('\n', t.start);
    }
    if (t.kind === 'punct') {
      if (SENTENCE_END.has(t.text)) atStart = true;
      continue;
    }
    if (t.kind === 'number') anchors.push({ key: digitsOnly(t.text), initial: false });
    else
      for (const part of HYPHEN.test(t.text) ? t.text.split(HYPHEN) : [t.text]) {
        if (!startsUpper(part)) continue;
        const key = foldAccents(normWord(part)).slice(0, namePrefix);
        anchors.push({ key, initial: atStart });
        if (!atStart) midSentence.add(key);
      }
    atStart = false;
  }
  return anchors.filter((a) => !a.initial || midSentence.has(a.key)).map((a) => a.key);
}

/** ASCII capitals by char code; only other scripts pay for the Unicode regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
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
