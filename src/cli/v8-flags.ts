// V8 flags the CLI's own process sets for a check, after the bundle's code cache was accepted (the cache records
// the flags it was made under, so restoreV8Flags undoes them before a fresh cache is taken). Measured in
// docs/performance.md (seventh session): TurboFan recompiles hot functions on background threads; a small run ends
// before that pays off: the seed story (12 KB) takes as long on the main thread without it, and ~90 ms less CPU in
// all, which a busy machine's main thread waits for. From ~100 KB of text the main thread is slower without it.
// Only a flag V8 reads when it decides, not one that changes what compiled code looks like: --no-regexp-tier-up set
// here (~6 ms) made a regex compiled to bytecode before it run as machine code, and every check segfaulted once
// the rules changed which regexes run first (eighth session).

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/** Below this much input (bytes of files in the story folders) a run leaves TurboFan off. */
export const SMALL_RUN_BYTES = 50_000;

/** The flags set, each with the one that undoes it. */
const set: [flag: string, undo: string][] = [];

/** V8 flags the user gave node (command line or NODE_OPTIONS): one they chose is left as they set it. */
const userFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').replaceAll('_', '-');

/** Set the flags for a check of these folders. */
export function tuneV8ForCheck(folders: string[]): void {
  if (isSmallRun(folders)) setFlag('--no-turbofan', '--turbofan');
}

/** Undo tuneV8ForCheck. */
export function restoreV8Flags(): void {
  for (const [, undo] of set.splice(0).reverse()) v8.setFlagsFromString(undo);
}

function setFlag(flag: string, undo: string): void {
  if (set.some(([f]) => f === flag) || userFlags.includes(undo.slice('--'.length))) return;
  v8.setFlagsFromString(flag);
  set.push([flag, undo]);
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
