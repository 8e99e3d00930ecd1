import path from 'node:path';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../schema/validate.js';
import type { KeyClass } from './keys.js';
import type { PairingOptions } from './pairs.js';

export interface AlignOptions {
  eventFrames: string[];
  headKeyedFrames: string[];
  sharedFrames: string[];
  ownerKeyedFrames: string[];
  shareFrames: string[];
  subgroupRoles: string[];
  singleHolderTitles: string[];
  minContext: Record<KeyClass, number>;
  decisiveContext: number;
  pairing: PairingOptions;
  /** A lone value against a story-wide agreement under a key of these classes (align/index.ts joinConsensus). */
  consensus: { keyClasses: KeyClass[]; minOrigins: number; minContext: number };
  /** Where the wires give one answer under a key, what a draft claim needs to be set against it (align/index.ts). */
  draft: { minOrigins: number; minContext: number };
}

let cached: AlignOptions | undefined;

/** rules/align.json, validated, read once per process. */
export function loadAlignOptions(): AlignOptions {
  if (!cached) {
    const file = path.join(RULES_DIR, 'align.json');
    cached = validateOrThrow<AlignOptions>('align', readJsonFile(file), file);
  }
  return cached;
}
