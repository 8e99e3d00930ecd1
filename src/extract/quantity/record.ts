// A win-loss record in apposition to a name: "Klitschko (52-3, 46 KOs)", "Riddick Bowe, 43-1, 33 KO's,",
// "Creighton (25-7)". Each part is a figure of that person or team (rules/frames.json: record.wins, …), and so is
// a figure that follows it in the same apposition ("46 KOs"). A score without the apposition ("beat Drake 65-53")
// is no record; nor is a range or a code, which mention.ts reads.

import type { Token } from '../../text/tokens.js';
import { glued } from './core.js';
import { nameEndingAt } from './names.js';
import type { QuantityLexicon } from './lexicon.js';

export interface WinLossRecord {
  /** Token range of the digits and hyphens. */
  from: number;
  to: number;
  /** Wins, losses and, when given, draws. */
  parts: number[];
  /** The name the record is in apposition to, as written. */
  owner: string;
  /** First token of a figure that shares the apposition ("46" of "(52-3, 46 KOs)"), if any. */
  companion?: number;
}

/** The roles of a record's parts, in order; rules/frames.json gives each its frame. */
export const RECORD_ROLES = ['record-wins', 'record-losses', 'record-draws'];

/** More digits than this in one part is a year, a code or a score of another kind. */
const PART_DIGITS = 3;

/** The record whose first number is token `i`, or undefined. */
export function recordAt(tokens: readonly Token[], i: number, lex: QuantityLexicon): WinLossRecord | undefined {
  const opener = tokens[i - 1];
  if (opener?.text !== '(' && opener?.text !== ',') return undefined;
  const parts: number[] = [];
  let j = i;
  while (parts.length < RECORD_ROLES.length && isPart(tokens[j])) {
    parts.push(Number(tokens[j].text));
    j++;
    if (tokens[j]?.text !== '-' || !glued(tokens[j - 1], tokens[j]) || !glued(tokens[j], tokens[j + 1]) || !isPart(tokens[j + 1])) break;
    j++;
  }
  if (parts.length < 2) return undefined;
  const closer = tokens[j]?.text;
  if (closer !== ')' && closer !== ',') return undefined;
  const companion = closer === ',' && tokens[j + 1]?.kind === 'number' ? j + 1 : undefined;
  // "beat the host Jaguars, 31-24, on Thursday" is a score: between commas a record needs its draws or a
  // figure beside it ("Bowe, 43-1, 33 KOs,").
  if (opener.text === ',' && parts.length < 3 && companion === undefined) return undefined;
  const owner = nameEndingAt(tokens, i - 1, lex);
  return owner === undefined ? undefined : { from: i, to: j, parts, owner, companion };
}

function isPart(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'number' && t.text.length <= PART_DIGITS && /^\d+$/.test(t.text);
}
