// Small parsers over tokens, one per date shape, in the spirit of chrono's parsers: each looks at token i and
// returns what it read and where it ends, or undefined. Every word they know comes from the DateLexicon.

import type { Token } from '../../text/tokens.js';
import type { DateLexicon, Direction, Relative } from './lexicon.js';
import { isValidDay } from './calendar.js';

/** What a date expression says, before it is turned into a DateInfo. Token range [from, to). */
export interface Parsed {
  from: number;
  to: number;
  year?: number;
  month?: number;
  day?: number;
  /** 1 = Monday … 7 = Sunday, when the text names a weekday and no date. */
  weekday?: number;
  relative?: Relative;
  /** "September last year": the year is publication's year plus this. */
  yearOffset?: number;
  direction?: Direction;
  hour?: number;
  minute?: number;
  /** A day and a time read as one expression ("June 4 at 12:30", "5 a.m. Saturday"): the day's tokens. */
  dayPart?: TokenRange;
  /** …and the time's tokens. */
  timePart?: TokenRange;
}

export interface TokenRange {
  from: number;
  to: number;
}

/** Header lines (standalone.ts) also allow abbreviated weekdays ("Sun., Aug. 4, 2013"). */
export type Mode = 'text' | 'header';

type Tokens = readonly Token[];

const DIGITS = /^\d+$/;
const FOUR_DIGIT_TIME = /^([01]\d|2[0-3])([0-5]\d)$/;
const COLON_TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
const DOT_TIME = /^(\d{1,2})\.(\d{2})$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const DATE_SEPARATORS = new Set(['/', '-']);
const RANGE_DASHES = new Set(['-', '–']);
const CONNECTORS = new Set([',', '|', '@', '-', '–', '—']);

/** Any date or time expression that starts at token i, joined with an adjacent time, day or relative year. */
export function parseAt(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  let found =
    parseRelative(t, i, lex) ??
    parseWeekday(t, i, lex) ??
    parseAbsolute(t, i, lex) ??
    parseTime(t, i, lex) ??
    parseMonthAlone(t, i, lex) ??
    parseYear(t, i, lex);
  if (!found) return undefined;
  if (found.month !== undefined && found.year === undefined) found = attachRelativeYear(t, found, lex);
  else if (found.relative?.unit === 'year') found = attachMonth(t, found, lex);
  if (isDay(found)) return attachTime(t, found, lex);
  return isTimeOnly(found) ? attachDay(t, found, lex) : found;
}

function isTimeOnly(p: Parsed): boolean {
  return p.hour !== undefined && p.month === undefined && p.weekday === undefined && p.relative === undefined;
}

/** "at 16:15 UTC, June 1st", "5 a.m. Saturday": a day right after a time takes the time. */
function attachDay(t: Tokens, time: Parsed, lex: DateLexicon): Parsed {
  const k = skipConnectors(t, time.to, lex);
  const day = parseWeekday(t, k, lex) ?? parseAbsolute(t, k, lex) ?? parseRelative(t, k, lex);
  if (!day || !isDay(day)) return time;
  return { ...day, from: time.from, hour: time.hour, minute: time.minute, dayPart: { from: day.from, to: day.to }, timePart: { from: time.from, to: time.to } };
}

/** "volgend jaar in januari", "next year in January": a relative year, then a month of it. */
function attachMonth(t: Tokens, p: Parsed, lex: DateLexicon): Parsed {
  const k = t[p.to]?.kind === 'word' && lex.monthContext.has(t[p.to].norm) ? p.to + 1 : p.to;
  const month = monthAt(t, k, lex, false);
  return month ? { from: p.from, to: month.to, month: month.month, yearOffset: p.relative!.offset } : p;
}

/** "September last year", "4 juni vorig jaar": a month without a year, then a year relative to publication. */
function attachRelativeYear(t: Tokens, p: Parsed, lex: DateLexicon): Parsed {
  const k = t[p.to]?.text === ',' || (t[p.to]?.kind === 'word' && lex.dayMonthJoiners.has(t[p.to].norm)) ? p.to + 1 : p.to;
  const year = lex.relative.matchAt(t, k);
  return year?.value.unit === 'year' ? { ...p, to: year.to, yearOffset: year.value.offset, direction: undefined } : p;
}

function isDay(p: Parsed): boolean {
  return p.hour === undefined && (p.day !== undefined || p.weekday !== undefined || p.relative?.unit === 'day');
}

