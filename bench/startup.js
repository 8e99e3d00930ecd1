// Run in a fresh process by bench/run.js: where the start-up of `crosscheck check <seed story>` goes, step by
// step (module loading, lexicon and rule validation, the pipeline cold and warm, the report). Prints JSON.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const story = path.join(ROOT, process.argv[2]);
const dist = (m) => import(path.join(ROOT, 'dist', m));
const steps = [];
let last = performance.now();
const step = (name) => {
  const now = performance.now();
  steps.push([name, now - last]);
  last = now;
};

await import('yargs');
step('import yargs');
await dist('cli/main.js');
step('import cli/main (rest)');
const { checkStory } = await dist('pipeline.js');
step('import pipeline (all stages, ajv)');
const [{ loadCheckRules }, { loadLineageOptions }, { loadLanguages }] = await Promise.all(
  ['engine/rules.js', 'lineage/options.js', 'lexicon/load.js'].map(dist),
);
step('import rule loaders');
loadLanguages();
step('loadLanguages (read + validate rules/lang)');
const rules = { checks: loadCheckRules(), lineage: loadLineageOptions() };
step('load + validate checks and lineage');
const cold = checkStory(story, rules);
step('checkStory, first run');
const warm = checkStory(story, rules);
step('checkStory, second run');
const [{ buildReport }, { formatJson }] = await Promise.all(['report/build.js', 'report/json.js'].map(dist));
formatJson(buildReport([warm]));
step('buildReport + formatJson');
console.log(JSON.stringify({ steps, cold: cold.timings, warm: warm.timings, sinceStart: performance.now() }));
