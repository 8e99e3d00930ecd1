// Background is not the event: a sentence that places itself in another year ("a 2003 quake killed more
// than 26,000 people") holds claims about that other time. Its claims get `background` = that year, so
// alignment keeps them apart from the story's own death toll, date or place.

import type { Claim, Source } from '../model.js';
import { withClaim } from '../extract/claim.js';

/** A month- or day-precise date this many years before publication is background even with a month given. */
const DISTANT_YEARS = 2;

export function markBackground(claims: Claim[], sources: Source[]): Claim[] {
  const published = new Map(sources.map((s) => [s.id, s.published]));
  // A source with no date line is read against the years its story's other sources were published in.
  const storyYears = new Set(sources.flatMap((s) => (s.published ? [Number(s.published.slice(0, 4))] : [])));
  const storyFirstYear = Math.min(...storyYears);
  // Source → sentence → year: claims look up their sentence without building a string key each. A year of its
  // own marks a date claim; the sentence's other claims take its last ("received an award in 1998, and was elected
  // in 1995": each year is its own background).
  const bySentence = new Map<string, Map<number, string>>();
  const ownYear = new Map<Claim, string>();
  for (const c of claims) {
    const pub = published.get(c.source);
    // Only a year the text writes out sets the scene; "last year" is the story's own time line.
    if (!c.date || c.date.pending || c.date.relative || (!pub && storyYears.size === 0) || c.date.precision === 'time') continue;
    const year = Number(c.date.iso.slice(0, 4));
    const yearOnly = c.date.precision === 'year';
    const pubYear = pub ? Number(pub.slice(0, 4)) : undefined;
    const outside = pubYear === undefined
      ? (yearOnly && !storyYears.has(year)) || year <= storyFirstYear - DISTANT_YEARS
      : (yearOnly && year !== pubYear) || year <= pubYear - DISTANT_YEARS;
    if (outside) {
      let years = bySentence.get(c.source);
      if (!years) bySentence.set(c.source, (years = new Map()));
      years.set(c.sentence, String(year));
      ownYear.set(c, String(year));
    }
  }
  if (bySentence.size === 0) return claims;
  return claims.map((c) => {
    const year = ownYear.get(c) ?? bySentence.get(c.source)?.get(c.sentence);
    return year ? withClaim(c, { background: year }) : c;
  });
}
