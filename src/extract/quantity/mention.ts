// One quantity mention around a numeric core: qualifier and currency before it, range, unit and a stated
// conversion after it, and the tests that tell a quantity from a label, code, date, time or age.

import { normToken, type Token } from '../../text/tokens.js';
import type { PhraseMatch, PhraseMatcher } from '../../text/phrases.js';
import { coreAt, glued, HALF, round, type Core } from './core.js';
import { phraseEndingAt, type IntervalRule, type QuantityLexicon } from './lexicon.js';
import { ageAt, type Age } from './names.js';

export interface Alternate {
  core: Core;
  unit: string;
}

export interface Mention {
  /** Token range of the claim text: qualifier … number … unit. */
  from: number;
  to: number;
  core: Core;
  /** Second number of a range ("1,500 to 2,000"). */
  high?: Core;
  rule?: IntervalRule;
  /** Lexicon unit key (before conversion): written, or borrowed from the sentence's other amounts. */
  unit?: string;
  alternates: Alternate[];
  /** First token after everything the mention owns (alternates included): where its head noun may start. */
  after: number;
  /** A 4-digit year-like number: only a quantity if a known role or unit turns up. */
  yearLike: boolean;
  /** A plain number without unit right after a capitalised name ("Boeing 787", "Noord-Korea 6.000 …"): needs a known role. */
  afterName: boolean;
  /** The number is a person's age ("32-year-old", "Silva, 61"): never a count. */
  age?: Age;
}

const CODE_JOINERS = new Set(['-', '/', '#', '.', ':', '_', '+', '@', '&', '‐', '–', '×']);

