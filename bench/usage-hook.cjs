// Preloaded with `node --require` into a crosscheck child: at exit, writes its peak RSS (kB) and CPU time (ms,
// user + system since the process started) as JSON to $CROSSCHECK_BENCH_USAGE. CPU time stays meaningful when
// other work shares the machine; wall time does not. CommonJS and --require, not an ES module and --import: an
// --import starts node's ES module loader, which the CLI's own start-up avoids (bin/package.json), ~10–20 ms.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.CROSSCHECK_BENCH_USAGE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRssKB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
