import type { Source } from '../model.js';
import type { Language } from '../lexicon/load.js';

export interface IngestResult {
  sources: Source[];
  notices: string[];
  /** Source id of the editor's draft when story.json names one. */
  primary?: string;
}

// STUB — replaced by the ingest stage.
export function ingestFolder(_folder: string, _langs: Map<string, Language>): IngestResult {
  return { sources: [], notices: [] };
}
