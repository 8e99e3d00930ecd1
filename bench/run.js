// `npm run bench [-- --quick]`: throughput, stage costs, start-up latency, memory, scaling and peers of
// crosscheck on real news text. Prints figures only (no assertions) and exits 0; docs/performance.md keeps them.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './build.js';
import { PoolReader, leafFolders, loadPools, writeFolder, writeStories } from './corpus.js';
import { measurePeers } from './peers.js';
import { MB, cpuMs, fmt, heading, percentile, seededRandom, table, timed } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = path.resolve(ROOT, '../shared/data');
const SEED_STORY = 'corpus/korea-russia-builders';
const quick = process.argv.includes('--quick');

const SIZES = quick
  ? { en: 0.5 * MB, nl: 0.25 * MB, scaleMB: [0.25, 0.5, 1, 2], scaleSources: [2, 8, 32], lineageSources: [10, 50], latencyRuns: 5, chrono: 0.2 * MB, recognizers: 50e3 }
  : { en: 2 * MB, nl: 1 * MB, scaleMB: [1, 2, 4, 8], scaleSources: [2, 8, 32, 128], lineageSources: [10, 50, 200, 400], latencyRuns: 20, chrono: 1 * MB, recognizers: 200e3 };
/** A scaling point slower than this skips the larger ones, so a superlinear stage cannot hang the bench. */
const SCALE_BUDGET_MS = 60_000;

const figures = {};

