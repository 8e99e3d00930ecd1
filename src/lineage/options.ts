// Thresholds of lineage detection live in rules/lineage.json (data, validated), not in code.

import path from 'node:path';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../schema/validate.js';

export interface LineageOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** A source with fewer shingles than this is too short to be called a copy or rewrite of anything. */
  minShingles: number;
  /** Containment of the smaller source's shingles in the larger's from which it is a copy. */
  copy: { containment: number };
  /** Lower containment from which it is a rewrite (same origin, reworded). */
  rewrite: { containment: number; sequence: number };
  /** Across languages: order-aware agreement of anchors (numbers, dates, names). */
  translation: { sequence: number; minAnchors: number; maxAnchors: number; namePrefix: number };
  /** Above this many sources, candidate pairs come from MinHash + LSH banding instead of every pair. */
  sketch: { aboveSources: number; bands: number; rows: number };
}

/** Read and validate rules/lineage.json (or another file of the same shape); its "description" fields ride along. */
export function loadLineageOptions(file = path.join(RULES_DIR, 'lineage.json')): LineageOptions {
  return validateOrThrow<LineageOptions>('lineage', readJsonFile(file), file);
}
