// Expectation tests on real stories: the gold's shape and texts are checked, then crosscheck is scored
// against it. The floors below are the figures measured when the gold was last scored (docs/accuracy.md):
// a change that lowers precision or recall, or adds an error finding on a consistent story, fails here.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { bundledRules } from '../helpers/story.js';
import { ACCURACY_DIR, accuracyMarkdown, combinedTotals, type Gold, loadGold, scoreDraftRuns, scoreFolder, scoreTranslationDrafts, totals, totalsLine } from './score.js';

const FLOORS = JSON.parse(readFileSync(path.join(ACCURACY_DIR, 'floors.json'), 'utf8')) as {
  precision: number;
  recall: number;
  draftPrecision: number;
  draftRecall: number;
  /** Translation pairs as drafts: at most this many unsupported-claim warnings, and at least this share of changed figures caught. */
  translationUnsupportedMax: number;
  translationChangedCaught: number;
};
const golds = loadGold();
/** The blind held-out set (README.md): validated like the gold, scored and printed separately, no floor yet. */
const heldout = loadGold('heldout');

function checkGoldFiles(set: Gold[]) {
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(ACCURACY_DIR, 'gold.schema.json'), 'utf8')));
  for (const g of set) {
    expect(validate(g), `${g.folder}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const text = (source: string) => readFileSync(path.join(ACCURACY_DIR, 'data', g.folder, `${source}.txt`), 'utf8');
    for (const c of g.conflicts) for (const v of c.values) for (const s of v.sources) expect(text(s), `${g.folder} ${s}: "${v.text}"`).toContain(v.text);
  }
}

describe('accuracy gold', () => {
  it('has 20 folders, valid against its schema, with texts that are in their sources', () => {
    expect(golds.length).toBeGreaterThanOrEqual(20);
    checkGoldFiles(golds);
  });

  it('has a held-out set of 50 other folders, valid the same way', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(50);
    const tuned = new Set(golds.map((g) => g.folder));
    expect(heldout.filter((g) => tuned.has(g.folder)).map((g) => g.folder)).toEqual([]);
    checkGoldFiles(heldout);
  });
});

describe('accuracy on real stories', () => {
  const scores = golds.map((g) => scoreFolder(g, bundledRules()));
  const t = totals(scores);
  const heldScores = heldout.map((g) => scoreFolder(g, bundledRules()));
  const h = totals(heldScores);
  const drafts = {
    gold: scoreDraftRuns(golds, bundledRules()),
    heldout: scoreDraftRuns(heldout, bundledRules()),
    translations: scoreTranslationDrafts([...golds, ...heldout], bundledRules()),
  };
  const tr = drafts.translations;
  console.log(
    [
      totalsLine('gold (tuned)', t),
      totalsLine('held-out (blind)', h),
      totalsLine('combined', combinedTotals(t, h)),
      totalsLine('draft mode, gold', drafts.gold),
      totalsLine('draft mode, held-out', drafts.heldout),
      `translation pairs as drafts: ${tr.runs} runs, ${tr.unsupported} unsupported-claim warnings (${tr.unsupportedReal} on a gold conflict), ${tr.caught} of ${tr.changed} changed figures caught`,
    ].join('\n'),
  );
  if (process.env.UPDATE_ACCURACY) writeFileSync('docs/accuracy.md', accuracyMarkdown(scores, t, { scores: heldScores, totals: h }, drafts));

  it('gives no error finding on a consistent story', () => {
    expect(t.errorsOnConsistent).toBe(0);
  });

  it(`keeps precision ≥ ${FLOORS.precision} and recall ≥ ${FLOORS.recall} on conflicts`, () => {
    expect(t.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(t.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  it(`in draft mode, gives no error on a consistent story and keeps precision ≥ ${FLOORS.draftPrecision} and recall ≥ ${FLOORS.draftRecall}`, () => {
    expect(drafts.gold.errorsOnConsistent).toBe(0);
    expect(drafts.gold.precision).toBeGreaterThanOrEqual(FLOORS.draftPrecision);
    expect(drafts.gold.recall).toBeGreaterThanOrEqual(FLOORS.draftRecall);
  });

  it(`with a translation as the draft, gives at most ${FLOORS.translationUnsupportedMax} unsupported-claim warnings and catches ≥ ${FLOORS.translationChangedCaught} of its changed figures`, () => {
    expect(tr.unsupported).toBeLessThanOrEqual(FLOORS.translationUnsupportedMax);
    expect(tr.caught / tr.changed).toBeGreaterThanOrEqual(FLOORS.translationChangedCaught);
  });
});