/** "June 4 at 12:30", "May 2, 2013 | 5:03pm": a time right after a day joins it. */
function attachTime(t: Tokens, p: Parsed, lex: DateLexicon): Parsed {
  const time = parseTime(t, skipConnectors(t, p.to, lex), lex);
  return time ? { ...p, hour: time.hour, minute: time.minute, to: time.to, dayPart: { from: p.from, to: p.to }, timePart: { from: time.from, to: time.to } } : p;
}

/** At most two joining tokens between a day and its time: ", at", "|", "om". */
function skipConnectors(t: Tokens, k: number, lex: DateLexicon): number {
  for (let skipped = 0; skipped < 2 && k < t.length && isConnector(t[k], lex); skipped++) k++;
  return k;
}

function isConnector(tok: Token, lex: DateLexicon): boolean {
  return CONNECTORS.has(tok.text) || lex.headerWords.has(tok.norm) || lex.timePrefixes.has(tok.norm);
}

// ── relative phrases and weekdays ─────────────────────────────────────────────────────────────────────────

function parseRelative(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const m = lex.relative.matchAt(t, i);
  return m ? { from: i, to: m.to, relative: m.value } : parseAgo(t, i, lex);
}

/** "three days ago", "2 years ago", "een jaar geleden": a count, a unit, and the ago word. */
function parseAgo(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const count = t[i]?.kind === 'number' ? (/^\d{1,3}$/.test(t[i].text) ? +t[i].text : undefined) : lex.counts.get(t[i]?.norm);
  const unit = lex.agoUnits.get(t[i + 1]?.norm);
  if (count === undefined || !unit || !lex.agoWords.has(t[i + 2]?.norm)) return undefined;
  return { from: i, to: i + 3, relative: { unit, offset: -count, fromSentence: false } };
}

/** "Tuesday", "last Friday", "dinsdagavond"; with a date after it ("Thursday, May 2") the date wins. */
function parseWeekday(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const direction = t[i]?.kind === 'word' ? lex.direction.get(t[i].norm) : undefined;
  const at = direction ? i + 1 : i;
  const day = weekdayAt(t, at, lex, 'text');
  if (!day) return undefined;
  const k = t[day.to]?.text === ',' ? day.to + 1 : day.to;
  const date = parseAbsolute(t, k, lex);
  if (date?.day !== undefined) return { ...date, from: i };
  return { from: i, to: day.to, weekday: day.weekday, direction };
}

export function weekdayAt(t: Tokens, i: number, lex: DateLexicon, mode: Mode): { weekday: number; to: number } | undefined {
  const tok = t[i];
  if (tok?.kind !== 'word') return undefined;
  const name = lex.weekdayNames.get(tok.norm) ?? compoundWeekday(tok.norm, lex);
  if (name) return { weekday: name, to: i + 1 };
  const abbreviation = mode === 'header' ? lex.weekdayAbbreviations.get(tok.norm) : undefined;
  if (abbreviation) return { weekday: abbreviation, to: afterPeriod(t, i) };
  return undefined;
}

/** A weekday glued to a part of the day: "dinsdagavond". */
function compoundWeekday(norm: string, lex: DateLexicon): number | undefined {
  for (const suffix of lex.weekdaySuffixes) {
    if (norm.length > suffix.length && norm.endsWith(suffix)) {
      const day = lex.weekdayNames.get(norm.slice(0, -suffix.length));
      if (day) return day;
    }
  }
  return undefined;
}

// ── written dates ─────────────────────────────────────────────────────────────────────────────────────────

/** A date that states at least a month and a day or a year. */
export function parseAbsolute(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const tok = t[i];
  if (tok?.kind === 'number') return numericDate(t, i, lex) ?? dayFirst(t, i, lex);
  if (tok?.kind === 'word') return monthFirst(t, i, lex);
  return undefined;
}

