// Preloaded with `node --import` into a crosscheck child: at exit, writes its peak RSS (kB) and CPU time (ms,
// user + system since the process started) as JSON to $CROSSCHECK_BENCH_USAGE. CPU time stays meaningful when
// other work shares the machine; wall time does not.

import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.CROSSCHECK_BENCH_USAGE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRssKB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
