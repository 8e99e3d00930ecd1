// Helpers of the perf tests: real story folders, temp folders of generated text, a fresh dist/ for workers.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCheckRules } from '../../src/engine/rules.js';
import { loadLineageOptions } from '../../src/lineage/options.js';
import type { LoadedRules } from '../../src/engine/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function bundledRules(): LoadedRules {
  return { checks: loadCheckRules(), lineage: loadLineageOptions() };
}

/** The story folders under corpus/ (each holds source files directly). */
export function corpusStories(): string[] {
  const corpus = path.join(ROOT, 'corpus');
  return readdirSync(corpus, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(corpus, e.name));
}

/** Write a story folder of named texts in a temp dir, hand it to fn, then remove it. */
export function withStory<T>(files: Record<string, string>, fn: (folder: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-perf-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, `${name}.txt`), text);
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
