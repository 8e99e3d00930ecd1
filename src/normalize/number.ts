// Numbers as a language writes them → values. Separators come from the language (6.000 nl = 6,000 en;
// 2,5 nl = 2.5 en); number words are combined from lexicon parts (six thousand, tweeduizend, vijfentwintig).
// Every function is linear in its input and allocation-light: it runs on every number of every source.

export interface Separators {
  decimal: string;
  group: string;
}

export interface Numeral {
  value: number;
  /** The unit of the last significant digit as written: 600 → 100, 6,500 → 100, 2.5 → 0.1, 7 → 1. */
  step: number;
}

/**
 * Parse a digit numeral (digits with inner "." "," separators) by the language's separators. A separator that
 * repeats, or is followed by exactly three digits, is a group separator; otherwise it is decimal. Returns
 * undefined for what is not a well-formed number (12:30, 1.2.3, 12,30 in a language whose decimal is ".").
 */
export function parseNumeral(raw: string, seps: Separators): Numeral | undefined {
  // Most numerals are bare digits ("2012", "6"): read without the regex that collects separators.
  if (onlyDigits(raw)) return { value: Number(raw), step: trailingZeroStep(raw) };
  if (raw.includes(':')) return undefined;
  const sepsFound = raw.replace(/\d+/g, '');
  const kinds = new Set(sepsFound);
  if (kinds.size > 2) return undefined;
  if (kinds.size === 2) {
    // Both kinds: the last one is the decimal separator (1,234.5 and 1.234,5 read alike in any language).
    const decimal = sepsFound[sepsFound.length - 1];
    const group = decimal === '.' ? ',' : '.';
    if (sepsFound.indexOf(decimal) !== sepsFound.length - 1) return undefined;
    const [intPart, frac] = splitLast(raw, decimal);
    const int = ungroup(intPart, group);
    return int === undefined ? undefined : decimalNumeral(int, frac);
  }
  const sep = sepsFound[0];
  const parts = raw.split(sep);
  if (parts.length > 2 || (sep === seps.group && parts[1].length === 3)) {
    const int = ungroup(raw, sep);
    return int === undefined ? undefined : { value: Number(int), step: trailingZeroStep(int) };
  }
  if (parts[1].length === 3 && sep !== seps.decimal) return undefined;
  // A lone separator that cannot be a group is read as decimal, even against the language's habit (a
  // translation that kept "4.4"); times such as "12.30 uur" are told apart by the words around them.
  return decimalNumeral(parts[0], parts[1]);
}

function onlyDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function splitLast(raw: string, sep: string): [string, string] {
  const at = raw.lastIndexOf(sep);
  return [raw.slice(0, at), raw.slice(at + 1)];
}

/** Remove group separators after checking the groups: 1-3 leading digits, then groups of exactly 3. */
function ungroup(raw: string, sep: string): string | undefined {
  const groups = raw.split(sep);
  if (groups[0].length === 0 || groups[0].length > 3) return undefined;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return undefined;
  return groups.join('');
}

function decimalNumeral(int: string, frac: string): Numeral {
  return { value: Number(`${int}.${frac}`), step: 10 ** -frac.length };
}

function trailingZeroStep(digits: string): number {
  let zeros = 0;
  for (let i = digits.length - 1; i > 0 && digits[i] === '0'; i--) zeros++;
  return 10 ** zeros;
}

