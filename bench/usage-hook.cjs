// Preloaded with `node --require` into a crosscheck child: at exit, writes its peak RSS (kB), CPU time (ms,
// user + system since the process started, all threads) and, on Linux, the main thread's own CPU time (ms: V8's
// compiler and GC threads left out, so about the wall time on an idle machine) as JSON to $CROSSCHECK_BENCH_USAGE.
// CPU times stay meaningful when other work shares the machine; wall time does not. CommonJS and --require, not an
// ES module and --import: an --import starts node's ES module loader, which the CLI's own start-up avoids
// (bin/package.json), ~10–20 ms.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.CROSSCHECK_BENCH_USAGE;
  if (!file) return;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeFileSync(file, JSON.stringify({ maxRssKB: usage.maxRSS, cpuMs, mainThreadCpuMs: mainThreadCpuMs() }));
});

/** The first field of the main thread's schedstat is the time it has run, in ns; null without /proc. */
function mainThreadCpuMs() {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}
