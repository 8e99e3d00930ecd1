// Score crosscheck against the hand-made gold: a reported conflict (a finding of an agreement rule) is a true
// positive when its claims cover two different answers of one gold conflict; a gold conflict is found when some
// reported conflict covers it. Claims and gold texts are matched by overlapping spans in the source text.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkStory } from '../../src/pipeline.js';
import type { Finding } from '../../src/model.js';
import type { LoadedRules } from '../../src/engine/index.js';

export const ACCURACY_DIR = path.resolve('test/accuracy');
/** Rules whose findings tell an editor that sources differ. Spelling variants are infos, but they are how a
 *  differently spelled name (Robyn / Robin) reaches the editor, so they count as reported discrepancies. */
const CONFLICT_RULES = new Set(['numeric-agreement', 'date-agreement', 'entity-agreement', 'spelling-variants']);

export interface GoldValue {
  text: string;
  sources: string[];
}
export interface GoldConflict {
  kind: string;
  slot: string;
  values: GoldValue[];
  note: string;
  tags?: string[];
}
export interface GoldQuiet {
  kind: string;
  slot: string;
  texts: string[];
  sources: string[];
  note: string;
  tags?: string[];
}
export interface Gold {
  folder: string;
  summary: string;
  conflicts: GoldConflict[];
  quiet: GoldQuiet[];
}

export interface FolderScore {
  folder: string;
  reported: { finding: Finding; matched: string | null; quietBroken: string | null }[];
  conflicts: { conflict: GoldConflict; found: boolean }[];
  errorFindings: number;
}