/** The mention whose numeric core starts at token i, or undefined. `floor` is the end of the previous mention. */
export function mentionAt(tokens: readonly Token[], i: number, floor: number, lex: QuantityLexicon): Mention | undefined {
  const unsigned = coreAt(tokens, i, lex);
  if (!unsigned) return undefined;
  const sign = negativeSignAt(tokens, unsigned, floor, lex);
  let core = sign === undefined ? unsigned : { ...unsigned, value: -unsigned.value! };
  const age = core.vague ? undefined : ageAt(tokens, core, lex);
  if (age) {
    return { from: core.from, to: age.to, core, high: undefined, rule: undefined, unit: undefined, alternates: [], after: age.to, yearLike: false, afterName: false, age };
  }
  const ordinal = sign === undefined ? ordinalUnitAt(tokens, core, lex) : undefined;
  if (ordinal) {
    return { from: core.from, to: ordinal.to, core, high: undefined, rule: undefined, unit: ordinal.value, alternates: [], after: ordinal.to, yearLike: false, afterName: false, age: undefined };
  }
  const currency = phraseEndingAt(lex.unitsBefore, tokens, core.from, floor);
  const labelStart = currency ? currency.from : core.from;
  // A sign belongs to the number: what comes before it says whether the number is a code.
  if (!currency && isCodeOrLabel(tokens, sign === undefined ? core : { ...core, from: sign }, lex)) return undefined;
  if (core.words && !core.vague && ((core.value! < ANAPHORIC_MAX && isAnaphoric(tokens, labelStart, lex)) || lex.partitives.matchAt(tokens, core.to))) return undefined;
  let from = sign ?? labelStart;
  const neutral = phraseEndingAt(lex.neutralPrefixes, tokens, from, floor);
  const qualifier = stackedQualifier(tokens, neutral ? neutral.from : from, floor, lex);
  const rule = qualifier && !continuesChange(tokens, qualifier.from, floor, lex) ? qualifier.value : undefined;
  if (rule) from = qualifier!.from;
  const between = rule ? undefined : phraseEndingAt(lex.between, tokens, from, floor);
  const blocker = phraseEndingAt(lex.rangeBlockers, tokens, from, floor);
  const blocked = blocker !== undefined && changeBefore(tokens, blocker.from, lex);

  let to = core.to;
  let unit = currency?.value ?? (core.words ? lex.unitNumberWords.get(tokens[core.from].norm)?.unit : undefined);
  let afterUnit = unit ? undefined : unitAfter(tokens, to, lex);
  if (afterUnit) {
    unit = afterUnit.value;
    to = afterUnit.to;
  }
  // "a mile and a half", "two miles and a half": the half follows the unit.
  const halfAfterUnit = afterUnit && core.value !== null && core.scale === 1 && Number.isInteger(core.value) ? lex.halfAfter.matchAt(tokens, to) : undefined;
  if (halfAfterUnit) {
    core = { ...core, value: core.value! + HALF, step: HALF };
    to = halfAfterUnit.to;
  }
  let high: Core | undefined;
  // "cut by $200 to $399", and with no "by" after a verb of change when the currency leads both figures: "has
  // dropped $100 to $1,199" is a change and a new price, no range.
  const changeThenLevel =
    (currency !== undefined || afterUnit !== undefined) &&
    (phraseEndingAt(lex.rangeChangeBlockers, tokens, from, floor) !== undefined || (currency !== undefined && from > floor && lex.updateVerbs.has(tokens[from - 1].norm)));
  if (!core.vague && !blocked && !changeThenLevel) {
    const joiners = blocker ? lex.blockerJoiners : lex.rangeJoiners;
    const range = rangeAfter(tokens, core, to, between !== undefined, joiners, lex);
    // "1.71% or 25.15 points": a unit written after the first number must be repeated after the second.
    if (range === 'code') return undefined;
    if (range && (!afterUnit || range.unit === afterUnit.value)) {
      high = range.high;
      unit ??= range.unit;
      to = range.to;
      if (between) from = between.from;
    }
  }
  if (!high && isCodeAfter(tokens, core, to)) return undefined;
  const compound = hyphenCompound(tokens, to, lex);
  if (compound === 'reject') return undefined;
  if (compound?.unit) {
    unit ??= compound.unit;
    to = compound.to;
  }
  if (core.vague) {
    const partitive = lex.partitives.matchAt(tokens, to);
    if (partitive) to = partitive.to;
    // "millions of dollars", "hundreds of miles": the unit comes after the partitive.
    const unitOfWhole = partitive && !unit ? unitAfter(tokens, to, lex) : undefined;
    if (unitOfWhole) {
      afterUnit = unitOfWhole;
      unit = unitOfWhole.value;
      to = unitOfWhole.to;
    }
  }
  if (isTimeOfDay(tokens, core, unit, lex)) return undefined;
  const alternates: Alternate[] = [];
  let after = compound && !compound.unit ? compound.to : to;
  if (unit) after = readAlternates(tokens, after, lex, alternates, unit);
  if (afterUnit) unit = unitReading(afterUnit.value, tokens, alternates, lex);
  const yearLike = !unit && !high && isYearLike(tokens, core);
  const afterName = !unit && !rule && !core.words && !tokens[core.from].text.includes(lex.separators.group) && isNameBefore(tokens, core.from - 1, lex);
  return { from, to, core, high, rule, unit, alternates, after, yearLike, afterName, age: undefined };
}

/** "the 20th anniversary", "het 20e lustrum": digits, a glued ordinal ending, a noun that counts a unit. */
function ordinalUnitAt(tokens: readonly Token[], core: Core, lex: QuantityLexicon) {
  const suffix = tokens[core.to];
  if (core.words || core.vague || core.scale !== 1 || !glued(tokens[core.to - 1], suffix) || !lex.ordinalSuffixes.has(suffix.norm)) return undefined;
  return lex.ordinalUnits.matchAt(tokens, core.to + 1);
}

/** "weighs 4.5 pounds", "2.38 pounds (1.08 kg)": a unit word's other reading, when a word of the sentence or the
 *  conversion beside it calls for it. */
function unitReading(unit: string, tokens: readonly Token[], alternates: readonly Alternate[], lex: QuantityLexicon): string {
  const other = lex.unitReadings.get(unit);
  if (!other) return unit;
  const dimension = lex.units.get(other.as)?.dimension;
  const called = alternates.some((a) => lex.units.get(a.unit)?.dimension === dimension) || tokens.some((t) => other.cues.has(t.norm));
  return called ? other.as : unit;
}

/** A minus sign, ASCII or typographic, glued to the digits it negates ("-5", "−12"). */
const MINUS_SIGNS = new Set(['-', '\u2212']);

