// Metadata lines and line openings: header date, dateline, byline, credit, boilerplate. They are kept out of
// sentences and give the source its publication date and agency. Each check reads one line, near the places
// such lines live (the top for dates and datelines), so the pass stays linear.

import type { MetadataSpan } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { parseDatelineDay, parseStandaloneDate } from '../extract/date/standalone.js';
import { type IngestLexicon, isBoilerplate, labelAt } from './lexicon.js';
import { type Line, isBlank, isSpace, skipSpaces } from './lines.js';
import { agencyIn } from './agencies.js';

export interface Metadata {
  spans: MetadataSpan[];
  /** The header date, else a dateline's day when it gives the year. */
  published: string | undefined;
  agency: string | undefined;
}

/** How far from the top a header date, and a dateline, may stand (in non-blank lines). */
const HEADER_DATE_LINES = 3;
const DATELINE_LINES = 6;
/** Bylines stand near the top or at the very end. */
const BYLINE_TOP_LINES = 8;
const BYLINE_BOTTOM_LINES = 3;
/** Longer lines are prose, not furniture; checking them would only cost time. */
const SHORT_LINE = 100;
const MAX_BYLINE_WORDS = 8;

export function findMetadata(layout: string, lines: readonly Line[], lex: IngestLexicon, langs: readonly Language[]): Metadata {
  const spans: MetadataSpan[] = [];
  const first: Partial<Record<MetadataSpan['kind'], string>> = {};
  const nonBlank = lines.filter((l) => !isBlank(l));
  nonBlank.forEach((line, n) => {
    const fromEnd = nonBlank.length - 1 - n;
    const span =
      (n < HEADER_DATE_LINES && !first['header-date'] && headerDate(layout, line, lex, langs)) ||
      wholeLineSpan(layout, line, lex, n < BYLINE_TOP_LINES || fromEnd < BYLINE_BOTTOM_LINES) ||
      (n < DATELINE_LINES && !spans.some((s) => s.kind === 'dateline') && dateline(layout, line, langs));
    if (!span) return;
    spans.push(span);
    if (span.value !== undefined) first[span.kind] ??= span.value;
  });
  // The dateline names the agency that wrote the copy; a byline or credit may name the one that sold it.
  const datelineDay = spans.find((s) => s.kind === 'dateline')?.date;
  const datelineDate = datelineDay?.startsWith('--') ? undefined : datelineDay;
  return { spans, published: first['header-date'] ?? datelineDate, agency: first.dateline ?? first.byline ?? first.credit };
}

// ── header date ────────────────────────────────────────────────────────────────────────────────────────────

// An ISO date (time optional) and any bare numbers after it: "2025-06-18 403". Followed by space or the end.
const ISO_HEADER = /(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![^\s])(?:[ \t]+\d+(?![^\s]))*/y;
const MAX_DATE_LINE = 60;

function headerDate(layout: string, line: Line, lex: IngestLexicon, langs: readonly Language[]): MetadataSpan | undefined {
  const start = line.contentStart;
  const afterLabel = skipSpaces(layout, start + labelAt(layout, start, lex.dateLabels), line.contentEnd);
  ISO_HEADER.lastIndex = afterLabel;
  const iso = ISO_HEADER.exec(layout);
  if (iso && iso.index + iso[0].length <= line.contentEnd) {
    const value = validDay(iso[1], iso[2], iso[3]);
    return value ? { kind: 'header-date', start, end: iso.index + iso[0].length, value } : undefined;
  }
  if (line.contentEnd - start > MAX_DATE_LINE) return undefined;
  const words = layout.slice(afterLabel, line.contentEnd);
  for (const lang of langs) {
    const value = parseStandaloneDate(words, lang);
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: 'header-date', start, end: line.contentEnd, value };
  }
  return undefined;
}

function validDay(year: string, month: string, day: string): string | undefined {
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day ? `${year}-${month}-${day}` : undefined;
}

// ── dateline ───────────────────────────────────────────────────────────────────────────────────────────────

