// The numeric core of a quantity at one token: digits (6,000  2,5  40bn), number words (six thousand,
// tweeduizend), an article before a multiplier (a million, een dozijn) or a vague amount (thousands, tientallen).

import type { Token } from '../../text/tokens.js';
import { combineParts, parseNumeral, stepOfValue, wordToParts, type NumberPart } from '../../normalize/number.js';
import { isPlural, phraseEndingAt, type QuantityLexicon, type VagueDef } from './lexicon.js';

export interface Core {
  /** Token range of the core, multipliers included. */
  from: number;
  to: number;
  /** null for a vague amount. */
  value: number | null;
  /** Unit of the last significant digit, multipliers applied. */
  step: number;
  vague?: VagueDef;
  /** Written with words rather than digits ("six", "a dozen"). */
  words: boolean;
  /** Product of the scale words after digits ("150 million" → 1e6); 1 otherwise. */
  scale: number;
  /** Text offset where the core ends inside its last token ("$13 billion-a price"): nothing may follow it. */
  end?: number;
  /** A glued suffix read as a unit that is also a scale word ("70m": 70 metres, or 70 million): that scale. */
  unitOrScale?: number;
}

/** Every core has every field, in one order: the code that reads cores sees one shape. */
function makeCore(from: number, to: number, value: number | null, step: number, words: boolean, scale: number, vague?: VagueDef): Core {
  return { from, to, value, step, vague, words, scale, end: undefined, unitOrScale: undefined };
}

export const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
/** One character (a space: tokens skip only blanks) between two tokens. */
const oneSpace = (a: Token, b: Token): boolean => b.start - a.end === 1;

export function coreAt(tokens: readonly Token[], i: number, lex: QuantityLexicon): Core | undefined {
  const t = tokens[i];
  if (t.kind === 'number') return withHalfAfter(tokens, digitCore(tokens, i, lex), lex);
  if (t.kind !== 'word') return undefined;
  const vague = lex.vague.matchAt(tokens, i);
  if (vague) return makeCore(i, vague.to, null, 1, true, 1, vague.value);
  const half = halfCore(tokens, i, lex);
  if (half) return half;
  if (lex.articles.has(t.norm)) {
    const mult = lex.numberWords.multipliers.get(tokens[i + 1]?.norm ?? '');
    if (mult !== undefined) return wordCore(tokens, i, i + 1, [{ kind: 'multiplier', value: mult }], lex);
    // "in a decade": one of a long unit; "a mile and a half": the article is the whole, the mention adds the half
    // after the unit.
    const unit = lex.unitsAfter.matchAt(tokens, i + 1);
    const one = unit && (lex.articleUnits.has(tokens[i + 1].norm) || lex.halfAfter.matchAt(tokens, unit.to));
    return one ? makeCore(i, i + 1, 1, 1, true, 1) : undefined;
  }
  const withUnit = lex.unitNumberWords.get(t.norm);
  if (withUnit) return makeCore(i, i + 1, withUnit.number, 1, true, 1);
  const parts = numberWordParts(t.norm, lex);
  return parts ? withHalfAfter(tokens, wordCore(tokens, i, i, [...parts], lex), lex) : undefined;
}

/** One half, written in words ("half a", "and a half", "anderhalf"). */
export const HALF = 0.5;

/** "half a mile", "half a billion", "anderhalf uur", "tweeënhalf miljoen": a half, or a number word with one. */
function halfCore(tokens: readonly Token[], i: number, lex: QuantityLexicon): Core | undefined {
  const norm = tokens[i].norm;
  const before = lex.halfBefore.matchAt(tokens, i);
  if (before) return scaled(tokens, i, before.to, HALF, lex);
  const word = lex.halfWords.get(norm);
  if (word !== undefined) return scaled(tokens, i, i + 1, word, lex);
  for (const ending of lex.halfEndings) {
    if (norm.length <= ending.length || !norm.endsWith(ending)) continue;
    const parts = numberWordParts(norm.slice(0, -ending.length), lex);
    const whole = parts && combineParts(parts);
    if (whole !== undefined) return scaled(tokens, i, i + 1, whole + HALF, lex);
  }
  return undefined;
}

