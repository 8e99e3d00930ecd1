// How names are compared as written: what is house style (case, dots, hyphens, a possessive) and what is spelling.

import type { Claim } from '../model.js';

/** "Smith's" → "Smith", and "the AMA's Board" beside "the AMA Board": a possessive is grammar, not spelling.
 *  Most names have none, and skip the regex. */
export function withoutPossessive(text: string): string {
  return text.includes("'s") || text.includes('’s') ? text.replace(POSSESSIVE, '$1') : text;
}

const POSSESSIVE = /(\p{L})['’]s\b/gu;

/** Case, dots and hyphens are house style (U.S. / US, Kim Jong-un / Kim Jong Un), not spelling. */
export function folded(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/[\s-]+/g, ' ').trim();
}

/** One word in capitals once its dots are gone (US, U.S.A.): an abbreviation, whose forms are not spellings. */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/\./g, '');
  return !/\s/.test(letters) && letters.length <= 5 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/** Whether two different words of a name are one word written two ways as house style (David / Dave). */
export type SameWord = (a: string, b: string) => boolean;

/** Each way the mentions write the name (possessive dropped), with the sources that write it so. */
export function writtenForms(mentions: readonly Claim[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const m of mentions) {
    const written = withoutPossessive(m.text);
    const list = forms.get(written);
    if (!list) forms.set(written, [m.source]);
    else if (!list.includes(m.source)) list.push(m.source);
  }
  return forms;
}
