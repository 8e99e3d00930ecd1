// Run in a fresh process by bench/run.js: where the start-up of `crosscheck check <seed story>` goes, step by step.
// Prints JSON. Two start-up paths (bin/crosscheck.js takes the first that works):
//   `node bench/startup.js <story> bundle`: the bundle compiled with its V8 code cache (bin/bundle.js), the CLI
//     run twice (cold, then warm code);
//   `node bench/startup.js <story> modules`: the dist/ modules (the fallback), module loading and the pipeline
//     measured apart, with the stage times of a cold and a warm checkStory.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const nodeStart = performance.now(); // performance's time origin is the process start
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const story = path.join(ROOT, process.argv[2]);
const mode = process.argv[3] ?? 'bundle';
const dist = (m) => import(path.join(ROOT, 'dist', m));
const steps = [['node start-up, before this script', nodeStart]];
let last = performance.now();
const step = (name) => {
  const now = performance.now();
  steps.push([name, now - last]);
  last = now;
};

if (mode === 'bundle') {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-startup-'));
  const { loadBundle } = await import('../bin/bundle.js');
  const bundle = loadBundle();
  if (!bundle) throw new Error('no usable bundle: run `npm run build` (or CROSSCHECK_NO_BUNDLE is set)');
  step(`load the bundle (code cache ${bundle.cacheUsed ? 'used' : 'missing or rejected'})`);
  // The V8 flags the CLI's own process sets for a check (src/cli/v8-flags.ts), as bin/crosscheck.js would.
  const { tuneV8ForCheck } = await dist('cli/v8-flags.js');
  const io = { stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd: ROOT, beforeCheck: tuneV8ForCheck };
  const check = () => bundle.main(['check', story, '-f', 'json', '-o', path.join(scratch, 'report.json')], io);
  await check();
  step('check -f json -o <tmp>, first run (parse, rules, pipeline, report)');
  await check();
  step('the same, second run (warm code)');
  rmSync(scratch, { recursive: true, force: true });
  console.log(JSON.stringify({ steps, sinceStart: performance.now() }));
} else {
  await import('yargs');
  step('import yargs');
  await dist('cli/main.js');
  step('import cli/main (rest)');
  const { checkStory } = await dist('pipeline.js');
  step('import pipeline (all stages)');
  const [{ loadCheckRules }, { loadLineageOptions }, { loadLanguages }] = await Promise.all(
    ['engine/rules.js', 'lineage/options.js', 'lexicon/load.js'].map(dist),
  );
  step('import rule loaders');
  loadLanguages();
  step('loadLanguages (read rules/lang)');
  const rules = { checks: loadCheckRules(), lineage: loadLineageOptions() };
  step('load checks and lineage');
  (await dist('cli/v8-flags.js')).tuneV8ForCheck([story]); // as the CLI does before a check
  const cold = checkStory(story, rules);
  step('checkStory, first run');
  const warm = checkStory(story, rules);
  step('checkStory, second run');
  const [{ buildReport }, { formatJson }] = await Promise.all(['report/build.js', 'report/json.js'].map(dist));
  formatJson(buildReport([warm]));
  step('buildReport + formatJson');
  console.log(JSON.stringify({ steps, cold: cold.timings, warm: warm.timings, sinceStart: performance.now() }));
}
