// "seven-year offers", "a four-mile walk", "the 36-jarige": a number word hyphenated to a unit or an age word is
// one token for the tokenizer; split it so the number and its unit are read like "7-year" and "7 years".

import { normWord, tokenAt, type Token } from '../../text/tokens.js';
import { wordToParts } from '../../normalize/number.js';
import type { QuantityLexicon } from './lexicon.js';

/**
 * The tokens with every "<number word>-<unit or age word>" split in three (number, dash, rest); others kept.
 * Only tokens at the candidate offsets (where number words start) are looked at: most words are never read.
 */
export function splitNumberCompounds(text: string, tokens: readonly Token[], candidates: readonly number[], lex: QuantityLexicon): readonly Token[] {
  let out: Token[] | undefined;
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (k < candidates.length && candidates[k] < t.start) k++;
    const parts = k < candidates.length && candidates[k] === t.start && t.kind === 'word' ? splitAt(text, t, lex) : undefined;
    if (parts) (out ??= tokens.slice(0, i)).push(...parts);
    else out?.push(t);
  }
  return out ?? tokens;
}

/** Longer words are no number-word compound ("one-hundred-and-twenty-five-kilometre" is 38): never split. */
const MAX_COMPOUND = 48;

/** Tries each dash: "thirty-two-year-old" splits after "thirty-two", "seven-year" after "seven". */
function splitAt(text: string, t: Token, lex: QuantityLexicon): Token[] | undefined {
  if (t.text.length > MAX_COMPOUND) return undefined;
  for (let dash = t.text.indexOf('-'); dash > 0 && dash < t.text.length - 1; dash = t.text.indexOf('-', dash + 1)) {
    const rest = tokenAt(text, t.start + dash + 1, t.end, 'word');
    const unitOrAge = lex.unitsAfter.matchAt([rest], 0)?.to === 1 || lex.ageCompounds.matchAt([rest], 0)?.to === 1;
    const head = t.text.slice(0, dash);
    if (unitOrAge && wordToParts(normWord(head), lex.numberWords)) return [tokenAt(text, t.start, t.start + dash, 'word'), tokenAt(text, t.start + dash, t.start + dash + 1, 'punct'), rest];
  }
  return undefined;
}
