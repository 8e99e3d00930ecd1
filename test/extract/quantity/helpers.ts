// Quantity claims of a text, through a Source built without the ingest stage.
import type { Claim, Source } from '../../../src/model.js';
import { sourceFromLines } from '../../helpers/source.js';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { extractQuantities } from '../../../src/extract/quantity/index.js';

export function sourceOf(text: string, language = 'en', id = 'src'): Source {
  return sourceFromLines(text, { id, language });
}

/** Quantity claims of a text in a language. */
export function quantities(text: string, language = 'en'): Claim[] {
  return extractQuantities(sourceOf(text, language), loadLanguages().get(language)!);
}

/** The single claim of a text; fails the test when there is not exactly one. */
export function only(text: string, language = 'en'): Claim {
  const found = quantities(text, language);
  if (found.length !== 1) throw new Error(`expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((c) => c.text))}`);
  return found[0];
}

export const texts = (text: string, language = 'en'): string[] => quantities(text, language).map((c) => c.text);