// [PLACE[, date]] (AGENCY) [separator]: "SEOUL (AFP/RSS):", "(MENAFN)", "WASHINGTON, June 3 (Reuters) -".
// Every quantifier is bounded and the line start is fixed, so a failed match costs little.
const DATELINE = /(?:([\p{Lu}][\p{L}\p{M}'’. -]{0,40}?)(?:,([^()\n]{1,40}?))?[ \t]*)?\(([^()\n]{1,40})\)[ \t]*(--|[:\-–—|])?/uy;
// An all-caps place and a dash, with no agency: "BEIRUT —", "BEIRUT, June 3 —"; the dash may end the line (a
// dateline set on a line of its own).
const PLACE_DATELINE = /([\p{Lu}][\p{Lu}\p{M}'’. -]{1,40}?)(?:,([^\n]{1,40}?))?[ \t]+(?:--|[–—])(?:[ \t]|(?=\r?\n|$))/uy;
const CODE_LIKE = /^[\p{Lu}\d/ .&-]{2,20}$/u;

function dateline(layout: string, line: Line, langs: readonly Language[]): MetadataSpan | undefined {
  DATELINE.lastIndex = line.contentStart;
  const m = DATELINE.exec(layout);
  if (m && m.index + m[0].length <= line.contentEnd) {
    const place = m[1]?.trim();
    const bracket = m[3].trim();
    const agency = agencyIn(bracket);
    // Without a known agency or an all-caps place, a bracket at a line start is just prose.
    const separated = m[4] !== undefined;
    const accepted = place
      ? isAllCaps(place)
        ? agency !== undefined || (separated && CODE_LIKE.test(bracket))
        : agency !== undefined && separated
      : agency !== undefined;
    if (accepted) return withDay(span('dateline', line, m.index + m[0].length, layout, agency ?? bracket), m[2], langs);
  }
  PLACE_DATELINE.lastIndex = line.contentStart;
  const p = PLACE_DATELINE.exec(layout);
  if (p && p.index + p[0].length <= line.contentEnd && isAllCaps(p[1])) {
    return withDay(span('dateline', line, p.index + p[0].length, layout), p[2], langs);
  }
  return undefined;
}

/** The dateline with the day written after its place, in the first language that reads one. */
function withDay(dateline: MetadataSpan, afterPlace: string | undefined, langs: readonly Language[]): MetadataSpan {
  if (afterPlace === undefined) return dateline;
  for (const lang of langs) {
    const date = parseDatelineDay(afterPlace, lang);
    if (date !== undefined) return { ...dateline, date };
  }
  return dateline;
}

function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

// ── whole lines: boilerplate, credit, byline ───────────────────────────────────────────────────────────────

function wholeLineSpan(layout: string, line: Line, lex: IngestLexicon, bylineAllowed: boolean): MetadataSpan | undefined {
  if (line.contentEnd - line.contentStart > SHORT_LINE) return undefined;
  const text = layout.slice(line.contentStart, line.contentEnd);
  if (isBoilerplate(text, lex)) return span('boilerplate', line, line.contentEnd, layout);
  const credit = creditOf(text, lex);
  if (credit !== undefined) return span('credit', line, line.contentEnd, layout, credit || undefined);
  if (bylineAllowed) {
    const prefix = labelAt(text, 0, lex.bylinePrefixes);
    if (prefix > 0 && isNameList(text.slice(prefix))) {
      return span('byline', line, line.contentEnd, layout, agencyIn(text.slice(prefix)));
    }
  }
  return undefined;
}

const CREDIT_SIGN = /^(?:©|\([cC]\))\s*/;
const CREDIT_YEAR = /^(\d{4})(?:\s*[-–]\s*\d{4})?[ \t,]*/;

/** The credited name ("" when only a year is given), or undefined when the line is not a credit. */
function creditOf(text: string, lex: IngestLexicon): string | undefined {
  const word = labelAt(text, 0, lex.creditWords);
  let rest = text.slice(word).trimStart();
  const sign = CREDIT_SIGN.exec(rest);
  if (!word && !sign) return undefined;
  if (sign) rest = rest.slice(sign[0].length);
  const year = CREDIT_YEAR.exec(rest);
  if (year) rest = rest.slice(year[0].length);
  const agency = agencyIn(rest);
  if (agency) return agency;
  return year ? rest.replace(/[.\s]+$/, '') : undefined;
}

/** "Claire LEE", "Jan de Vries and Piet Jansen, AFP": capitalised words, short particles, no digits or full stop. */
function isNameList(names: string): boolean {
  const words = names.trim().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_BYLINE_WORDS || /\d|[.!?]\s*$/.test(names)) return false;
  if (!startsUpper(words[0])) return false;
  return words.every((w) => startsUpper(w) || w.length <= 3);
}

function startsUpper(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

// ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

/** A span from the line's first character to `end`, trailing spaces left out; no `value` key when there is none. */
function span(kind: MetadataSpan['kind'], line: Line, end: number, layout: string, value?: string): MetadataSpan {
  while (end > line.contentStart && isSpace(layout.charCodeAt(end - 1))) end--;
  return value === undefined ? { kind, start: line.contentStart, end } : { kind, start: line.contentStart, end, value };
}
