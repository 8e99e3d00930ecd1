// --jobs N: worker threads must give exactly what the sequential loop gives, in input order.

import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkStoriesParallel } from '../../src/cli/parallel.js';
import { InputError } from '../../src/errors.js';
import type { StoryResult } from '../../src/pipeline.js';
// @ts-expect-error plain JavaScript module of the bench, no type declarations
import { ensureBuilt } from '../../bench/build.js';
import { ROOT, bundledRules, corpusStories } from './story.js';

/** Wall-clock timings differ run to run; everything else must be identical. */
const withoutTimings = (results: StoryResult[]) => results.map(({ timings: _t, ...rest }) => rest);

let base: string;
let folders: string[];

beforeAll(() => {
  ensureBuilt(ROOT); // the workers run the compiled pipeline in dist/
  // Six different folders: the corpus story, then variants of it with fewer sources or one source changed.
  base = mkdtempSync(path.join(tmpdir(), 'crosscheck-parallel-'));
  const seed = corpusStories()[0];
  const files = readdirSync(seed).sort();
  folders = Array.from({ length: 6 }, (_, i) => {
    const dir = path.join(base, `story-${i}`);
    cpSync(seed, dir, { recursive: true });
    for (const f of files.slice(files.length - (i % 3))) rmSync(path.join(dir, f));
    if (i >= 3) writeFileSync(path.join(dir, files[0]), readFileSync(path.join(seed, files[0]), 'utf8').split('\n').reverse().join('\n'));
    return dir;
  });
  return () => rmSync(base, { recursive: true, force: true });
}, 120_000);

describe('checkStoriesParallel', () => {
  it('gives the same results in the same order with 1 and 3 jobs', async () => {
    const rules = bundledRules();
    const one = await checkStoriesParallel(folders, 1, rules);
    const three = await checkStoriesParallel(folders, 3, rules);
    expect(three.map((r) => r.path)).toEqual(folders);
    expect(one.map((r) => r.path)).toEqual(folders);
    expect(new Set(one.map((r) => r.sources.length)).size).toBeGreaterThan(1); // the folders really differ
    expect(one.every((r) => r.claims.length > 0)).toBe(true);
    expect(withoutTimings(three)).toEqual(withoutTimings(one));
  }, 120_000);

  it('passes the draft (primary) to the workers', async () => {
    const draft = readdirSync(folders[0]).sort()[0].replace(/\.txt$/, '');
    const results = await checkStoriesParallel(folders.slice(0, 3), 2, bundledRules(), draft);
    expect(results.map((r) => r.primary)).toEqual([draft, draft, draft]);
  }, 60_000);

  it('fails like the sequential loop: the earliest failing folder, as an InputError', async () => {
    const missing = (n: number) => path.join(base, `missing-${n}`);
    const list = [folders[0], missing(1), folders[1], missing(2), folders[2]];
    const sequential = await checkStoriesParallel(list, 1, bundledRules()).catch((e: unknown) => e);
    const parallel = await checkStoriesParallel(list, 3, bundledRules()).catch((e: unknown) => e);
    expect(sequential).toBeInstanceOf(InputError);
    expect(parallel).toBeInstanceOf(InputError);
    expect((parallel as Error).message).toBe((sequential as Error).message);
    expect((parallel as Error).message).toContain('missing-1');
  }, 60_000);

  it('runs in process for one job, one folder, or a nonsense job count', async () => {
    for (const jobs of [0, 1, Number.NaN]) {
      const [r] = await checkStoriesParallel([folders[0]], jobs, bundledRules());
      expect(r.path).toBe(folders[0]);
    }
    const [single] = await checkStoriesParallel([folders[1]], 4, bundledRules());
    expect(single.path).toBe(folders[1]);
  }, 60_000);
});
