// "seven-year offers", "a four-mile walk", "the 36-jarige", "een twaalfurige vlucht": a number word hyphenated or
// glued to a unit or an age word is one token for the tokenizer; split it so the number and its unit are read like
// "7-year" and "7 years".

import { normWord, tokenAt, type Token } from '../../text/tokens.js';
import { wordToParts } from '../../normalize/number.js';
import type { QuantityLexicon } from './lexicon.js';

/**
 * The tokens with every "<number word>-<unit or age word>" split in three (number, dash, rest) and every
 * "<number word><glued unit word>" in two; others kept.
 * Only the tokens at `starts` (indices, ascending: where number words start) are looked at.
 */
export function splitNumberCompounds(text: string, tokens: readonly Token[], starts: readonly number[], lex: QuantityLexicon): readonly Token[] {
  let out: Token[] | undefined;
  let kept = 0;
  for (const i of starts) {
    const parts = tokens[i].kind === 'word' ? splitAt(text, tokens[i], lex) : undefined;
    if (!parts) continue;
    out ??= [];
    while (kept < i) out.push(tokens[kept++]);
    out.push(...parts);
    kept = i + 1;
  }
  if (!out) return tokens;
  while (kept < tokens.length) out.push(tokens[kept++]);
  return out;
}

/** Longer words are no number-word compound ("one-hundred-and-twenty-five-kilometre" is 38): never split. */
const MAX_COMPOUND = 48;

/** Tries each dash: "thirty-two-year-old" splits after "thirty-two", "seven-year" after "seven"; without one, a
 *  unit word the language glues to number words: "twaalfurige" splits into "twaalf" and "urige". */
function splitAt(text: string, t: Token, lex: QuantityLexicon): Token[] | undefined {
  if (t.text.length > MAX_COMPOUND) return undefined;
  const unit = lex.gluedUnitWords.find((w) => t.norm.length > w.length && t.norm.endsWith(w));
  if (unit && t.text.length === t.norm.length && !t.text.includes('-')) {
    const at = t.end - unit.length;
    if (wordToParts(normWord(text.slice(t.start, at)), lex.numberWords)) return [tokenAt(text, t.start, at, 'word'), tokenAt(text, at, t.end, 'word')];
  }
  for (let dash = t.text.indexOf('-'); dash > 0 && dash < t.text.length - 1; dash = t.text.indexOf('-', dash + 1)) {
    const rest = tokenAt(text, t.start + dash + 1, t.end, 'word');
    const unitOrAge = lex.unitsAfter.matchAt([rest], 0)?.to === 1 || lex.ageCompounds.matchAt([rest], 0)?.to === 1;
    const head = t.text.slice(0, dash);
    if (unitOrAge && wordToParts(normWord(head), lex.numberWords)) return [tokenAt(text, t.start, t.start + dash, 'word'), tokenAt(text, t.start + dash, t.start + dash + 1, 'punct'), rest];
  }
  return undefined;
}