/** The unit of the last significant digit of an integer value written in words (six thousand → 1000). */
export function stepOfValue(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** One piece of a number written in words: a small number, a multiplier (hundred, thousand) or a joiner. */
export type NumberPart = { kind: 'small'; value: number } | { kind: 'multiplier'; value: number } | { kind: 'joiner' };

/**
 * Combine parts left to right, the way a reader does: smalls add up within a group, a multiplier below 1000
 * scales the group (two hundred, two dozen), one of 1000 or more closes it (six thousand). Returns undefined
 * when the order makes no number ("five twenty", a trailing joiner), so a caller can stop one part earlier.
 */
export function combineParts(parts: readonly NumberPart[]): number | undefined {
  let total = 0;
  let group = 0;
  let prev: NumberPart | undefined;
  let joined = false;
  for (const part of parts) {
    if (part.kind === 'joiner') {
      if (prev === undefined || joined) return undefined;
      joined = true;
      continue;
    }
    if (part.kind === 'small') {
      if (prev !== undefined && !smallMayFollow(prev, part.value, joined)) return undefined;
      group += part.value;
    } else {
      if (prev?.kind === 'multiplier' && prev.value <= part.value && part.value < 1000) return undefined;
      if (part.value < 1000) group = (group || 1) * part.value;
      else {
        total += (group || 1) * part.value;
        group = 0;
      }
    }
    prev = part;
    joined = false;
  }
  return joined || prev === undefined ? undefined : total + group;
}

function smallMayFollow(prev: NumberPart, value: number, joined: boolean): boolean {
  if (prev.kind === 'multiplier') return true;
  if (prev.kind !== 'small') return false;
  const isTens = (n: number) => n >= 20 && n < 100 && n % 10 === 0;
  if (isTens(prev.value) && value < 10) return true; // twenty-five, twenty five
  return joined && prev.value < 10 && isTens(value); // vijf-en-twintig
}

/** No number word is longer; it also bounds the backtracking of the segmentation. */
const MAX_NUMBER_WORD = 48;

export interface NumberWordLexicon {
  words: ReadonlyMap<string, number>;
  /** Morphemes valid only inside a compound (Dutch "een" in "eenentwintig"). */
  compoundWords: ReadonlyMap<string, number>;
  multipliers: ReadonlyMap<string, number>;
  joiners: ReadonlySet<string>;
  /** Longest key of the maps above, to bound the segmentation. */
  longest: number;
}

/**
 * Split one word into number parts: "six" → [6]; "twenty-five" → [20, 5]; "tweeduizend" → [2, 1000];
 * "vijfentwintig" → [5, joiner, 20]. Undefined when any stretch of the word is not a number morpheme, so
 * "tweede", "one-year" and "tenant" are not numbers. Greedy longest-first with backtracking, on words of
 * bounded length.
 */
export function wordToParts(word: string, lex: NumberWordLexicon): NumberPart[] | undefined {
  if (word.length > MAX_NUMBER_WORD) return undefined;
  const whole = partOf(word, lex, false);
  if (whole) return [whole];
  const out: NumberPart[] = [];
  for (const piece of word.split('-')) {
    const before = out.length;
    if (piece === '' || !segment(piece, 0, lex, out)) return undefined;
    // A piece of one morpheme must be a word on its own: compound-only morphemes ("een") need company.
    if (out.length === before + 1 && !partOf(piece, lex, false)) return undefined;
  }
  return out.length > 0 && out[out.length - 1].kind !== 'joiner' ? out : undefined;
}

function partOf(morpheme: string, lex: NumberWordLexicon, inCompound: boolean): NumberPart | undefined {
  const small = lex.words.get(morpheme) ?? (inCompound ? lex.compoundWords.get(morpheme) : undefined);
  if (small !== undefined) return { kind: 'small', value: small };
  const mult = lex.multipliers.get(morpheme);
  if (mult !== undefined) return { kind: 'multiplier', value: mult };
  if (inCompound && lex.joiners.has(morpheme)) return { kind: 'joiner' };
  return undefined;
}

function segment(piece: string, at: number, lex: NumberWordLexicon, out: NumberPart[]): boolean {
  if (at === piece.length) return true;
  for (let len = Math.min(lex.longest, piece.length - at); len > 0; len--) {
    const part = partOf(piece.slice(at, at + len), lex, true);
    if (!part) continue;
    out.push(part);
    if (segment(piece, at + len, lex, out)) return true;
    out.pop();
  }
  return false;
}
