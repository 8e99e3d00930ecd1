// Build a Source from text without the ingest stage: one sentence per non-empty line.

import type { Source } from '../../../src/model.js';
import { sourceFromLines } from '../../helpers/source.js';

export { seedSources } from '../../helpers/source.js';

export function sourceOf(text: string, language = 'en', id = 'src'): Source {
  return sourceFromLines(text, { id, language });
}