export function loadGold(): Gold[] {
  const dir = path.join(ACCURACY_DIR, 'gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold);
}

export function scoreFolder(gold: Gold, rules: LoadedRules): FolderScore {
  const folder = path.join(ACCURACY_DIR, 'data', gold.folder);
  const result = checkStory(folder, rules);
  const texts = new Map(result.sources.map((s) => [s.id, s.text]));
  const spans = (text: string, sources: string[]) =>
    sources.flatMap((source) => occurrences(texts.get(source) ?? '', text).map((start) => ({ source, start, end: start + text.length })));
  const covers = (f: Finding, value: { text: string; sources: string[] }) => {
    const targets = spans(value.text, value.sources);
    return f.claims.some((c) => targets.some((t) => t.source === c.source && c.start < t.end && t.start < c.end));
  };
  const reportedConflicts = result.findings.filter((f) => CONFLICT_RULES.has(f.ruleId) && (f.severity !== 'info' || f.ruleId === 'spelling-variants'));
  const matches = (f: Finding, g: GoldConflict) => g.values.filter((v) => covers(f, v)).length >= 2;
  return {
    folder: gold.folder,
    reported: reportedConflicts.map((finding) => ({
      finding,
      matched: gold.conflicts.find((g) => matches(finding, g))?.slot ?? null,
      quietBroken:
        gold.quiet.find((q) => q.texts.filter((t) => covers(finding, { text: t, sources: q.sources })).length >= 1 && !gold.conflicts.some((g) => matches(finding, g)))?.slot ??
        null,
    })),
    conflicts: gold.conflicts.map((conflict) => ({ conflict, found: reportedConflicts.some((f) => matches(f, conflict)) })),
    errorFindings: result.findings.filter((f) => f.severity === 'error').length,
  };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export interface Totals {
  reported: number;
  truePositives: number;
  goldConflicts: number;
  found: number;
  precision: number;
  recall: number;
  /** Error findings in folders whose gold has no conflict. */
  errorsOnConsistent: number;
}

export function totals(scores: FolderScore[]): Totals {
  const reported = scores.reduce((n, s) => n + s.reported.length, 0);
  const truePositives = scores.reduce((n, s) => n + s.reported.filter((r) => r.matched).length, 0);
  const goldConflicts = scores.reduce((n, s) => n + s.conflicts.length, 0);
  const found = scores.reduce((n, s) => n + s.conflicts.filter((c) => c.found).length, 0);
  return {
    reported,
    truePositives,
    goldConflicts,
    found,
    precision: reported ? truePositives / reported : 1,
    recall: goldConflicts ? found / goldConflicts : 1,
    errorsOnConsistent: scores.filter((s) => s.conflicts.length === 0).reduce((n, s) => n + s.errorFindings, 0),
  };
}

/** docs/accuracy.md: the figures and every miss and false alarm, listed. */
export function accuracyMarkdown(scores: FolderScore[], t: Totals): string {
  const pct = (x: number) => x.toFixed(2);
  const lines = [
    '# Accuracy on real stories',
    '',
    'Measured by `test/accuracy/accuracy.test.ts` against the hand-made gold in `test/accuracy/gold/` (20 folders of',
    '`shared/data`, copied to `test/accuracy/data/`: 10 ECB+ English clusters, 10 MEANTIME English/Dutch pairs). The gold',
    'was written by reading the texts, before and without running crosscheck. Regenerate with',
    '`UPDATE_ACCURACY=1 npx vitest run test/accuracy`.',
    '',
    'A reported conflict is a finding of `numeric-agreement`, `date-agreement` or `entity-agreement` (error or',
    'warning), or of `spelling-variants` (info: how a differently spelled name reaches the editor). It is a true',
    'positive when its claims cover two different answers of one gold conflict.',
    '',
    '| measure | value |',
    '|---|---|',
    `| reported conflicts | ${t.reported} |`,
    `| of which real (precision) | ${t.truePositives} (${pct(t.precision)}) |`,
    `| gold conflicts | ${t.goldConflicts} |`,
    `| of which reported (recall) | ${t.found} (${pct(t.recall)}) |`,
    `| error findings on the consistent stories | ${t.errorsOnConsistent} |`,
    '',
    '## Where it stands',
    '',
    'Precision is close to target on what is reported; recall is far from it. The misses below fall in four groups:',
    'independent reports whose sentences share too little context for a contradicting value to be aligned (fall',
    'heights, deal prices, market shares: `minContext` in `rules/align.json`), name spellings the entity stage does',
    'not merge (Rait / Raite, Catherine / Katherine: short or differently initialled tokens are kept apart on',
    'purpose, so Kim Jong Il never merges with Kim Jong Un), extraction gaps (phone numbers, "a prior DWI",',
    '"twenty-six mils"), and a date-and-time claim in one language against a date and a time in the other.',
    '',
    'Sensitivity of the context threshold for contradicting quantities, measured on this gold (2026-11-22; the',
    'shipped value, 0.25, was chosen before the sweep and kept so as not to fit the gold):',
    '',
    '| minContext quantity | precision | recall |',
    '|---|---|---|',
    '| 0.15 | 0.61 | 0.42 |',
    '| 0.20 | 0.71 | 0.39 |',
    '| 0.25 | 0.79 | 0.35 |',
    '',
    'Making `money.deal` an event frame (one deal price per story, like one death toll) raised precision from 0.77 to',
    '0.79 and recall from 0.32 to 0.35; over all 188 folders it added 3 error findings in ECB+ and none in MEANTIME.',
    '',
    '## Per folder',
    '',
    '| folder | gold conflicts | found | reported | real |',
    '|---|---|---|---|---|',
    ...scores.map(
      (s) => `| ${s.folder} | ${s.conflicts.length} | ${s.conflicts.filter((c) => c.found).length} | ${s.reported.length} | ${s.reported.filter((r) => r.matched).length} |`,
    ),
    '',
    '## Misses (gold conflicts not reported)',
    '',
    ...scores.flatMap((s) =>
      s.conflicts.filter((c) => !c.found).map((c) => `- ${s.folder} — ${c.conflict.slot}: ${c.conflict.values.map((v) => `"${v.text}" (${v.sources.join(', ')})`).join(' vs ')}${c.conflict.tags?.length ? ` [${c.conflict.tags.join(', ')}]` : ''}`),
    ),
    '',
    '## False alarms (reported conflicts the gold does not have)',
    '',
    ...scores.flatMap((s) =>
      s.reported.filter((r) => !r.matched).map((r) => `- ${s.folder} — ${r.finding.severity}: ${r.finding.message.replace(/\s+/g, ' ').slice(0, 300)}${r.quietBroken ? ` (gold says quiet: ${r.quietBroken})` : ''}`),
    ),
    '',
  ];
  return lines.join('\n');
}