/**
 * Where the negative sign of a number starts, if it has one: a sign word ("minus 17 degrees", "min 17 graden"), a
 * sign word with a hyphen ("minus-20") or a minus sign glued to the digits but not to what precedes it ("-5",
 * not "10-12" or "COVID-19"). Never after another number ("5 min 30", "3 -4"). Only before a signed unit (a
 * temperature): elsewhere the words give the direction ("fallen by -3.16%" translated "daalde met 3,16%").
 */
function negativeSignAt(tokens: readonly Token[], core: Core, floor: number, lex: QuantityLexicon): number | undefined {
  let at = core.from - 1;
  if (core.vague || at < floor) return undefined;
  const sign = tokens[at];
  if (MINUS_SIGNS.has(sign.text) && glued(sign, tokens[core.from])) {
    const before = tokens[at - 1];
    if (before && glued(before, sign)) {
      if (!lex.negativeSigns.has(before.norm)) return undefined;
      at--;
    }
  } else if (!lex.negativeSigns.has(sign.norm)) return undefined;
  if (at < floor || tokens[at - 1]?.kind === 'number') return undefined;
  const unit = unitAfter(tokens, core.to, lex)?.value;
  return unit !== undefined && lex.units.get(unit)?.signed ? at : undefined;
}

/** The unit written at token `at`, after a number: a unit word or phrase, or a symbol glued to the number ("44C"). */
function unitAfter(tokens: readonly Token[], at: number, lex: QuantityLexicon): PhraseMatch<string> | undefined {
  const phrase = lex.unitsAfter.matchAt(tokens, at);
  if (phrase) return phrase;
  const number = tokens[at - 1];
  const unit = number?.kind === 'number' && glued(number, tokens[at]) ? lex.gluedUnitSymbols.get(tokens[at].text) : undefined;
  return unit === undefined ? undefined : { value: unit, from: at, to: at + 1 };
}

/** Bounds from below and from above. */
const LOWER: ReadonlySet<IntervalRule> = new Set(['at-least', 'more-than']);
const UPPER: ReadonlySet<IntervalRule> = new Set(['nearly', 'at-most', 'less-than']);

/**
 * The qualifier ending at `end`. Two stacked in opposite directions ("over nearly $100 billion", garbled copy of
 * "over" or "nearly") bound the number from neither side: it is an approximation, not the inner bound.
 */
function stackedQualifier(tokens: readonly Token[], end: number, floor: number, lex: QuantityLexicon): PhraseMatch<IntervalRule> | undefined {
  const inner = phraseEndingAt(lex.qualifiers, tokens, end, floor);
  if (!inner) return undefined;
  const outer = phraseEndingAt(lex.qualifiers, tokens, inner.from, floor);
  if (!outer) return inner;
  const opposite = (LOWER.has(inner.value) && UPPER.has(outer.value)) || (UPPER.has(inner.value) && LOWER.has(outer.value));
  return opposite ? { ...inner, from: outer.from, value: 'approximate' } : inner;
}

/** "van 10 tot 20" read as a change: the "tot" joins the earlier number, it does not qualify this one. */
function continuesChange(tokens: readonly Token[], qualifierFrom: number, floor: number, lex: QuantityLexicon): boolean {
  return qualifierFrom === floor && floor > 0 && lex.rangeJoiners.matchAt(tokens, qualifierFrom) !== undefined;
}

/** Below this, a number word after a definite article refers back ("the two countries"); "the four billion" does not. */
const ANAPHORIC_MAX = 1000;

/** "the two countries", "de twee landen": a number word referring back, not a new amount. */
function isAnaphoric(tokens: readonly Token[], start: number, lex: QuantityLexicon): boolean {
  const prev = tokens[start - 1];
  return prev !== undefined && lex.definiteArticles.has(prev.norm);
}

/** Labels, codes and dates: A330, KC-45, 9/11, 720×720, Flight 93, 4 juni, Dec. 11, aged 33, 21st. */
function isCodeOrLabel(tokens: readonly Token[], core: Core, lex: QuantityLexicon): boolean {
  const first = tokens[core.from];
  const prev = tokens[core.from - 1];
  const next = tokens[core.to];
  if (prev) {
    if (glued(prev, first) && (prev.kind === 'word' || prev.kind === 'number')) return true;
    if (glued(prev, first) && CODE_JOINERS.has(prev.text) && (glued(tokens[core.from - 2], prev) || prev.text === '#')) return true;
    if (lex.dateWords.has(prev.norm) || (prev.text === '.' && lex.dateWords.has(tokens[core.from - 2]?.norm ?? ''))) return true;
  }
  if (next) {
    const gluedWord = glued(tokens[core.to - 1], next) && (next.kind === 'word' || next.text === '×');
    if (gluedWord && !unitAfter(tokens, core.to, lex)) return true;
    if (lex.dateWords.has(next.norm) && !unitAfter(tokens, core.to, lex)) return true;
    if (lex.notAfter.matchAt(tokens, core.to)) return true;
  }
  return phraseEndingAt(lex.notBefore, tokens, core.from, 0) !== undefined || inIdiom(tokens, core, lex);
}

