// Build a temporary story folder from texts and run the pipeline on it: how the rule tester and the CLI
// tests feed stories without touching corpus/.

import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkStory, type StoryResult } from '../../src/pipeline.js';
import { loadRules, type LoadedRules } from '../../src/index.js';

export function writeStory(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-story-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name.includes('.') ? name : `${name}.txt`), text);
  return dir;
}

export function bundledRules(only?: string[]): LoadedRules {
  const rules = loadRules();
  return { ...rules, checks: rules.checks.filter((r) => !only || only.includes(r.id)) };
}

export function runStory(files: Record<string, string>, rules = bundledRules(), primary?: string): StoryResult {
  const dir = writeStory(files);
  try {
    return checkStory(dir, rules, primary);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
