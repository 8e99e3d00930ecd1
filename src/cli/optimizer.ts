// V8 compiles hot functions again with its optimising compiler (TurboFan), on background threads. A small run is
// over before that pays off: checking the seed story (12 KB) takes as long on the main thread without it, and
// ~90 ms less CPU in all (the tokenizer alone compiles for ~30 ms), which a busy machine's main thread waits for.
// Larger runs keep it: from ~100 KB of text the main thread is slower without it (docs/performance.md).

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/** Below this much input (bytes of files in the story folders) a run leaves TurboFan off. */
export const SMALL_RUN_BYTES = 50_000;

let switchedOff = false;

/** Turn TurboFan off for the rest of the process when the folders hold less than SMALL_RUN_BYTES. */
export function skipOptimizerForSmallRun(folders: string[]): void {
  if (switchedOff || !isSmallRun(folders)) return;
  v8.setFlagsFromString('--no-turbofan');
  switchedOff = true;
}

/** Undo skipOptimizerForSmallRun: V8 records its flags in a code cache, and rejects a cache made under others. */
export function restoreOptimizer(): void {
  if (!switchedOff) return;
  v8.setFlagsFromString('--turbofan');
  switchedOff = false;
}

/** Whether the files directly in the folders add up to less than SMALL_RUN_BYTES; an unreadable folder counts as
 * large (the pipeline reports it). */
export function isSmallRun(folders: string[]): boolean {
  let bytes = 0;
  try {
    for (const folder of folders) {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isFile()) bytes += statSync(path.join(folder, entry.name)).size;
        if (bytes >= SMALL_RUN_BYTES) return false;
      }
    }
  } catch {
    return false;
  }
  return true;
}
