// An age grows by one a year: "26" in January and "27" in September can both be true of one person. The ages
// of a slot fit each other when one birthday fits every age at its source's publication date.

import type { Claim, Source } from '../model.js';

const DAY_MS = 86_400_000;

/** Days since 1970 of a YYYY-MM-DD date. */
function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** The day a birthday `years` back from `day` falls on (the same month and day, that many years earlier). */
function yearsBefore(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.getTime() / DAY_MS;
}

/**
 * Whether one birthday fits every exact age of `claims`, each said on its source's publication date. A source
 * with no date may have been published on any day its story's dated sources span; with none dated, or an age
 * that is not one whole number, nothing can be said (false).
 */
export function agesFitOneBirthday(claims: readonly Claim[], sources: readonly Source[]): boolean {
  const published = new Map(sources.map((s) => [s.id, s.published]));
  const dated = sources.flatMap((s) => (s.published ? [dayOf(s.published)] : []));
  if (dated.length === 0) return false;
  const first = Math.min(...dated);
  const last = Math.max(...dated);
  // The birthday lies after `after` and on or before `until`; an undated age need hold on one day of the span only.
  let after = -Infinity;
  let until = Infinity;
  for (const c of claims) {
    const age = c.quantity?.number;
    if (c.quantity?.qualifier !== 'exact' || age == null || !Number.isInteger(age)) return false;
    const pub = published.get(c.source);
    const from = pub ? dayOf(pub) : first;
    const to = pub ? dayOf(pub) : last;
    after = Math.max(after, yearsBefore(from, age + 1));
    until = Math.min(until, yearsBefore(to, age));
  }
  return after < until;
}
