// Preloaded with `node --import` into a crosscheck child: writes its peak RSS (kB) to $CROSSCHECK_BENCH_RSS at exit.

import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.CROSSCHECK_BENCH_RSS;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
