// Ages and the place a distance is measured from: both are keyed by a name written next to the number
// ("John Smith, 32", "31-year-old John Smith", "four miles west of Dover"), never counted as casualties.

import type { Token } from '../../text/tokens.js';
import { glued, type Core } from './core.js';
import { phraseEndingAt, type QuantityLexicon } from './lexicon.js';
import { spanText } from './context.js';

export interface Age {
  /** First token after the age's wording ("-year-old", "years old"). */
  to: number;
  /** The person's name as written next to it, if any. */
  name?: string;
}

/** Nobody is older; a larger number beside a name is something else. */
const MAX_AGE = 130;
/** A name is at most this many capitalised words. */
const NAME_WORDS = 4;

/** "32-year-old", "32 years old", "aged 32", "32-jarige", or a number in apposition to a name ("Silva, 61,"). */
export function ageAt(tokens: readonly Token[], core: Core, lex: QuantityLexicon): Age | undefined {
  const value = core.value;
  if (value === null || !Number.isInteger(value) || value < 1 || value > MAX_AGE || core.scale !== 1) return undefined;
  const after = ageWordsAfter(tokens, core.to, lex);
  if (after !== undefined) return { to: after, name: nameAfter(tokens, after, lex) ?? appositiveNameBefore(tokens, core.from, lex) };
  const joiner = lex.listJoiners.matchAt(tokens, core.to);
  // "who were 61 and 48 years old": the first of a list of ages.
  if (joiner && tokens[joiner.to]?.kind === 'number' && ageWordsAfter(tokens, joiner.to + 1, lex) !== undefined) return { to: core.to };
  const before = phraseEndingAt(lex.ageBefore, tokens, core.from, 0);
  if (before) return { to: core.to, name: appositiveNameBefore(tokens, before.from, lex) };
  if (core.words || tokens[core.from - 1]?.text !== ',' || !closesApposition(tokens[core.to])) return undefined;
  const name = nameEndingAt(tokens, core.from - 1, lex);
  return name ? { to: core.to, name } : undefined;
}

/** End of "-year-old" or "years old" written at token `at`, right after a number. */
function ageWordsAfter(tokens: readonly Token[], at: number, lex: QuantityLexicon): number | undefined {
  const dash = tokens[at];
  const compound = dash?.text === '-' && glued(tokens[at - 1], dash) && glued(dash, tokens[at + 1]) && lex.ageCompounds.matchAt(tokens, at + 1);
  return (compound || lex.ageAfter.matchAt(tokens, at))?.to;
}

/** "Silva, 61, was": the number is followed by punctuation or ends the sentence. */
function closesApposition(next: Token | undefined): boolean {
  return next === undefined || (next.kind === 'punct' && next.text !== '-' && next.text !== '/');
}

/** "John Smith, a 32-year-old …": the name before a comma (and an article) in front of the age. */
function appositiveNameBefore(tokens: readonly Token[], from: number, lex: QuantityLexicon): string | undefined {
  let j = from;
  if (j > 0 && lex.articles.has(tokens[j - 1].norm)) j--;
  return tokens[j - 1]?.text === ',' ? nameEndingAt(tokens, j - 1, lex) : undefined;
}

/** The capitalised words right after `at`, function words excluded ("the 36-year-old Tom Jones"). */
function nameAfter(tokens: readonly Token[], at: number, lex: QuantityLexicon): string | undefined {
  let to = at;
  while (to < tokens.length && to < at + NAME_WORDS && isNameWord(tokens[to], lex)) to++;
  return to > at ? spanText(tokens, at, to) : undefined;
}

/** The capitalised words that end right before token `end`. */
export function nameEndingAt(tokens: readonly Token[], end: number, lex: QuantityLexicon): string | undefined {
  let from = end;
  while (from > 0 && from > end - NAME_WORDS && isNameWord(tokens[from - 1], lex)) from--;
  return from < end ? spanText(tokens, from, end) : undefined;
}

/** A capitalised word that is no function word; every hyphenated part capitalised ("Silva-and" is no name). */
function isNameWord(t: Token, lex: QuantityLexicon): boolean {
  return t.kind === 'word' && !lex.stopwords.has(t.norm) && t.text.split('-').every((part) => part !== '' && part[0] !== part[0].toLowerCase());
}

const POSSESSIVE = /['’]s$/;

/** Whose figure it is: "Acme's 10 percent share", "Acme had 7.2% of the market" (`from`: the mention's first token). */
export function ownerBefore(tokens: readonly Token[], from: number, lex: QuantityLexicon): string | undefined {
  const prev = tokens[from - 1];
  if (!prev) return undefined;
  if (POSSESSIVE.test(prev.text) && isNameWord(prev, lex)) return nameEndingAt(tokens, from, lex)!.replace(POSSESSIVE, '');
  return lex.ownerVerbs.has(prev.norm) ? nameEndingAt(tokens, from - 1, lex) : undefined;
}

/**
 * "2 miles from The Springs", "four miles west-southwest of Dover", "20 km ten noorden van Lelystad": the place a
 * distance is measured from, after any direction words and a link word.
 */
export function referencePlace(tokens: readonly Token[], at: number, lex: QuantityLexicon): string | undefined {
  let j = at;
  for (let step = 0; step < DIRECTION_WORDS && j < tokens.length; step++) {
    const d = lex.directions.matchAt(tokens, j);
    if (d) j = d.to;
    else if (tokens[j].text === '-' || tokens[j].text === ',') j++;
    else break;
  }
  const link = lex.placeLinks.matchAt(tokens, j);
  if (!link) return undefined;
  let k = link.to;
  if (tokens[k] && lex.stopwords.has(tokens[k].norm)) k++;
  return nameAfter(tokens, k, lex);
}

/** "east southeast", "north - northeast": direction words (and hyphens) before the link word. */
const DIRECTION_WORDS = 4;
