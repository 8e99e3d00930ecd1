// Is one claim's value compatible with another's? A judgement, not string equality: intervals overlap,
// a coarser date contains a finer one, one entity key. Used by alignment (status) and by the checks.

import type { Claim, DateInfo, QuantityInfo } from '../model.js';
import { distance } from 'fastest-levenshtein';
import { parseDay, weekdayOf as weekdayOfDay } from '../extract/date/calendar.js';

/** Relative slack for floating point noise (6,000 parsed from "6.000" and from "6,000"). */
const EPSILON = 1e-9;

export function compatible(a: Claim, b: Claim): boolean {
  if (a.quantity && b.quantity) return quantitiesCompatible(a.quantity, b.quantity);
  if (a.date && b.date) return (a.date.said !== undefined && a.date.said === b.date.said) || datesCompatible(a.date.iso, b.date.iso, a.date.pending, b.date.pending);
  if (a.entity && b.entity) return a.entity.key === b.entity.key;
  // Quotes are aligned only as counterparts (a translation, a copy) or as the very same words, so two quotes
  // in one slot are one quotation; a translated quote is not a contradiction.
  if (a.quote && b.quote) return true;
  return a.value === b.value;
}

/**
 * Whether two claims agree where one may be the other's counterpart in a copy or translation (`partners`: claim id
 * → its counterparts' ids). Counterparts must also write the same figure: "more than 40" and "meer dan 45" fit
 * each other as intervals, but a translation that writes one for the other changed it.
 */
export function agreeAsWritten(a: Claim, b: Claim, partners: ReadonlyMap<string, ReadonlySet<string>> | undefined): boolean {
  return partners?.get(a.id)?.has(b.id) ? agreeAsCounterparts(a, b) : compatible(a, b);
}

/** Two claims that stand for one another (counterparts, or a figure and one of the sentence a translation paired
 *  with its own) agree when they fit each other and write the same figure. */
export function agreeAsCounterparts(a: Claim, b: Claim): boolean {
  return compatible(a, b) && !(a.quantity && b.quantity && figuresDiffer(a, b));
}

/** Two amounts written in one unit, not vague, whose stated numbers (or range bounds) differ. A conversion
 *  ("500,000 square foot" / "46.500 vierkante meter") is no change. Under different qualifiers a translator may
 *  drop or add a hedge ("over $500 million" / "$500 miljoen"), so there only a figure written with one digit
 *  changed, dropped or added ("about 9,000" / "9.005", "over $500 million" / "$505 miljoen") differs; a range
 *  against one number ("seven years" / "zes of zeven jaar") may be read only in part: the intervals decide. */
function figuresDiffer(a: Claim, b: Claim): boolean {
  const [p, q] = [a.quantity!, b.quantity!];
  if (p.number === null || q.number === null || p.qualifier === 'vague' || q.qualifier === 'vague' || p.unitWritten !== q.unitWritten) return false;
  if (p.qualifier !== q.qualifier) return p.qualifier !== 'range' && q.qualifier !== 'range' && oneDigitApart(writtenDigits(a.text), writtenDigits(b.text));
  const differ = (x: number, y: number) => Math.abs(x - y) > EPSILON * Math.max(Math.abs(x), Math.abs(y), 1);
  if (differ(p.number, q.number)) return true;
  return p.qualifier === 'range' && (differ(p.interval.min, q.interval.min) || differ(p.interval.max, q.interval.max));
}

/** The digits a figure is written with ("ongeveer 4.305" → "4305"): what a translator's slip changes. */
export function writtenDigits(text: string): string {
  return text.replace(/\D+/g, '');
}

/** Two different digit strings one changed, dropped or added digit apart. */
export function oneDigitApart(x: string, y: string): boolean {
  return x !== '' && y !== '' && x !== y && distance(x, y) === 1;
}

const NO_ALTERNATES: NonNullable<QuantityInfo['alternates']> = [];

export function quantitiesCompatible(a: QuantityInfo, b: QuantityInfo): boolean {
  // "$1,78 miljard (US $2,4 miljard)" converts into its own unit: the first currency is wrong (a translation that
  // turned euros into dollars), so only the amounts as written are compared, not the conversion beside them.
  if (convertsToItself(a) || convertsToItself(b)) return sameUnit(a.unit ?? '', b.unit ?? '') && overlaps(a.interval.min, a.interval.max, b.interval.min, b.interval.max);
  // Two amounts written in one unit are compared as written: a conversion beside each is rounded, so equal
  // conversions ("about US$1.4 billion") do not make "9.9 billion yuan" and "9.4 billion yuan" agree.
  if (a.unit !== undefined && a.unit === b.unit) return overlaps(a.interval.min, a.interval.max, b.interval.min, b.interval.max);
  if (readingFits(a.unit ?? '', a.interval.min, a.interval.max, b)) return true;
  for (const alt of a.alternates ?? NO_ALTERNATES) if (readingFits(alt.unit, alt.number, alt.number, b)) return true;
  return false;
}

/** A bracketed conversion in the amount's own unit that does not fit the amount. */
function convertsToItself(q: QuantityInfo): boolean {
  return q.unit !== undefined && (q.alternates ?? NO_ALTERNATES).some((alt) => alt.unit === q.unit && !overlaps(q.interval.min, q.interval.max, alt.number, alt.number));
}

