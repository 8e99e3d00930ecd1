import type { Claim, Lineage, Source } from '../model.js';

export interface LineageOptions {
  [key: string]: unknown;
}

// STUB — replaced by lineage detection: every source its own origin.
export function detectLineage(sources: Source[], _claims: Claim[], _options: LineageOptions): Lineage {
  return { of: Object.fromEntries(sources.map((s) => [s.id, s.id])), links: [] };
}
