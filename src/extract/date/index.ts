// Date and time claims of one source. One pass of a trigger regex over the text finds the few places a date can
// be (a month, weekday or relative word, or a digit run shaped like a year, time or numeric date); only a small
// window around each is tokenized and parsed, and only sentences that hold a date are tokenized whole.

import type { Claim, Sentence, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { makeClaim } from '../claim.js';
import { dateLexicon, type DateLexicon } from './lexicon.js';
import { parseAt, type Parsed } from './grammar.js';
import { dateInfo } from './info.js';
import { eventNear, isFuture, sentenceContext, type SentenceContext } from './context.js';

/** Characters read after a trigger: the longest written date with its time fits. */
const WINDOW_AFTER = 56;
/** Characters read before a trigger, for the words that start a date or give it context ("the 4th of June"). */
const WINDOW_BEFORE = 32;
const POSSESSIVE = /['’]s$/i;

export function extractDates(source: Source, lang: Language): Claim[] {
  const lex = dateLexicon(lang);
  const { text, sentences } = source;
  const claims: Claim[] = [];
  const trigger = new RegExp(lex.wordTrigger);
  let s = 0;
  let floor = 0;
  let context: { sentence: number; ctx: SentenceContext } | undefined;
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
    let resume = at + m[0].length;
    if (isDigit(text.charCodeAt(at))) {
      resume = endOfDigits(text, at);
      if (!digitsCanStartDate(text, at, lex)) {
        trigger.lastIndex = resume;
        continue;
      }
    }
    const found = parseAround(text, sentence, at, Math.max(floor, sentence.start), lex);
    if (!found) {
      trigger.lastIndex = resume;
      continue;
    }
    if (context?.sentence !== s) context = { sentence: s, ctx: sentenceContext(text, sentence, lex) };
    const { start, end, parsed } = found;
    const info = dateInfo(parsed, isFuture(context.ctx, start, end), eventNear(context.ctx, start, end));
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
  const to = Math.min(sentence.end, wordEndAfter(text, Math.min(sentence.end, at + WINDOW_AFTER), sentence.end));
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

/** A digit run that is a whole number (not inside "F16" or "6,000") and is shaped like a date or time. */
function digitsCanStartDate(text: string, at: number, lex: DateLexicon): boolean {
  const before = text.charCodeAt(at - 1);
  if (isWordChar(before)) return false;
  if ((before === 44 || before === 46 || before === 58) && isDigit(text.charCodeAt(at - 2))) return false; // , . :
  lex.digitTrigger.lastIndex = at;
  return lex.digitTrigger.test(text);
}

function endOfDigits(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const isWordChar = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
