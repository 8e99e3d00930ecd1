// Resolve what the date extractor left pending (weekdays, yesterday, last year, a day or month without a year)
// against the source's publication date. Without a publication date the claim keeps its words as value.

import type { Claim, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { addDays, addMonths, daysBetween, isoDate, isValidDay, parseDay, weekdayOf, type Day } from '../extract/date/calendar.js';
import { withClaim } from '../extract/claim.js';
import { dateRecord } from '../extract/date/info.js';

/** A day+month without a year may lie this far after publication when the text speaks of the future. */
const MAX_DAYS_AHEAD = 310;

export function resolveDates(claims: Claim[], sources: Source[], _langs: Map<string, Language>): Claim[] {
  // Each source's publication day, parsed once (most claims are not pending dates and never ask).
  const byId = new Map(sources.map((s) => [s.id, { source: s, published: s.published ? parseDay(s.published) : undefined }]));
  const settle = (claim: Claim, from?: Day): Claim => {
    const pending = claim.date?.pending;
    if (claim.kind !== 'date' || !claim.date || !pending) return claim;
    const { source, published } = byId.get(claim.source) ?? {};
    if (!published) return claim;
    const resolved = resolve(pending, from ?? published);
    if (!resolved) return claim;
    const iso = resolved.iso + (typeof pending.time === 'string' ? pending.time : '');
    const info = dateRecord({
      ...claim.date,
      iso,
      inferred: claim.date.inferred || resolved.yearBorrowed || source!.publishedInferred,
      pending: undefined,
      // Counted from another date of its sentence, the phrase names no period by publication alone.
      said: (!from && saidKey(pending)) || undefined,
    });
    return withClaim(claim, { value: iso, date: info });
  };
  // Phrases that count from their sentence's own time ("the previous year") wait until the dates before them are.
  const first = claims.map((c) => (c.date?.pending?.fromSentence ? c : settle(c)));
  return first.map((c) => (c.date?.pending?.fromSentence ? settle(c, sentenceAnchor(c, first)) : c));
}

/** The day the last settled date written before a claim in its sentence stands for (its first day), if any. */
function sentenceAnchor(claim: Claim, claims: readonly Claim[]): Day | undefined {
  let anchor: Claim | undefined;
  for (const c of claims) {
    if (c.kind !== 'date' || c.source !== claim.source || c.sentence !== claim.sentence || c.start >= claim.start || c.date?.pending) continue;
    if (!anchor || c.start > anchor.start) anchor = c;
  }
  const m = anchor && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(anchor.date!.iso);
  return m ? { year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1 } : undefined;
}

/** Relative words that name a day or period by the publication date alone: a weekday, "yesterday", "last year". */
function saidKey(p: Record<string, string | number>): string | undefined {
  if (typeof p.weekday === 'number') return `weekday ${p.weekday}`;
  if (typeof p.unit === 'string' && typeof p.offset === 'number') return `${p.unit} ${p.offset}`;
  return undefined;
}

interface Resolved {
  iso: string;
  /** True when the text gave no year and it was taken from the publication date. */
  yearBorrowed: boolean;
}

function resolve(p: Record<string, string | number>, pub: Day): Resolved | undefined {
  const tense = String(p.tense ?? 'none');
  if (typeof p.unit === 'string' && typeof p.offset === 'number') return { iso: byOffset(p.unit, p.offset, pub), yearBorrowed: false };
  if (typeof p.weekday === 'number') return { iso: byWeekday(p.weekday, tense, p.marked === 1, pub), yearBorrowed: false };
  if (typeof p.month === 'number' && typeof p.yearOffset === 'number') {
    const year = pub.year + p.yearOffset;
    const day = typeof p.day === 'number' && isValidDay(year, p.month, p.day) ? p.day : undefined;
    return { iso: isoDate(year, p.month, day), yearBorrowed: false };
  }
  if (typeof p.month === 'number' && typeof p.day === 'number') {
    const day = nearestYear(p.month, p.day, tense, pub);
    return day && { iso: isoDate(day.year, day.month, day.day), yearBorrowed: true };
  }
  if (typeof p.month === 'number') return { iso: monthYear(p.month, tense, pub), yearBorrowed: true };
  return undefined;
}

function byOffset(unit: string, offset: number, pub: Day): string {
  switch (unit) {
    case 'day': {
      const d = addDays(pub, offset);
      return isoDate(d.year, d.month, d.day);
    }
    case 'week': {
      const d = addDays(pub, 7 * offset);
      return isoDate(d.year, d.month);
    }
    case 'month': {
      const m = addMonths(pub.year, pub.month, offset);
      return isoDate(m.year, m.month);
    }
    default:
      return isoDate(pub.year + offset);
  }
}

/**
 * The publication weekday itself is that day ("was set to land on Monday" in a Monday article) unless a marker
 * ("next", "last") says otherwise. Past or unmarked: the latest such day up to publication ("last": strictly
 * before). Future: the next one.
 */
function byWeekday(weekday: number, tense: string, marked: boolean, pub: Day): string {
  const today = weekdayOf(pub);
  const sameDay = weekday === today && !marked ? 0 : 7;
  let shift: number;
  if (tense === 'future') shift = (weekday - today + 7) % 7 || sameDay;
  else shift = -((today - weekday + 7) % 7 || (tense === 'past' ? sameDay : 0));
  const d = addDays(pub, shift);
  return isoDate(d.year, d.month, d.day);
}

/** The year that puts day+month nearest to publication; "last" → on or before it, future → the next one if close. */
function nearestYear(month: number, day: number, tense: string, pub: Day): Day | undefined {
  const candidates = [pub.year - 1, pub.year, pub.year + 1]
    .filter((year) => isValidDay(year, month, day))
    .map((year) => ({ year, month, day }));
  if (candidates.length === 0) return undefined;
  const gap = (d: Day) => daysBetween(pub, d);
  if (tense === 'past') return candidates.filter((d) => gap(d) <= 0).pop();
  if (tense === 'future') {
    const next = candidates.find((d) => gap(d) >= 0 && gap(d) <= MAX_DAYS_AHEAD);
    if (next) return next;
  }
  return candidates.reduce((best, d) => (Math.abs(gap(d)) < Math.abs(gap(best)) ? d : best));
}

/** Months either side of publication a month without a year or marker may lie: the nearest one, ties to the past. */
const MONTHS_EITHER_SIDE = 6;

/**
 * A month without a year: "last" → the latest one before publication's month; the future → the next one from
 * it; otherwise the nearest one to publication ("in July" in a June article is next month, in a December one
 * it was five months ago).
 */
function monthYear(month: number, tense: string, pub: Day): string {
  let year: number;
  if (tense === 'future') year = month >= pub.month ? pub.year : pub.year + 1;
  else if (tense === 'past') year = month < pub.month ? pub.year : pub.year - 1;
  else {
    const ahead = month - pub.month;
    year = ahead >= MONTHS_EITHER_SIDE ? pub.year - 1 : ahead < -MONTHS_EITHER_SIDE ? pub.year + 1 : pub.year;
  }
  return isoDate(year, month);
}
