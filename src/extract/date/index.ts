// Date and time claims of one source. One pass of a trigger regex over the text finds the few places a date can
// be (a month, weekday or relative word, or a digit run shaped like a year, time or numeric date); only a small
// window around each is tokenized and parsed, and only the stretch around a found date is searched for context.

import type { Claim, Sentence, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { makeClaim } from '../claim.js';
import { dateLexicon, type DateLexicon } from './lexicon.js';
import { parseAt, type Parsed } from './grammar.js';
import { dateInfo } from './info.js';
import { contextAround, eventNear, isFuture } from './context.js';

/** Characters read after a trigger: the longest written date with its time fits. */
const WINDOW_AFTER = 56;
/** Characters read before a trigger, for the words that start a date or give it context ("the 4th of June"). */
const WINDOW_BEFORE = 32;
const POSSESSIVE = /['’]s$/i;

export function extractDates(source: Source, lang: Language): Claim[] {
  const lex = dateLexicon(lang);
  const { text, sentences } = source;
  const claims: Claim[] = [];
  const trigger = new RegExp(lex.trigger);
  let s = 0;
  let floor = 0;
  trigger.lastIndex = sentences[0]?.start ?? text.length;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const at = m.index;
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s === sentences.length) break;
    const sentence = sentences[s];
    if (at < sentence.start) {
      trigger.lastIndex = sentence.start;
      continue;
    }
    const resume = at + m[0].length;
    const found = cannotStartDate(text, at, resume, lex) ? undefined : parseAround(text, sentence, at, Math.max(floor, sentence.start), lex);
    if (!found) {
      trigger.lastIndex = resume;
      continue;
    }
    const { start, end, parsed } = found;
    const context = contextAround(text, sentence, start, end, lex);
    const info = dateInfo(parsed, isFuture(context, start, end), eventNear(context, start, end));
    const value = info.pending ? text.slice(start, end) : info.iso;
    claims.push(makeClaim(source, 'date', start, end, s, value, { date: info }));
    floor = end;
    trigger.lastIndex = end;
  }
  return claims;
}

/** Tokenize a window around the trigger and take the leftmost expression that covers the trigger's token. */
function parseAround(
  text: string,
  sentence: Sentence,
  at: number,
  floor: number,
  lex: DateLexicon,
): { start: number; end: number; parsed: Parsed } | undefined {
  const from = wordStartBefore(text, Math.max(floor, at - WINDOW_BEFORE), at);
  const to = wordEndAfter(text, Math.min(sentence.end, at + WINDOW_AFTER), sentence.end);
  const tokens = tokenize(text, from, to);
  let hit = 0;
  while (hit < tokens.length && tokens[hit].end <= at) hit++;
  if (hit === tokens.length) return undefined;
  for (let j = Math.max(0, hit - lex.lookBack); j <= hit; j++) {
    if (tokens[j].start < floor) continue;
    const parsed = parseAt(tokens, j, lex);
    if (parsed && parsed.to > hit) return { start: tokens[parsed.from].start, end: endWithoutPossessive(tokens[parsed.to - 1]), parsed };
  }
  return undefined;
}

/**
 * Cheap checks on the raw text that spare a window: a lower-case "may" is never the month, and a word hyphenated
 * to another ("33-year-old") is part of a longer word, unless it is a month ("mid-June", "01-Mar-08").
 */
function cannotStartDate(text: string, at: number, end: number, lex: DateLexicon): boolean {
  const first = text.charCodeAt(at);
  if (first >= 48 && first <= 57) return false;
  const word = text.slice(at, end).toLowerCase();
  if (lex.ambiguous.has(word) && first >= 97 && first <= 122) return true;
  return (text[at - 1] === '-' || text[end] === '-') && !lex.monthNames.has(word) && !lex.monthAbbreviations.has(word);
}

/** "last year's elections": the claim ends before the possessive. */
function endWithoutPossessive(last: Token): number {
  return last.kind === 'word' && POSSESSIVE.test(last.text) ? last.end - 2 : last.end;
}

/** The first word start at or after `from` (so the window never opens mid-word), or the trigger itself. */
function wordStartBefore(text: string, from: number, at: number): number {
  if (from === 0 || isSpace(text.charCodeAt(from - 1))) return from;
  for (let i = from; i < at; i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return at;
}

function wordEndAfter(text: string, to: number, limit: number): number {
  let i = to;
  while (i < limit && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