/** "two and a half years", "2 and a half million": a whole number, then one half, then any multiplier. */
function withHalfAfter(tokens: readonly Token[], core: Core | undefined, lex: QuantityLexicon): Core | undefined {
  if (!core || core.value === null || core.scale !== 1 || !Number.isInteger(core.value) || core.end !== undefined) return core;
  const half = lex.halfAfter.matchAt(tokens, core.to);
  return half ? scaled(tokens, core.from, half.to, core.value + HALF, lex) : core;
}

/** A value with a half, written in words, and the multipliers after it ("half a billion"). */
function scaled(tokens: readonly Token[], from: number, to: number, value: number, lex: QuantityLexicon): Core {
  let scale = 1;
  for (let mult = multiplierAt(tokens, to, lex); mult !== undefined; mult = multiplierAt(tokens, to, lex)) {
    scale *= mult;
    to++;
  }
  return makeCore(from, to, round(value * scale), HALF * scale, true, scale);
}


/** Most words repeat: segmentation runs once per distinct word, in a cache cleared when it grows too big. */
const PARTS_CACHE_LIMIT = 50_000;

function numberWordParts(norm: string, lex: QuantityLexicon): NumberPart[] | undefined {
  let parts = lex.partsCache.get(norm);
  if (parts === undefined) {
    if (lex.partsCache.size >= PARTS_CACHE_LIMIT) lex.partsCache.clear();
    parts = wordToParts(norm, lex.numberWords) ?? null;
    lex.partsCache.set(norm, parts);
  }
  return parts ?? undefined;
}

/** Extend a number-word core over following number words, joiners and multipliers while they still combine. */
function wordCore(tokens: readonly Token[], from: number, last: number, parts: NumberPart[], lex: QuantityLexicon): Core | undefined {
  let value = combineParts(parts);
  if (value === undefined) return undefined;
  let to = last + 1;
  for (let j = to; j < tokens.length && tokens[j].kind === 'word'; j++) {
    const joiner = lex.numberWords.joiners.has(tokens[j].norm);
    const next = joiner ? numberWordParts(tokens[j + 1]?.norm ?? '', lex) : numberWordParts(tokens[j].norm, lex);
    if (!next) break;
    const extended = combineParts([...parts, ...(joiner ? [{ kind: 'joiner' } as const] : []), ...next]);
    if (extended === undefined) break;
    parts.push(...(joiner ? [{ kind: 'joiner' } as const] : []), ...next);
    value = extended;
    to = joiner ? j + 2 : j + 1;
    if (joiner) j++;
  }
  return makeCore(from, to, value, stepOfValue(value), true, 1);
}

/** Digits, a glued scale ("40bn", "26m") and following multiplier words ("2.5 million", "6 thousand"). */
function digitCore(tokens: readonly Token[], i: number, lex: QuantityLexicon): Core | undefined {
  if (LEADING_ZERO.test(tokens[i].text)) return undefined;
  const broken = brokenGroupAt(tokens, i, lex);
  const numeral = parseNumeral(broken ? tokens[i].text + lex.separators.group + tokens[i + 2].text : tokens[i].text, lex.separators);
  if (!numeral) return undefined;
  let scale = 1;
  let to = broken ? i + 3 : i + 1;
  const fraction = broken ? undefined : fractionAfter(tokens, i);
  const whole = fraction ? { value: numeral.value + fraction.value, step: fraction.step } : numeral;
  if (fraction) to = fraction.to;
  const suffix = tokens[to];
  let suffixScale: number | undefined;
  if (glued(tokens[i], suffix) && suffix.kind === 'word') {
    suffixScale = lex.gluedSuffixes.get(suffix.norm);
    if (suffixScale !== undefined && (!lex.unitsAfter.matchAt(tokens, to) || amountOfMoney(tokens, i, to + 1, lex) || countedAfter(tokens, to + 1, lex))) {
      scale *= suffixScale;
      suffixScale = undefined;
      to++;
    }
  }
  let end: number | undefined;
  for (let mult = multiplierAt(tokens, to, lex); mult !== undefined && end === undefined; mult = multiplierAt(tokens, to, lex)) {
    scale *= mult;
    const dash = tokens[to].text.indexOf('-');
    if (dash > 0) end = tokens[to].start + dash;
    to++;
  }
  const core = makeCore(i, to, scale === 1 ? whole.value : round(whole.value * scale), whole.step * scale, false, scale);
  core.end = end;
  core.unitOrScale = suffixScale;
  return core;
}

