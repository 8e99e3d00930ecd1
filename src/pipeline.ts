// One story folder through every stage. Each stage takes and returns plain data (src/model.ts).

import type { Claim, Finding, Lineage, Source } from './model.js';
import type { AlignedSlot } from './align/index.js';
import { loadLanguages } from './lexicon/load.js';
import { InputError } from './errors.js';
import { ingestFolder } from './ingest/index.js';
import { extractStory } from './extract/index.js';
import { normalizeClaims } from './normalize/index.js';
import { detectLineage } from './lineage/index.js';
import { alignClaims } from './align/index.js';
import { runChecks, type LoadedRules } from './engine/index.js';

export interface StoryResult {
  path: string;
  sources: Source[];
  claims: Claim[];
  lineage: Lineage;
  slots: AlignedSlot[];
  findings: Finding[];
  /** One-line notices (skipped files, replaced bytes) for stderr. */
  notices: string[];
  /** Source id of the editor's draft, when the story names one. */
  primary?: string;
  /** Wall time per stage in milliseconds, for the benchmark (process.hrtime: the `performance` global loads
   * node's perf_hooks, ~1.5 ms of a small run). */
  timings: Record<string, number>;
}

export function checkStory(folder: string, rules: LoadedRules, primaryOverride?: string): StoryResult {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = process.hrtime.bigint();
    const out = fn();
    timings[stage] = (timings[stage] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6;
    return out;
  };
  const langs = loadLanguages();
  const ingested = time('ingest', () => ingestFolder(folder, langs));
  const { sources } = ingested;
  const primary = primaryOverride ?? ingested.primary;
  if (primary !== undefined && !sources.some((s) => s.id === primary)) {
    throw new InputError(`${folder}: the draft "${primary}" is not a source of this folder; pass one of its files to --primary.`);
  }
  const raw = time('extract', () => extractStory(sources, (s) => langs.get(s.language) ?? langs.get('en')!));
  const claims = time('normalize', () => normalizeClaims(raw, sources, langs));
  const lineage = time('lineage', () => detectLineage(sources, claims, rules.lineage));
  const { slots, counterparts } = time('align', () => alignClaims(claims, sources, lineage, langs, undefined, primary));
  const findings = time('rules', () => runChecks({ sources, claims, lineage, slots, counterparts, primary, languages: langs }, rules));
  return {
    path: folder,
    sources,
    claims,
    lineage,
    slots,
    findings,
    notices: ingested.notices,
    primary,
    timings,
  };
}