async function main() {
  const cpu = os.cpus();
  console.log(`# crosscheck bench${quick ? ' (--quick)' : ''}`);
  console.log(`${new Date().toISOString()} · ${cpu[0]?.model ?? 'unknown cpu'} · ${cpu.length} cores · node ${process.version} · ${os.platform()} ${os.release()}`);
  console.log(`load average ${os.loadavg().map((l) => fmt(l, 2)).join(' ')} at start (other work on the machine inflates wall times, not CPU times)`);
  console.log('MB = 10^6 bytes of UTF-8 text; in-process figures run on one core after one warm-up story.');
  ensureBuilt(ROOT);
  const dist = await loadDist();
  const rules = { checks: dist.loadCheckRules(), lineage: dist.loadLineageOptions() };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-'));
  try {
    const pools = await loadPools(ROOT, DATA);
    const random = seededRandom(42);
    const stories = {
      en: writeStories(new PoolReader(pools.en), SIZES.en, path.join(tmp, 'en'), random),
      nl: writeStories(new PoolReader(pools.nl), SIZES.nl, path.join(tmp, 'nl'), random),
    };
    await section('Throughput, one core, in process', () => throughput(dist, rules, stories));
    await section('Cost against size (one folder of 5 sources)', () => scaleBySize(dist, rules, pools.en, tmp));
    await section('Cost against number of sources (~8 KB each)', () => scaleBySources(dist, rules, pools.en, tmp));
    await section('Lineage against number of sources (~3 KB each; sketch above 200)', () => lineageBySources(dist, rules, pools.en, tmp));
    await section('Peers on the same text (per paragraph)', () => peers(stories));
    await section(`Whole process: ${SEED_STORY}`, () => latency(tmp));
    await section('The real folders (ECB+ and MEANTIME)', () => realFolders(dist, rules, tmp));
    await section('Targets (issue 6)', () => targets());
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function loadDist() {
  const load = (m) => import(path.join(ROOT, 'dist', m));
  const [pipeline, rulesMod, lineage, build, json, parallel] = await Promise.all(
    ['pipeline.js', 'engine/rules.js', 'lineage/options.js', 'report/build.js', 'report/json.js', 'cli/parallel.js'].map(load),
  );
  return {
    checkStory: pipeline.checkStory,
    loadCheckRules: rulesMod.loadCheckRules,
    loadLineageOptions: lineage.loadLineageOptions,
    buildReport: build.buildReport,
    formatJson: json.formatJson,
    checkStoriesParallel: parallel.checkStoriesParallel,
  };
}

/** A failing section prints its error and lets the others run: the bench reports, it does not judge. */
async function section(title, fn) {
  heading(title);
  try {
    await fn();
  } catch (e) {
    console.log(`  FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/** checkStory over every folder; returns total bytes, wall ms, summed stage timings and the results (none with
 *  `keep` = false: a warm pass measures work, not memory). */
function runStories(dist, rules, stories, keep = true) {
  const stages = {};
  const results = [];
  let size = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  for (const story of stories) {
    const r = dist.checkStory(story.folder, rules);
    for (const [stage, ms] of Object.entries(r.timings)) stages[stage] = (stages[stage] ?? 0) + ms;
    if (keep) results.push(r);
    size += story.bytes;
  }
  return { bytes: size, ms: performance.now() - t0, cpu: cpuMs() - c0, stages, results };
}

function throughput(dist, rules, stories) {
  const rows = [['language', 'folders', 'MB', 'wall ms', 'CPU ms', 'MB/s (CPU)', 'MB/s (wall)', 'report ms', 'MB/s incl. report (CPU)', 'MB/s warm (CPU)', 'claims', 'findings']];
  const stageRows = [];
  for (const lang of ['en', 'nl']) {
    dist.checkStory(stories[lang][0].folder, rules); // warm-up: lexicons, schemas, JIT
    const run = runStories(dist, rules, stories[lang]);
    const [, , reportCpu] = timed(() => dist.formatJson(dist.buildReport(run.results)));
    const mb = run.bytes / MB;
    // Warm: the same folders again, twice, results dropped at once; the better pass (code optimised, caches full).
    const warmCpu = Math.min(...[0, 1].map(() => runStories(dist, rules, stories[lang], false).cpu));
    figures[lang] = { mbps: mb / (run.cpu / 1000), wallMbps: mb / (run.ms / 1000), mbpsWithReport: mb / ((run.cpu + reportCpu) / 1000), warmMbps: mb / (warmCpu / 1000) };
    const count = (key) => run.results.reduce((n, r) => n + r[key].length, 0);
    rows.push([lang, stories[lang].length, fmt(mb, 2), fmt(run.ms, 0), fmt(run.cpu, 0), fmt(figures[lang].mbps), fmt(figures[lang].wallMbps), fmt(reportCpu, 0), fmt(figures[lang].mbpsWithReport), fmt(figures[lang].warmMbps), count('claims'), count('findings')]);
    // Stage timings are wall clock (pipeline.ts); scale them to the run's CPU time so shares and rates add up.
    const stageWall = Object.values(run.stages).reduce((a, b) => a + b, 0);
    const toCpu = stageWall > 0 ? run.cpu / stageWall : 1;
    for (const [stage, ms] of Object.entries({ ...mapValues(run.stages, (v) => v * toCpu), report: reportCpu })) {
      stageRows.push([`${lang} ${stage}`, fmt(ms, 0), `${fmt((100 * ms) / (run.cpu + reportCpu))}%`, fmt(mb / (ms / 1000), 0)]);
    }
  }
  table(rows);
  console.log('\n  Time per stage (StoryResult.timings summed, scaled to CPU time; report = buildReport + formatJson):');
  table([['stage', 'CPU ms', 'share', 'MB/s alone'], ...stageRows]);
}

function mapValues(obj, fn) {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}

function scalePoints(points, run) {
  let last = 0;
  const rows = [];
  for (const p of points) {
    if (last > SCALE_BUDGET_MS) {
      rows.push({ p, skipped: `previous point took ${fmt(last / 1000)} s` });
      continue;
    }
    const out = run(p);
    last = out.ms;
    rows.push({ p, ...out });
  }
  return rows;
}

function scaleBySize(dist, rules, pool, tmp) {
  const reader = new PoolReader(pool);
  const rows = scalePoints(SIZES.scaleMB, (mbTarget) => {
    const story = writeFolder(path.join(tmp, `size-${mbTarget}`), Array.from({ length: 5 }, () => reader.take((mbTarget * MB) / 5)));
    const run = runStories(dist, rules, [story]);
    return { ms: run.cpu, mb: run.bytes / MB, stages: run.stages };
  });
  printScale(rows, 'MB', (r) => r.mb, 'ms per MB', 'sizeLinearity');
}

function scaleBySources(dist, rules, pool, tmp) {
  const reader = new PoolReader(pool);
  const rows = scalePoints(SIZES.scaleSources, (n) => {
    const story = writeFolder(path.join(tmp, `sources-${n}`), Array.from({ length: n }, () => reader.take(8000)));
    const run = runStories(dist, rules, [story]);
    return { ms: run.cpu, mb: run.bytes / MB, stages: run.stages, n };
  });
  printScale(rows, 'sources', (r) => r.n, 'ms per source', 'sourceLinearity');
}

/** Issue "lineage": the lineage stage alone at 10, 50, 200 sources (all pairs) and 400 (MinHash + LSH). */
function lineageBySources(dist, rules, pool, tmp) {
  const reader = new PoolReader(pool);
  const out = [['sources', 'lineage ms (wall)', 'ms per source', 'path']];
  for (const n of SIZES.lineageSources) {
    const story = writeFolder(path.join(tmp, `lineage-${n}`), Array.from({ length: n }, () => reader.take(3000)));
    const ms = runStories(dist, rules, [story]).stages.lineage ?? 0;
    out.push([n, fmt(ms, 0), fmt(ms / n, 2), n > rules.lineage.sketch.aboveSources ? 'MinHash + LSH' : 'all pairs']);
  }
  table(out);
}

/** Time per unit at each point, with the worst stage's share, and the growth from the first to the last point. */
function printScale(rows, unit, units, perLabel, figure) {
  const stageNames = Object.keys(rows.find((r) => r.stages)?.stages ?? {});
  const out = [[unit, 'MB', 'CPU ms', perLabel, ...stageNames.map((s) => `${s} ms (wall)`)]];
  for (const r of rows) {
    if (r.skipped) out.push([r.p, '-', 'skipped', r.skipped, ...stageNames.map(() => '')]);
    else out.push([r.p, fmt(r.mb, 2), fmt(r.ms, 0), fmt(r.ms / units(r), 1), ...stageNames.map((s) => fmt(r.stages[s] ?? 0, 0))]);
  }
  table(out);
  const done = rows.filter((r) => !r.skipped);
  const first = done[0];
  const last = done[done.length - 1];
  const growth = last.ms / units(last) / (first.ms / units(first));
  figures[figure] = { growth, from: first.p, to: last.p, skipped: rows.length - done.length };
  console.log(`  ${perLabel} grows ${fmt(growth, 2)}× from ${first.p} to ${last.p} ${unit} (1.0 = linear)`);
}

async function peers(stories) {
  const paragraphs = {};
  for (const lang of ['en', 'nl']) paragraphs[lang] = stories[lang].flatMap((s) => readFolderParagraphs(s.folder));
  const measured = await measurePeers(paragraphs, { chrono: SIZES.chrono, recognizers: SIZES.recognizers });
  const rows = [['language', 'tool', 'input KB', 'MB/s', 'crosscheck ÷ tool']];
  for (const lang of ['en', 'nl']) {
    const ours = figures[lang]?.mbps;
    rows.push([lang, 'crosscheck (whole pipeline)', '', fmt(ours), '1']);
    for (const [tool, m] of Object.entries(measured[lang])) {
      rows.push([lang, tool, fmt(m.bytes / 1e3, 0), fmt(m.mbps, 2), ours ? `${fmt(ours / m.mbps)}×` : '-']);
    }
  }
  table(rows);
  console.log(`  chrono: chrono.parse (en) / chrono.nl.parse (nl), first ${SIZES.chrono / 1e3} KB; recognizers: recognizeNumber(p, Culture.English),`);
  console.log(`  first ${SIZES.recognizers / 1e3} KB only (it is slow; it has no Dutch model). Peers do one kind each; crosscheck does all stages.`);
}

function readFolderParagraphs(folder) {
  return readdirSync(folder)
    .sort()
    .flatMap((f) => readFileSync(path.join(folder, f), 'utf8').split('\n'))
    .filter((l) => l.length > 0);
}

/** Run `node args…` as a child with the usage hook; returns wall ms, the child's CPU ms (all threads, and its main
 * thread's where /proc tells it), peak RSS MB, exit code. */
function runChild(args, tmp, env = {}) {
  const usageFile = path.join(tmp, 'usage.json');
  const hook = fileURLToPath(new URL('./usage-hook.cjs', import.meta.url));
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--require', hook, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, CROSSCHECK_BENCH_USAGE: usageFile },
    maxBuffer: 64 * MB,
  });
  const wall = performance.now() - t0;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wall, cpu: usage.cpuMs, mainCpu: usage.mainThreadCpuMs, rssMB: usage.maxRssKB / 1024, status: child.status, stderr: child.stderr };
}

function latency(tmp) {
  // -o into a temp file, not /dev/null: the report is written atomically (temp file + rename), and as root a
  // rename onto /dev/null would replace the device with a regular file.
  const out = path.join(tmp, 'seed-report.json');
  const series = (args, env) => {
    runChild(args, tmp, env); // file cache
    return Array.from({ length: SIZES.latencyRuns }, () => runChild(args, tmp, env));
  };
  const summary = (runs) => {
    const p = (key, q) => percentile(runs.map((r) => r[key]), q);
    const mainCpu50 = runs.every((r) => r.mainCpu !== null) ? p('mainCpu', 50) : undefined;
    return { p50: p('wall', 50), p95: p('wall', 95), cpu50: p('cpu', 50), cpu95: p('cpu', 95), mainCpu50, status: runs[0].status, stderr: runs[0].stderr };
  };
  const bare = summary(series(['-e', '0']));
  const checkArgs = ['bin/crosscheck.js', 'check', SEED_STORY, '-f', 'json', '-o', out];
  const check = summary(series(checkArgs));
  const unbundled = summary(series(checkArgs, { CROSSCHECK_NO_BUNDLE: '1' }));
  const rows = [['command', 'runs', 'wall p50 ms', 'wall p95 ms', 'CPU p50 ms', 'CPU p95 ms', 'main thread CPU p50 ms', 'exit']];
  const label = `crosscheck check ${SEED_STORY} -f json -o <tmp>`;
  for (const [name, s] of [['node -e 0 (node start alone)', bare], [label, check], [`CROSSCHECK_NO_BUNDLE=1 ${label}`, unbundled]]) {
    rows.push([name, SIZES.latencyRuns, fmt(s.p50, 0), fmt(s.p95, 0), fmt(s.cpu50, 0), fmt(s.cpu95, 0), s.mainCpu50 === undefined ? '-' : fmt(s.mainCpu50, 0), s.status]);
  }
  table(rows);
  if (check.status === 2) console.log(`  stderr: ${check.stderr.trim().split('\n')[0]}`);
  figures.latency = check;
  startupBreakdown();
}

/** Where a fresh process spends its time before and during the seed story (bench/startup.js in a child), through
 * the bundle with its code cache (what bin/crosscheck.js runs) and through the dist/ modules (its fallback). */
function startupBreakdown() {
  for (const mode of ['bundle', 'modules']) {
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('./startup.js', import.meta.url)), SEED_STORY, mode], { cwd: ROOT, encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`  start-up breakdown (${mode}) failed: ${child.stderr.trim().split('\n')[0]}`);
      continue;
    }
    const { steps, cold, warm } = JSON.parse(child.stdout);
    console.log(`\n  Start-up of one process through the ${mode}, step by step (wall ms, bench/startup.js):`);
    table([['step', 'ms'], ...steps.map(([name, ms]) => [name, fmt(ms, 0)])]);
    if (!cold) continue;
    const stages = Object.keys(cold);
    table([['stage (seed story)', ...stages], ['first run ms', ...stages.map((s) => fmt(cold[s], 0))], ['second run ms', ...stages.map((s) => fmt(warm[s], 0))]]);
  }
}

async function realFolders(dist, rules, tmp) {
  const folders = [...leafFolders(path.join(DATA, 'ecbplus')), ...leafFolders(path.join(DATA, 'meantime-pairs'))];
  const out = path.join(tmp, 'real-report.json');
  const run = runChild(['bin/crosscheck.js', 'check', ...folders, '-f', 'json', '-o', out], tmp);
  figures.real = { folders: folders.length, ...run };
  console.log(`  ${folders.length} folders in one \`crosscheck check … -f json -o <tmp>\`: ${fmt(run.wall / 1000, 2)} s wall, ${fmt(run.cpu / 1000, 2)} s CPU, exit ${run.status}, peak RSS ${fmt(run.rssMB, 0)} MB`);
  if (run.status === 2) console.log(`  stderr: ${run.stderr.trim().split('\n')[0]}`);

  const rows = [['in process', 'jobs', 'wall s', 'stories/s']];
  for (const jobs of [1, 2]) {
    const [, ms] = await timedAsync(() => dist.checkStoriesParallel(folders, jobs, rules));
    rows.push(['checkStoriesParallel', jobs, fmt(ms / 1000, 2), fmt(folders.length / (ms / 1000), 0)]);
  }
  table(rows);
  console.log(`  (${os.cpus().length} cores, shared with whatever else runs on this machine)`);
}

async function timedAsync(fn) {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

function targets() {
  const f = figures;
  const mark = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT MET');
  const rows = [['target', 'measured', 'status']];
  rows.push(['English ≥ 10 MB/s, one core', f.en ? `${fmt(f.en.mbps)} MB/s CPU (${fmt(f.en.wallMbps)} wall; warm ${fmt(f.en.warmMbps)})` : '-', mark(f.en && f.en.mbps >= 10)]);
  const ratio = f.en && f.nl ? f.en.mbps / f.nl.mbps : undefined;
  rows.push(['Dutch within 1.5× of English', ratio ? `en/nl = ${fmt(ratio, 2)}` : '-', mark(ratio && ratio <= 1.5)]);
  rows.push(['seed story < 150 ms incl. node start (p50)', f.latency ? `wall p50 ${fmt(f.latency.p50, 0)} / p95 ${fmt(f.latency.p95, 0)} ms, CPU p50 ${fmt(f.latency.cpu50, 0)} ms` : '-', mark(f.latency && f.latency.p50 < 150)]);
  rows.push([`${f.real?.folders ?? 188} real folders < 10 s`, f.real ? `${fmt(f.real.wall / 1000, 2)} s wall, ${fmt(f.real.cpu / 1000, 2)} s CPU (exit ${f.real.status})` : '-', mark(f.real && f.real.wall < 10_000 && f.real.status !== 2)]);
  rows.push(['peak RSS < 200 MB', f.real ? `${fmt(f.real.rssMB, 0)} MB` : '-', mark(f.real && f.real.rssMB < 200)]);
  for (const [key, label] of [['sizeLinearity', 'linear in size (ms/MB growth ≤ 1.5×)'], ['sourceLinearity', 'linear in sources (ms/source growth ≤ 1.5×)']]) {
    const g = f[key];
    rows.push([label, g ? `${fmt(g.growth, 2)}× (${g.from}→${g.to}${g.skipped ? `, ${g.skipped} skipped` : ''})` : '-', mark(g && !g.skipped && g.growth <= 1.5)]);
  }
  table(rows);
}

await main();
