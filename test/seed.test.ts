// What the seed story's report must show (issue: the spine), asserted on the report itself so a wrong
// golden file cannot hide a regression.

import { describe, expect, it } from 'vitest';
import { checkStory } from '../src/pipeline.js';
import { buildReport } from '../src/report/build.js';
import type { ReportSlot, StoryReport } from '../src/report/model.js';
import { bundledRules } from './helpers/story.js';

const report: StoryReport = buildReport([checkStory('corpus/korea-russia-builders', bundledRules())]).stories[0];
const id = (prefix: string) => report.sources.find((s) => s.id.startsWith(prefix))!.id;
const [s0, s1, s2, s3, s4] = ['000', '001', '002', '003', '004'].map(id);

function slotWith(pred: (slot: ReportSlot) => boolean): ReportSlot {
  const found = report.slots.filter(pred);
  expect(found.length, 'exactly one slot matches').toBe(1);
  return found[0];
}
const sourcesOf = (slot: ReportSlot) => slot.claims.map((c) => c.source).sort();
const hasValue = (slot: ReportSlot, source: string, value: unknown) => slot.claims.some((c) => c.source === source && JSON.stringify(c.value) === JSON.stringify(value));

describe('seed story', () => {
  it('reads five sources, 002 in Dutch, the header date of 001, and infers the others', () => {
    expect(report.sources).toHaveLength(5);
    expect(report.sources.find((s) => s.id === s2)!.language).toBe('nl');
    expect(report.sources.filter((s) => s.id !== s2).every((s) => s.language === 'en')).toBe(true);
    expect(report.sources.find((s) => s.id === s1)!.published).toBe('2025-06-18');
    const s0meta = report.sources.find((s) => s.id === s0)!;
    expect(s0meta.published).toBe('2025-06-18');
    expect(s0meta.publishedInferred).toBe(true);
  });

  it('resolves "Tuesday" in 001 to 2025-06-17', () => {
    const tuesday = report.slots.flatMap((s) => s.claims).find((c) => c.source === s1 && c.text === 'Tuesday');
    expect(tuesday?.value).toBe('2025-06-17');
  });

  it('holds the total personnel in one slot: 6,000 in 000 and 001, 6.000 in 002, no conflict', () => {
    const slot = slotWith((s) => s.kind === 'quantity' && hasValue(s, s0, 6000) && s.claims.some((c) => c.role === 'personnel'));
    expect(hasValue(slot, s1, 6000) && hasValue(slot, s2, 6000)).toBe(true);
    expect(slot.claims.find((c) => c.source === s2)!.text).toContain('6.000');
    expect(slot.status).not.toBe('conflict');
  });

  it('holds the 1,000 deminers of all five sources in one slot, no conflict', () => {
    const slot = slotWith((s) => s.kind === 'quantity' && hasValue(s, s3, 1000));
    expect(sourcesOf(slot)).toEqual([s0, s1, s2, s3, s4]);
    expect(slot.claims.every((c) => c.value === 1000)).toBe(true);
    expect(slot.status).toBe('agree');
  });

  it('holds the 5,000 builders of all five sources in one slot, no conflict on the number', () => {
    const slot = slotWith((s) => s.kind === 'quantity' && hasValue(s, s3, 5000));
    expect(sourcesOf(slot)).toEqual([s0, s1, s2, s3, s4]);
    expect(slot.status).toBe('agree');
  });

  it('warns that one amount is two brigades in 000, 001, 002 and a division in 003, 004', () => {
    const w = report.findings.filter((f) => f.ruleId === 'composition' && f.severity === 'warning');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/brigade/);
    expect(w[0].message).toMatch(/division/);
    expect([...w[0].sources].sort()).toEqual([s0, s1, s2, s3, s4]);
  });

  it('aligns June 4 = 4 juni (2025-06-04) and June 2024 = juni 2024 (2024-06)', () => {
    const june4 = slotWith((s) => s.kind === 'date' && hasValue(s, s2, '2025-06-04'));
    expect(hasValue(june4, s0, '2025-06-04') && hasValue(june4, s1, '2025-06-04')).toBe(true);
    expect(june4.status).not.toBe('conflict');
    const june2024 = slotWith((s) => s.kind === 'date' && hasValue(s, s2, '2024-06'));
    expect(hasValue(june2024, s0, '2024-06') && hasValue(june2024, s1, '2024-06')).toBe(true);
    expect(june2024.status).not.toBe('conflict');
  });

  it('aligns Pyongyang across the sources and merges Shoygu = Shoigu, Putin = Poetin, Kim Jong-un = Kim Jong Un', () => {
    const entity = (text: string) => slotWith((s) => !s.id.includes(':title:') && !s.id.includes(':event:') && s.claims.some((c) => c.text === text));
    expect(sourcesOf(entity('Pyongyang'))).toEqual([s0, s1, s2, s3, s4]);
    expect(sourcesOf(entity('Sergei Shoigu'))).toEqual([s0, s1, s2, s3, s4]);
    expect(entity('Sergei Shoigu')).toBe(entity('Sergey Shoygu'));
    expect(entity('Vladimir Poetin')).toBe(entity('Vladimir Putin'));
    expect(entity('Kim Jong-un')).toBe(entity('Kim Jong Un'));
  });

  it('has "Around 600" killed in 003 and 004 only, one origin', () => {
    const slot = slotWith((s) => s.kind === 'quantity' && s.claims.some((c) => c.text.startsWith('Around 600')));
    expect(sourcesOf(slot)).toEqual([s3, s4]);
    expect(slot.status).toBe('single');
  });

  it('gives no error finding', () => {
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });

  it('finds two independent origins: 000 = 001 = 002 and 003 = 004', () => {
    const lineage = (s: string) => report.sources.find((x) => x.id === s)!.lineage;
    expect(lineage(s1)).toBe(lineage(s0));
    expect(lineage(s2)).toBe(lineage(s0));
    expect(lineage(s4)).toBe(lineage(s3));
    expect(lineage(s3)).not.toBe(lineage(s0));
    expect(report.summary.origins).toBe(2);
  });
});
