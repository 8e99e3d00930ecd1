// Which language a source is in: the one whose frequent function words it uses most, read from its start.

import type { Language } from '../lexicon/load.js';
import { ingestLexicon } from './lexicon.js';

/** Enough text for a clear vote; reading more only costs time. */
const SAMPLE_CHARS = 3072;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** The answer when nothing decides. */
const DEFAULT_LANGUAGE = 'en';

export function detectLanguage(text: string, langs: ReadonlyMap<string, Language>): string {
  const scores = new Map<string, number>();
  for (const word of text.slice(0, SAMPLE_CHARS).toLowerCase().match(WORD) ?? []) {
    for (const [code, lang] of langs) if (ingestLexicon(lang).stopwords.has(word)) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestScore = 0;
  let tied = false;
  for (const [code, score] of scores) {
    if (score > bestScore) [best, bestScore, tied] = [code, score, false];
    else if (score === bestScore) tied = true;
  }
  return best !== undefined && !tied ? best : fallbackLanguage(langs);
}

function fallbackLanguage(langs: ReadonlyMap<string, Language>): string {
  return langs.has(DEFAULT_LANGUAGE) || langs.size === 0 ? DEFAULT_LANGUAGE : [...langs.keys()][0];
}
