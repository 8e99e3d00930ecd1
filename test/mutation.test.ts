// Any one source changed in a number, date, place or person must show as a conflict naming that source;
// a paraphrase must not. Each case edits one seed file in a temporary copy of the story.

import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../src/pipeline.js';
import { bundledRules } from './helpers/story.js';

const SEED = 'corpus/korea-russia-builders';
const CONFLICT_RULES = ['numeric-agreement', 'date-agreement', 'entity-agreement'];

function mutated(prefix: string, from: string, to: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-mutation-'));
  cpSync(SEED, dir, { recursive: true });
  const file = readdirSync(dir).find((f) => f.startsWith(prefix))!;
  const text = readFileSync(path.join(dir, file), 'utf8');
  expect(text, `${file} contains "${from}"`).toContain(from);
  writeFileSync(path.join(dir, file), text.split(from).join(to));
  const result = checkStory(dir, bundledRules());
  const id = file.replace(/\.txt$/, '');
  const conflicts = result.findings.filter((f) => CONFLICT_RULES.includes(f.ruleId) && f.severity !== 'info');
  return { id, conflicts };
}

describe('a changed source shows as a conflict naming it', () => {
  it.each([
    ['004', 'Around 600', 'Around 900'],
    ['000', '6,000 personnel', '7,000 personnel'],
    ['002', '1.000 gevechtsveld-ingenieurs', '1.500 gevechtsveld-ingenieurs'],
    ['003', '1,000 deminers', '2,000 deminers'],
    ['001', 'June 4', 'June 5'],
    ['002', 'juni 2024', 'juni 2023'],
    ['000', 'in Pyongyang on Tuesday', 'in Seoul on Tuesday'],
    ['001', 'Russian President Vladimir Putin', 'Russian President Dmitry Medvedev'],
    ['003', 'Sergei Shoigu, head of', 'Nikolai Patrushev, head of'],
  ])('%s: "%s" → "%s"', (prefix, from, to) => {
    const { id, conflicts } = mutated(prefix, from, to);
    expect(conflicts.some((f) => f.sources.includes(id)), conflicts.map((f) => f.message).join('\n') || 'no conflict').toBe(true);
  });
});

describe('a paraphrase does not', () => {
  it.each([
    ['000', '6,000 personnel to Russia', 'six thousand personnel to Russia'],
    ['001', '5,000 military builders', '5000 military builders'],
    ['003', 'Around 600', 'About 600'],
    ['004', 'Kim Jong Un', 'Kim Jong-un'],
  ])('%s: "%s" → "%s"', (prefix, from, to) => {
    const { conflicts } = mutated(prefix, from, to);
    expect(conflicts.map((f) => f.message)).toEqual([]);
  });
});
