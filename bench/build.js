// The bench measures the compiled code in dist/ (and the start-up bundle made from it). Rebuild both when any
// source file is newer than its output.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function ensureBuilt(root) {
  const stale = staleSources(path.join(root, 'src'), path.join(root, 'dist'));
  if (stale.length === 0) return;
  console.log(`dist/ is stale (${stale.length} file(s), e.g. ${path.relative(root, stale[0])}): npm run build`);
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) console.log('the build reported errors; measuring what it emitted.');
}

function staleSources(srcDir, distDir) {
  const stale = [];
  for (const entry of readdirSync(srcDir, { withFileTypes: true })) {
    const src = path.join(srcDir, entry.name);
    if (entry.isDirectory()) {
      stale.push(...staleSources(src, path.join(distDir, entry.name)));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const out = path.join(distDir, entry.name.replace(/\.ts$/, '.js'));
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) stale.push(src);
    }
  }
  return stale;
}
