// A parsed expression → the DateInfo of its claim. What needs the publication date goes to `pending`
// (resolved by src/normalize/date.ts); the rest is final here.

import type { DateInfo } from '../../model.js';
import type { Parsed } from './grammar.js';
import type { Unit } from './lexicon.js';
import { isoDate, isoTime } from './calendar.js';

/** Week offsets are given month precision: "last week" fits any day of the month it falls in. */
const UNIT_PRECISION: Record<Unit, DateInfo['precision']> = { day: 'day', week: 'month', month: 'month', year: 'year' };

export function dateInfo(p: Parsed, future: boolean, event: string | undefined): DateInfo {
  const time = p.hour !== undefined ? isoTime(p.hour, p.minute ?? 0) : undefined;
  const tense = p.direction ?? (future ? 'future' : 'none');
  let pending: Record<string, string | number> | undefined;
  let iso = '';
  let precision: DateInfo['precision'];
  if (p.relative) {
    pending = p.relative.fromSentence ? { unit: p.relative.unit, offset: p.relative.offset, fromSentence: 1 } : { unit: p.relative.unit, offset: p.relative.offset };
    precision = UNIT_PRECISION[p.relative.unit];
  } else if (p.weekday !== undefined) {
    // "next Monday" / "last Monday" (a marker) move a week off the publication weekday; tense alone never does.
    pending = p.direction ? { weekday: p.weekday, tense, marked: 1 } : { weekday: p.weekday, tense };
    precision = 'day';
  } else if (p.month !== undefined && p.yearOffset !== undefined) {
    pending = p.day !== undefined ? { month: p.month, day: p.day, yearOffset: p.yearOffset } : { month: p.month, yearOffset: p.yearOffset };
    precision = p.day !== undefined ? 'day' : 'month';
  } else if (p.month !== undefined && p.year === undefined) {
    // ISO 8601 truncated forms until the year is known: "--06-04", "--04".
    pending = p.day !== undefined ? { month: p.month, day: p.day, tense } : { month: p.month, tense };
    iso = `-${isoDate(0, p.month, p.day).slice(4)}`;
    precision = p.day !== undefined ? 'day' : 'month';
  } else if (p.year !== undefined) {
    iso = isoDate(p.year, p.month, p.day);
    precision = p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
  } else {
    precision = 'time';
  }
  if (time && pending) pending.time = time;
  else if (time) iso += time;
  const planned = tense === 'future' || (p.relative?.offset ?? 0) > 0 || (p.yearOffset ?? 0) > 0;
  return dateRecord({
    iso,
    precision: time ? 'time' : precision,
    planned: planned || undefined,
    relative: p.relative !== undefined || p.weekday !== undefined || p.yearOffset !== undefined,
    inferred: false,
    event: event || undefined,
    pending,
  });
}

/**
 * Every date in one hidden class: the optional fields present (undefined when unset), in the order they used to
 * be added, so JSON keeps that order and the later stages meet one map, not one per combination of fields.
 */
export function dateRecord(d: DateInfo): DateInfo {
  return {
    iso: d.iso,
    precision: d.precision,
    planned: d.planned,
    relative: d.relative,
    inferred: d.inferred,
    event: d.event,
    pending: d.pending,
    said: d.said,
  };
}