/** "at one point", "one another": a set phrase around the number word. */
function inIdiom(tokens: readonly Token[], core: Core, lex: QuantityLexicon): boolean {
  for (let from = Math.max(0, core.from - MAX_IDIOM_LEAD); from <= core.from; from++) {
    const m = lex.idioms.matchAt(tokens, from);
    if (m && m.to > core.from) return true;
  }
  return false;
}

/** How many words of a number idiom may stand before its number ("op een gegeven moment"). */
const MAX_IDIOM_LEAD = 3;

/**
 * A word with a capital (Boeing, iPhone) just before an ungrouped number that is no known word of the lexicon (even first in the sentence,
 * where function words are known words) nor a predicate in any form ("QUAKE KILLS 12", "Floods Leave 30 Dead"): a name,
 * as in "Boeing 787" or "Noord-Korea 6.000 militairen".
 */
function isNameBefore(tokens: readonly Token[], at: number, lex: QuantityLexicon): boolean {
  const t = tokens[at];
  return t !== undefined && t.kind === 'word' && t.text !== t.norm && !lex.knownWords.has(t.norm) && lex.predicates.matchAt(tokens, at) === undefined;
}

/** After the number: "9/11", "24/7", "2025-06-18" (a number glued by a joiner to another number). */
function isCodeAfter(tokens: readonly Token[], core: Core, to: number): boolean {
  const next = tokens[to];
  const after = tokens[to + 1];
  return (
    glued(tokens[to - 1], next) && CODE_JOINERS.has(next.text) && next.text !== '.' && glued(next, after) && after.kind === 'number' && to === core.to
  );
}

/** "12:30" never parses; "12.30 uur" / "12.30 hours" is a clock time written with a dot. */
function isTimeOfDay(tokens: readonly Token[], core: Core, unit: string | undefined, lex: QuantityLexicon): boolean {
  if (unit === undefined || core.words || lex.units.get(unit)?.dimension !== 'time') return false;
  return /^\d{1,2}[.,]\d{2}$/.test(tokens[core.from].text);
}

interface Range {
  high: Core;
  unit?: string;
  to: number;
}

/**
 * "1,500 to 2,000", "$140-$150 million", "between 10 and 20", "vijf à zes". A glued hyphen between two numbers
 * that do not rise ("3-1", "2010-11") makes both a code.
 */
function rangeAfter(tokens: readonly Token[], low: Core, at: number, between: boolean, joiners: PhraseMatcher<true>, lex: QuantityLexicon): Range | 'code' | undefined {
  const joiner = (between && lex.betweenJoiners.matchAt(tokens, at)) || joiners.matchAt(tokens, at);
  if (!joiner) return undefined;
  const currency = lex.unitsBefore.matchAt(tokens, joiner.to);
  const highAt = currency ? currency.to : joiner.to;
  const high = tokens[highAt] ? coreAt(tokens, highAt, lex) : undefined;
  const hyphenCode = glued(tokens[at - 1], tokens[at]) && glued(tokens[at], tokens[at + 1]) && tokens[at].kind === 'punct';
  if (!high || high.vague || high.words !== low.words) return hyphenCode && high ? 'code' : undefined;
  const borrowsScale = high.scale > 1 && low.scale === 1 && !low.words;
  const lowValue = borrowsScale ? round(low.value! * high.scale) : low.value!;
  if (!(lowValue < high.value!) || isYearLike(tokens, low)) return hyphenCode ? 'code' : undefined;
  if (borrowsScale) {
    low.value = lowValue;
    low.step *= high.scale;
    low.scale = high.scale;
  }
  const highUnit = unitAfter(tokens, high.to, lex);
  return { high, unit: currency?.value ?? highUnit?.value, to: highUnit ? highUnit.to : high.to };
}