/** Vulgar fractions written as one character ("2½"). */
const FRACTION_CHARS: Record<string, number> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3 };
/** Largest denominator read as a fraction of a whole ("2 1/2", "2-1/2"); larger ones are ratios or dates. */
const MAX_DENOMINATOR = 16;

/**
 * The fraction after a whole number: "2 1/2", "2-1/2", "2½" (a whole that is digits only), and "4 1 / 2" with the
 * slash spaced as copy split into words and joined again writes it, unless a second slash makes it a date
 * ("12 / 2 / 2010").
 */
function fractionAfter(tokens: readonly Token[], i: number): { value: number; step: number; to: number } | undefined {
  if (!DIGITS_ONLY.test(tokens[i].text)) return undefined;
  const next = tokens[i + 1];
  if (next && glued(tokens[i], next) && FRACTION_CHARS[next.text] !== undefined) return { value: FRACTION_CHARS[next.text], step: FRACTION_CHARS[next.text], to: i + 2 };
  const at = next?.text === '-' && glued(tokens[i], next) ? i + 2 : i + 1;
  const [num, slash, den] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!num || num.kind !== 'number' || slash?.text !== '/' || den?.kind !== 'number') return undefined;
  if (!(glued(num, slash) && glued(slash, den)) && !(oneSpace(num, slash) && oneSpace(slash, den) && tokens[at + 3]?.text !== '/')) return undefined;
  if (at === i + 2 && !glued(next, num)) return undefined;
  const [a, b] = [Number(num.text), Number(den.text)];
  if (!DIGITS_ONLY.test(num.text) || !DIGITS_ONLY.test(den.text) || a <= 0 || a >= b || b > MAX_DENOMINATOR) return undefined;
  return { value: a / b, step: 1 / b, to: at + 3 };
}

/**
 * A glued suffix that is also a unit ("60m": metres or million) scales only an amount of money: "£26m",
 * "60m euros"; otherwise it is the unit.
 */
function amountOfMoney(tokens: readonly Token[], from: number, after: number, lex: QuantityLexicon): boolean {
  const isCurrency = (unit: string | undefined) => unit !== undefined && lex.units.get(unit)?.dimension === 'currency';
  return isCurrency(phraseEndingAt(lex.unitsBefore, tokens, from, 0)?.value) || isCurrency(lex.unitsAfter.matchAt(tokens, after)?.value);
}

/** "1.2m households", "70m passengers": a plural noun after a glued "m" is counted in millions; a length is of
 *  something ("a 1.2m wall", "1.2m tall"). */
function countedAfter(tokens: readonly Token[], at: number, lex: QuantityLexicon): boolean {
  const t = tokens[at];
  return t !== undefined && t.kind === 'word' && t.text === t.norm && isPlural(t.norm, lex) && !lex.unitsAfter.matchAt(tokens, at);
}

/** "05", "000": a leading zero before another digit is a code or the tail of a broken group, never an amount. */
const LEADING_ZERO = /^0\d/;
const THREE_DIGITS = /^\d{3}$/;
const DIGITS_ONLY = /^\d+$/;

/** "2, 000ft": a group separator, a space, then a group that cannot stand alone (leading zero): one number. */
function brokenGroupAt(tokens: readonly Token[], i: number, lex: QuantityLexicon): boolean {
  const sep = tokens[i + 1];
  const group = tokens[i + 2];
  return (
    sep?.text === lex.separators.group &&
    glued(tokens[i], sep) &&
    group?.kind === 'number' &&
    !glued(sep, group) &&
    THREE_DIGITS.test(group.text) &&
    group.text[0] === '0' &&
    DIGITS_ONLY.test(tokens[i].text)
  );
}

/** "billion", or "billion-a" where a dash lost its spaces ("$13 billion-a price that …"). */
function multiplierAt(tokens: readonly Token[], i: number, lex: QuantityLexicon): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word') return undefined;
  const dash = t.norm.indexOf('-');
  return lex.numberWords.multipliers.get(dash > 0 ? t.norm.slice(0, dash) : t.norm);
}

/** Undo binary noise of decimal scaling (20.1 × 1e9). An integer of up to 12 digits has none: it is kept as it
 *  is (+ 0 turns -0 into 0, as the string round trip does), sparing most amounts the formatting and parsing. */
export function round(n: number): number {
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return n + 0;
  return Number(n.toPrecision(12));
}
