// A header line that is only a date: "March 01, 2008", "01-Mar-08", "Posted: May 24, 2005",
// "Sun., Aug. 4, 2013 11:29 AM PDT", " date 2025-06-18 403". Labels, weekdays, times, zones and bare numbers
// may surround the one written day; any other word means the line is not a date line.

import type { Language } from '../../lexicon/load.js';
import { tokenize } from '../../text/tokens.js';
import { dateLexicon } from './lexicon.js';
import { parseAbsolute, parseTime, weekdayAt } from './grammar.js';
import { isoDate, pad } from './calendar.js';

/** Counts, zone offsets (GMT+05:00) and stray clock parts (07:51: 21) a header line may carry. */
const BARE_NUMBER = /^\d[\d:]*$/;

/** The ISO day ("2008-03-01") a header line gives, or undefined when the line is anything but a dated label. */
export function parseStandaloneDate(line: string, lang: Language): string | undefined {
  const lex = dateLexicon(lang);
  const t = tokenize(line);
  let found: string | undefined;
  for (let i = 0; i < t.length; ) {
    const tok = t[i];
    const date = parseAbsolute(t, i, lex);
    if (date) {
      if (found !== undefined || date.year === undefined || date.day === undefined) return undefined;
      found = isoDate(date.year, date.month, date.day);
      i = date.to;
      continue;
    }
    const skipTo =
      parseTime(t, i, lex)?.to ??
      weekdayAt(t, i, lex, 'header')?.to ??
      lex.zones.matchAt(t, i)?.to ??
      lex.meridiem.matchAt(t, i)?.to ??
      (tok.kind === 'punct' || lex.headerWords.has(tok.norm) || BARE_NUMBER.test(tok.text) ? i + 1 : undefined);
    if (skipTo === undefined) return undefined;
    i = skipTo;
  }
  return found;
}

/**
 * The day a dateline gives between its place and its agency ("WASHINGTON, June 3, 2025 (Reuters)", "Calif., June 3",
 * "3 juni"): an ISO day, or an ISO month-day ("--06-03") when no year is written. The date must end the text;
 * words before it (a state, a county) are the place's.
 */
export function parseDatelineDay(text: string, lang: Language): string | undefined {
  const lex = dateLexicon(lang);
  const t = tokenize(text);
  for (let i = 0; i < t.length; i++) {
    const date = parseAbsolute(t, i, lex);
    if (!date || date.month === undefined || date.day === undefined) continue;
    if (t.slice(date.to).some((tok) => tok.kind !== 'punct')) return undefined;
    return date.year === undefined ? `--${pad(date.month)}-${pad(date.day)}` : isoDate(date.year, date.month, date.day);
  }
  return undefined;
}
