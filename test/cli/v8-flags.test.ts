// src/cli/v8-flags.ts: which runs leave TurboFan off, and that restoring the flags gives V8 its own back (a code
// cache taken afterwards is accepted by a fresh process, as bin/bundle.js needs).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_RUN_BYTES, isSmallRun } from '../../src/cli/v8-flags.js';
import { writeStory } from '../helpers/story.js';

describe('small runs', () => {
  it('counts the bytes of the files in every folder', () => {
    const half = 'x'.repeat(SMALL_RUN_BYTES / 2);
    const one = writeStory({ 'a.txt': half });
    const other = writeStory({ 'b.txt': half });
    try {
      expect(isSmallRun(['corpus/korea-russia-builders'])).toBe(true);
      expect(isSmallRun([one])).toBe(true);
      expect(isSmallRun([one, other])).toBe(false);
    } finally {
      rmSync(one, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('takes a folder it cannot read for a large one', () => {
    expect(isSmallRun([path.join(tmpdir(), 'crosscheck-no-such-folder')])).toBe(false);
  });

  // With the user's own --no-turbofan, restoring must not turn TurboFan on: the cache would then be made for flags
  // their next run does not have.
  it.each([[[]], [['--no-turbofan']]])('gives V8 its flags back, so a code cache taken after a check stays valid (node %j)', (nodeFlags: string[]) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-v8-flags-'));
    const cache = path.join(dir, 'cache');
    const script = path.join(dir, 'script.mjs');
    const flags = path.resolve('dist/cli/v8-flags.js');
    writeFileSync(
      script,
      `import { writeFileSync, readFileSync } from 'node:fs';\n` +
        `import vm from 'node:vm';\n` +
        `import { tuneV8ForCheck, restoreV8Flags } from ${JSON.stringify(flags)};\n` +
        `const source = 'function f(x) { return x + 1 } f(1);';\n` +
        `if (process.argv[2] === 'take') {\n` +
        `  const s = new vm.Script(source);\n  s.runInThisContext();\n` +
        `  tuneV8ForCheck(['corpus/korea-russia-builders']);\n  restoreV8Flags();\n` +
        `  writeFileSync(${JSON.stringify(cache)}, s.createCachedData());\n` +
        `} else console.log(new vm.Script(source, { cachedData: readFileSync(${JSON.stringify(cache)}) }).cachedDataRejected);\n`,
    );
    try {
      expect(spawnSync(process.execPath, [...nodeFlags, script, 'take']).status).toBe(0);
      expect(spawnSync(process.execPath, [...nodeFlags, script, 'use'], { encoding: 'utf8' }).stdout.trim()).toBe('false');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