/** Whether one reading of an amount (main value or a bracketed conversion) fits any reading of `b`. Readings
 *  are walked in place: alignment asks this about every candidate slot, so no list is built per call. */
function readingFits(unit: string, min: number, max: number, b: QuantityInfo): boolean {
  if (sameUnit(unit, b.unit ?? '') && overlaps(min, max, b.interval.min, b.interval.max)) return true;
  for (const alt of b.alternates ?? NO_ALTERNATES) if (sameUnit(unit, alt.unit) && overlaps(min, max, alt.number, alt.number)) return true;
  return false;
}

/** A bare number beside an amount with a unit leaves the unit understood ("30 or 60 GB", "fell 8.3 percent" →
 *  "daalde 8,3"). */
function sameUnit(a: string, b: string): boolean {
  return a === b || a === '' || b === '';
}

/** Two spans fit when they share more than a boundary: "less than two weeks" and "two to three weeks" meet at 14
 *  days and are still two answers. A point (an exact figure) fits a span that contains it, edges included. */
function overlaps(aMin: number, aMax: number, bMin: number, bMax: number): boolean {
  const slack = EPSILON * Math.max(Math.abs(aMin), Math.abs(bMin), 1);
  if (aMin === aMax || bMin === bMax) return aMin <= bMax + slack && bMin <= aMax + slack;
  return Math.min(aMax, bMax) - Math.max(aMin, bMin) > slack;
}

type Pending = DateInfo['pending'];

/** 2024 fits 2024-06; 2024-06 fits 2024-06-04; an unresolved relative date fits anything we cannot know, but a
 *  weekday is that day of the week whenever the source was written: an undated "Tuesday" never fits "Wednesday",
 *  nor a date that fell on a Monday; and a day of a month is that day in any year: an undated "November 18" never
 *  fits "November 19", nor "2008-11-19". A date without a time and a time without a date never fit: alignment
 *  keeps them in separate slots. */
export function datesCompatible(a: string, b: string, pendingA?: Pending, pendingB?: Pending): boolean {
  if (pendingA || pendingB) {
    const [x, y] = [weekdayOf(a, pendingA), weekdayOf(b, pendingB)];
    if (x !== undefined && y !== undefined) return x === y;
    const [p, q] = [monthDayOf(a, pendingA), monthDayOf(b, pendingB)];
    if (p === undefined || q === undefined) return true;
    return p.month === q.month && (p.day === undefined || q.day === undefined || p.day === q.day);
  }
  // A time alone ("T12:00") fits the same time on any day ("2009-06-01T12:00").
  if (a.startsWith('T') || b.startsWith('T')) return timeOf(a) === timeOf(b);
  return a.startsWith(b) || b.startsWith(a);
}

/** Two dates that fit only because one is an unresolved relative date that cannot be told apart from the other
 *  ("last September" of an undated source against its "Tuesday"): a fit that says nothing. */
export function fitsBlindly(a: DateInfo, b: DateInfo): boolean {
  if (!a.pending && !b.pending) return false;
  const weekdays = weekdayOf(a.iso, a.pending) !== undefined && weekdayOf(b.iso, b.pending) !== undefined;
  return !weekdays && (monthDayOf(a.iso, a.pending) === undefined || monthDayOf(b.iso, b.pending) === undefined);
}

/** 1 = Monday … 7 = Sunday, for an unresolved weekday or a date to the day. */
function weekdayOf(iso: string, pending: Pending): number | undefined {
  if (pending) return typeof pending.weekday === 'number' ? pending.weekday : undefined;
  if (weekdays.has(iso)) return weekdays.get(iso);
  const day = parseDay(iso);
  const weekday = day && weekdayOfDay(day);
  if (weekdays.size >= MAX_WEEKDAYS) weekdays.clear();
  weekdays.set(iso, weekday);
  return weekday;
}

/** The weekday of each ISO date met: alignment asks again for every slot a date is weighed against, and parsing
 *  it (a regex, two Date objects) cost more than the rest of the comparison. */
const weekdays = new Map<string, number | undefined>();
/** Bounds the memo in a long-lived process (distinct dates, not claims). */
const MAX_WEEKDAYS = 4096;

/** The month, and the day when given, of a day or month whose year is not known ("November 18" of an undated
 *  source, "last November") or of a resolved date of that precision; undefined for anything else. */
function monthDayOf(iso: string, pending: Pending): { month: number; day?: number } | undefined {
  if (pending) return typeof pending.month === 'number' ? { month: pending.month, day: typeof pending.day === 'number' ? pending.day : undefined } : undefined;
  const m = ISO_MONTH_DAY.exec(iso);
  return m ? { month: Number(m[1]), day: m[2] === undefined ? undefined : Number(m[2]) } : undefined;
}
const ISO_MONTH_DAY = /^\d{4}-(\d{2})(?:-(\d{2}))?(?:T|$)/;

function timeOf(iso: string): string {
  const t = iso.indexOf('T');
  return t === -1 ? '' : iso.slice(t);
}

/** How precise a claim is, to pick the one that speaks for its source in a slot. Higher is more precise. */
export function specificity(c: Claim): number {
  if (c.quantity) {
    const q = c.quantity.qualifier;
    return q === 'exact' ? 4 : q === 'range' || q === 'approximate' ? 3 : q === 'vague' ? 1 : 2;
  }
  if (c.date) return c.date.pending ? 0 : c.date.iso.length;
  return 1;
}
