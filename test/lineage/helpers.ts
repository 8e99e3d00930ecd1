// Build Sources without the ingest stage: one sentence per non-empty line.

import type { Source } from '../../src/model.js';
import { sourceFromLines } from '../helpers/source.js';

export { seedSources } from '../helpers/source.js';

export function sourceOf(id: string, text: string, language = 'en'): Source {
  return sourceFromLines(text, { id, language });
}
