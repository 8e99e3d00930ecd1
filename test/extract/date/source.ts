// Build a Source without the ingest stage: one sentence per non-empty line.

import type { Source } from '../../../src/model.js';
import { sourceFromLines } from '../../helpers/source.js';

export function sourceOf(text: string, opts: Partial<Source> = {}): Source {
  return sourceFromLines(text, { path: 'src.txt', ...opts });
}