/** "2025-06-18", "05/02/2013", "01-Mar-08", "08.07.2012". */
function numericDate(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const dotted = DOTTED_DATE.exec(t[i].text);
  if (dotted) return ordered(i, i + 1, +dotted[1], +dotted[2], yearOf(dotted[3]), lex.orders.dot);
  if (!DIGITS.test(t[i].text)) return undefined;
  const sep = t[i + 1]?.text;
  if (!sep || !DATE_SEPARATORS.has(sep) || t[i + 3]?.text !== sep || !joined(t, i, i + 4, sep)) return undefined;
  const last = t[i + 4];
  if (!last || !DIGITS.test(last.text)) return undefined;
  if (t[i].text.length === 4) {
    const [year, month, day] = [+t[i].text, +t[i + 2].text, +last.text];
    return DIGITS.test(t[i + 2].text) && isValidDay(year, month, day) && last.text.length <= 2
      ? { from: i, to: i + 5, year, month, day }
      : undefined;
  }
  if (t[i].text.length > 2 || (last.text.length !== 2 && last.text.length !== 4)) return undefined;
  const month = monthAt(t, i + 2, lex, true);
  if (month && month.to === i + 3) return valid(i, i + 5, yearOf(last.text), month.month, +t[i].text);
  if (!DIGITS.test(t[i + 2].text) || t[i + 2].text.length > 2) return undefined;
  return ordered(i, i + 5, +t[i].text, +t[i + 2].text, yearOf(last.text), sep === '/' ? lex.orders.slash : lex.orders.dash);
}

/** Dashes must touch their numbers (2025-06-18); slashes may stand apart ("05 / 02 / 2013"). */
function joined(t: Tokens, from: number, last: number, sep: string): boolean {
  if (sep !== '-') return true;
  for (let k = from; k < last; k++) if (!t[k + 1] || t[k].end !== t[k + 1].start) return false;
  return true;
}

function ordered(from: number, to: number, a: number, b: number, year: number, orders: readonly string[]): Parsed | undefined {
  for (const order of orders) {
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    const p = valid(from, to, year, month, day);
    if (p) return p;
  }
  return undefined;
}

function valid(from: number, to: number, year: number, month: number, day: number): Parsed | undefined {
  return isValidDay(year, month, day) ? { from, to, year, month, day } : undefined;
}