/** Tokens looked back over from "from" for a word of change ("raise the number of seats from 65 to 125"). */
const CHANGE_REACH = 6;

/** A word of change in the clause before `at`: "rose from 10 to 20" is a change, "ranging from 10 to 20" and
 *  "een capaciteit van 210 tot 330" are ranges. */
function changeBefore(tokens: readonly Token[], at: number, lex: QuantityLexicon): boolean {
  for (let j = at - 1; j >= 0 && j >= at - CHANGE_REACH; j--) {
    if (tokens[j].kind === 'punct') return false;
    if (lex.rangeChanges.has(tokens[j].norm)) return true;
  }
  return false;
}

/** A bare 4-digit number between 1900 and 2100: a year unless a role or unit says otherwise. */
function isYearLike(tokens: readonly Token[], core: Core): boolean {
  return !core.words && core.scale === 1 && /^\d{4}$/.test(tokens[core.from].text) && core.value! >= 1900 && core.value! <= 2100;
}

interface Compound {
  unit?: string;
  to: number;
}

/**
 * A number hyphenated to a word: "60-mile", "7-year" (a unit: "a 7-year offer" states a duration), "5,000-strong"
 * (an allowed head), "4.4-magnitude" (a frame keyword). Ages ("33-year-old") were read before; anything else
 * hyphenated to a number is a code.
 */
function hyphenCompound(tokens: readonly Token[], at: number, lex: QuantityLexicon): Compound | 'reject' | undefined {
  const dash = tokens[at];
  const word = tokens[at + 1];
  if (!dash || dash.text !== '-' || !glued(tokens[at - 1], dash) || !glued(dash, word) || word.kind !== 'word') return undefined;
  const firstPart = normToken(word.norm.split('-')[0]);
  const unit = lex.unitsAfter.matchAt([firstPart], 0)?.value;
  if (unit) return { unit, to: at + 2 };
  if (lex.hyphenHeads.has(firstPart.norm)) return { to: at + 2 };
  if (lex.frameAfter.matchAt([firstPart], 0)) return { to: at + 1 };
  return 'reject';
}

/**
 * "20 million euros ($26 million)": the same amount in another unit, in brackets right after; or after a comma
 * and a link word ("10 billion taka, or $85 million", "60 miles, or 97 kilometres"), when it is another unit of the
 * same measure and ends there. Any other figure after a comma ("$5 million, or $1 a share", "5 million euros, or
 * 10 percent", "$85 million a year") is a claim of its own.
 */
function readAlternates(tokens: readonly Token[], at: number, lex: QuantityLexicon, out: Alternate[], amountUnit: string): number {
  if (tokens[at]?.text === '(') {
    const amount = statedAmount(tokens, at + 1, lex);
    if (!amount || tokens[amount.end]?.text !== ')') return at;
    out.push(amount.alternate);
    return amount.end + 1;
  }
  const link = tokens[at]?.text === ',' ? lex.conversionLinks.matchAt(tokens, at + 1) : undefined;
  const amount = link && statedAmount(tokens, link.to, lex);
  if (!amount) return at;
  const other = amount.alternate.unit;
  if (other === amountUnit || lex.units.get(other)?.dimension !== lex.units.get(amountUnit)?.dimension) return at;
  if (tokens[amount.end]?.kind === 'word') return at;
  out.push(amount.alternate);
  return amount.end;
}

/** An amount with its unit at token i, a qualifier before it allowed ("about $26 million"); `end` is past it. */
function statedAmount(tokens: readonly Token[], i: number, lex: QuantityLexicon): { alternate: Alternate; end: number } | undefined {
  const qualifier = lex.qualifiers.matchAt(tokens, i);
  if (qualifier) i = qualifier.to;
  const currency = lex.unitsBefore.matchAt(tokens, i);
  if (currency) i = currency.to;
  const core = tokens[i] ? coreAt(tokens, i, lex) : undefined;
  if (!core || core.value === null) return undefined;
  const written = currency ? undefined : unitAfter(tokens, core.to, lex);
  const unit = currency?.value ?? written?.value;
  if (!unit) return undefined;
  return { alternate: { core, unit }, end: written ? written.to : core.to };
}
