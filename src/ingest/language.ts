// Which language a source is in: the one whose frequent function words it uses most, read from its start.

import type { Language } from '../lexicon/load.js';
import { ingestLexicon } from './lexicon.js';
import { letterAt } from '../text/tokens.js';

/** Enough text for a clear vote; reading more only costs time. */
const SAMPLE_CHARS = 3072;
/** The answer when nothing decides. */
const DEFAULT_LANGUAGE = 'en';

export function detectLanguage(text: string, langs: ReadonlyMap<string, Language>): string {
  const voters = [...langs].map(([code, lang]) => ({ code, stopwords: ingestLexicon(lang).stopwords }));
  const scores = new Map<string, number>();
  for (const word of sampleWords(text.slice(0, SAMPLE_CHARS).toLowerCase())) {
    for (const { code, stopwords } of voters) if (stopwords.has(word)) scores.set(code, (scores.get(code) ?? 0) + 1);
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

/** Runs of letters and marks, with inner apostrophes (l'homme, zo'n): a char-code loop, no regex per word. */
function sampleWords(sample: string): string[] {
  const words: string[] = [];
  const n = sample.length;
  for (let i = 0; i < n; ) {
    const first = letterAt(sample, i, n);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      const step = letterAt(sample, i, n);
      if (step > 0) i += step;
      else if (isApostrophe(sample.charCodeAt(i)) && i + 1 < n && letterAt(sample, i + 1, n) > 0) i++;
      else break;
    }
    words.push(sample.slice(start, i));
  }
  return words;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;