/** Two-digit years: 00–49 → 2000s, 50–99 → 1900s. */
function yearOf(text: string): number {
  const n = +text;
  return text.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** "4 juni", "3 maart 2008", "the 4th of June", "14 June 2013". */
function dayFirst(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const day = dayAt(t, i, lex);
  if (!day) return undefined;
  let k = day.to;
  if (t[k]?.kind === 'word' && lex.dayMonthJoiners.has(t[k].norm)) k++;
  const month = monthAt(t, k, lex, true);
  if (!month || month.prefixed) return undefined;
  const year = yearAfter(t, month.to);
  const p = { from: i, to: year?.to ?? month.to, month: month.month, day: day.day, year: year?.year };
  return isValidDay(p.year ?? 2000, p.month, p.day) ? p : undefined;
}

/** "June 4", "Feb. 22", "March 01, 2008", "June 3-4", "Dec-19-05", "June 2024". */
function monthFirst(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const month = monthAt(t, i, lex, true);
  if (!month || month.prefixed) return undefined;
  let k = month.to;
  if (t[k]?.text === '-' && joined(t, k - 1, k + 3, '-') && t[k + 2]?.text === '-') {
    const day = dayAt(t, k + 1, lex);
    const last = t[k + 3];
    if (day?.to === k + 2 && last?.kind === 'number' && /^(?:\d{2}|\d{4})$/.test(last.text)) {
      return valid(i, k + 4, yearOf(last.text), month.month, day.day);
    }
  }
  const day = dayAt(t, k, lex);
  if (day) {
    k = day.to;
    if (RANGE_DASHES.has(t[k]?.text) && dayAt(t, k + 1, lex)) k = dayAt(t, k + 1, lex)!.to;
    const year = yearAfter(t, k);
    const p = { from: i, to: year?.to ?? k, month: month.month, day: day.day, year: year?.year };
    return isValidDay(p.year ?? 2000, p.month, p.day) ? p : undefined;
  }
  if ((t[k]?.kind === 'word' && lex.dayMonthJoiners.has(t[k].norm)) || t[k]?.text === ',') k++;
  const year = fourDigitYear(t[k]);
  return year ? { from: i, to: k + 1, year, month: month.month } : undefined;
}

/** An optional comma and a four-digit year; or three digits that end the sentence ("13 juni 205."): a year with a
 *  digit dropped, which must show as a conflict, not vanish. Three digits before more words are a count
 *  ("June 4 200 people"). */
function yearAfter(t: Tokens, k: number): { year: number; to: number } | undefined {
  const at = t[k]?.text === ',' ? k + 1 : k;
  const year = fourDigitYear(t[at]) ?? clauseEndingYear(t, at);
  return year ? { year, to: at + 1 } : undefined;
}

/** Marks that end a sentence or a clause outright; a comma may run on into a count ("June 4, 150, more left"). */
const CLAUSE_END = new Set(['.', ';', '!', '?', ')']);

function clauseEndingYear(t: Tokens, at: number): number | undefined {
  const tok = t[at];
  if (tok?.kind !== 'number' || !/^[1-9]\d\d$/.test(tok.text)) return undefined;
  const next = t[at + 1];
  return next === undefined || (next.kind === 'punct' && CLAUSE_END.has(next.text)) ? +tok.text : undefined;
}

function fourDigitYear(tok: Token | undefined): number | undefined {
  return tok?.kind === 'number' && tok.text.length === 4 && DIGITS.test(tok.text) && +tok.text >= 1000 ? +tok.text : undefined;
}

/** A day of the month, with its ordinal ending if one is glued to it (4th, 4e). */
function dayAt(t: Tokens, i: number, lex: DateLexicon): { day: number; to: number } | undefined {
  const tok = t[i];
  if (tok?.kind !== 'number' || tok.text.length > 2 || !DIGITS.test(tok.text)) return undefined;
  const day = +tok.text;
  if (day < 1 || day > 31) return undefined;
  const next = t[i + 1];
  const ordinal = next?.kind === 'word' && next.start === tok.end && lex.ordinalSuffixes.has(next.norm);
  if (next?.kind === 'word' && next.start === tok.end && !ordinal) return undefined;
  return { day, to: ordinal ? i + 2 : i + 1 };
}

/**
 * A month name (or, when allowed, an abbreviation with its optional period) at token i. Words that are also
 * common words ("may") count only when capitalised. "mid-June" is a prefixed month: month precision only.
 */
export function monthAt(
  t: Tokens,
  i: number,
  lex: DateLexicon,
  abbreviations: boolean,
): { month: number; to: number; full: boolean; prefixed: boolean } | undefined {
  const tok = t[i];
  if (tok?.kind !== 'word') return undefined;
  if (lex.ambiguous.has(tok.norm) && !startsUpper(tok.text)) return undefined;
  const full = lex.monthNames.get(tok.norm);
  if (full) return { month: full, to: i + 1, full: true, prefixed: false };
  const abbreviation = abbreviations ? lex.monthAbbreviations.get(tok.norm) : undefined;
  if (abbreviation) return { month: abbreviation, to: afterPeriod(t, i), full: false, prefixed: false };
  const dash = tok.norm.indexOf('-');
  if (dash > 0 && lex.monthPrefixes.has(tok.norm.slice(0, dash))) {
    const rest = tok.norm.slice(dash + 1);
    const month = lex.monthNames.get(rest);
    if (month && !(lex.ambiguous.has(rest) && !startsUpper(tok.text.slice(dash + 1)))) {
      return { month, to: i + 1, full: true, prefixed: true };
    }
  }
  return undefined;
}

function afterPeriod(t: Tokens, i: number): number {
  return t[i + 1]?.text === '.' && t[i + 1].start === t[i].end ? i + 2 : i + 1;
}

/** The character at `at` (the first by default) is a capital; false outside the text. */
export function startsUpper(text: string, at = 0): boolean {
  const c = text[at];
  return c !== undefined && c !== c.toLowerCase();
}

// ── a month or a year standing alone ──────────────────────────────────────────────────────────────────────

/** "in April", "December", "last March", "mid-June": a month of an unstated year. */
function parseMonthAlone(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const direction = t[i]?.kind === 'word' ? lex.direction.get(t[i].norm) : undefined;
  const at = direction ? i + 1 : i;
  const month = monthAt(t, at, lex, false);
  if (!month) return undefined;
  const prev = t[i - 1];
  const inContext = direction !== undefined || month.prefixed || (prev?.kind === 'word' && lex.monthContext.has(prev.norm));
  if (!inContext) {
    const next = t[month.to];
    if (lex.ambiguous.has(t[at].norm) || (next?.kind === 'word' && startsUpper(next.text))) return undefined;
  }
  return { from: i, to: month.to, month: month.month, direction };
}

/** "in 2003", "since 2010-11" (the first year is kept), "the 2003 quake", "from 2001 to 2005". */
function parseYear(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const year = fourDigitYear(t[i]);
  if (year === undefined || year < 1900 || year > 2100) return undefined;
  let to = i + 1;
  const dash = t[to];
  const second = t[to + 1];
  if (dash && RANGE_DASHES.has(dash.text) && second && dash.start === t[i].end && second.start === dash.end) {
    if (isLaterYear(year, second.text)) to += 2;
  }
  const prev = t[i - 1];
  const next = t[to];
  const eventNext = next !== undefined && lex.events.matchAt(t, to) !== undefined;
  const context = prev?.kind === 'word' ? prev.norm : undefined;
  const ok =
    (context !== undefined && lex.yearStrong.has(context)) ||
    (context !== undefined && lex.yearWeak.has(context) && (next?.kind !== 'word' || startsUpper(next.text) || eventNext || lex.yearRangeJoiners.has(next.norm))) ||
    (context !== undefined && lex.yearRangeJoiners.has(context) && isBareYear(t[i - 2])) ||
    (eventNext && (prev === undefined || prev.kind === 'punct' || (context !== undefined && lex.yearDeterminers.has(context)))) ||
    (prev?.text === '-' && prev.end === t[i].start && t[i - 2]?.kind === 'word' && lex.monthPrefixes.has(t[i - 2].norm));
  return ok ? { from: i, to, year } : undefined;
}

function isLaterYear(first: number, text: string): boolean {
  if (!DIGITS.test(text)) return false;
  if (text.length === 2) return +text > first % 100;
  return text.length === 4 && +text > first && +text <= 2100;
}

function isBareYear(tok: Token | undefined): boolean {
  const year = fourDigitYear(tok);
  return year !== undefined && year >= 1900 && year <= 2100;
}

// ── times of day ──────────────────────────────────────────────────────────────────────────────────────────

/** "12:30", "15:00 GMT", "12.30 uur", "3 p.m.", "3pm", "om 15 uur", "0241 GMT". Never "6,000" or "6.000". */
export function parseTime(t: Tokens, i: number, lex: DateLexicon): Parsed | undefined {
  const tok = t[i];
  if (tok?.kind !== 'number' || isSignedOffset(t, i)) return undefined;
  // Four digits are a time only with a zone after them (wire style: "0241 GMT"); alone they are a year or a count.
  const fourDigits = FOUR_DIGIT_TIME.exec(tok.text);
  if (fourDigits) {
    const zone = lex.zones.matchAt(t, i + 1);
    return zone && { from: i, to: zone.to, hour: +fourDigits[1], minute: +fourDigits[2] };
  }
  const colon = COLON_TIME.exec(tok.text);
  const dot = colon ? null : DOT_TIME.exec(tok.text);
  const bare = colon || dot ? null : /^\d{1,2}$/.exec(tok.text);
  let hour = +(colon?.[1] ?? dot?.[1] ?? bare?.[0] ?? NaN);
  const minute = +(colon?.[2] ?? dot?.[2] ?? 0);
  if (!(hour <= 23) || minute > 59) return undefined;

  let k = i + 1;
  const meridiem = lex.meridiem.matchAt(t, k);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.value === 'pm' ? 12 : 0);
    k = meridiem.to;
  }
  const word = t[k]?.kind === 'word' ? t[k].norm : undefined;
  const hourWord = word !== undefined && lex.hourWords.has(word);
  const suffix = word !== undefined && lex.timeSuffixes.has(word);
  if (hourWord || suffix) k++;
  const prefixed = t[i - 1]?.kind === 'word' && lex.timePrefixes.has(t[i - 1].norm);
  const ok = colon || (dot && (prefixed || meridiem || hourWord || suffix)) || (bare && (meridiem || hourWord || (prefixed && suffix)));
  if (!ok) return undefined;
  const zone = lex.zones.matchAt(t, k);
  if (!meridiem && !hourWord && !suffix && !zone && lex.clockWords.matchAt(t, k)) return undefined;
  return { from: i, to: zone?.to ?? k, hour, minute };
}

/** "GMT+05:00": a zone offset, not a time of day. */
function isSignedOffset(t: Tokens, i: number): boolean {
  const sign = t[i - 1];
  return sign !== undefined && (sign.text === '+' || sign.text === '-') && sign.end === t[i].start;
}
