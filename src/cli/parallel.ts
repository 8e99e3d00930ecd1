// `crosscheck check --jobs N`: story folders are independent, so N worker threads each run checkStory on the
// next folder in the list and post back a plain StoryResult. Results come back in input order whatever N, and
// a failure is the one the sequential loop would have hit first (the earliest failing folder).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { checkStory, type StoryResult } from '../pipeline.js';
import type { LoadedRules } from '../engine/index.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker.js';

export async function checkStoriesParallel(
  folders: string[],
  jobs: number,
  rules: LoadedRules,
  primary?: string,
): Promise<StoryResult[]> {
  const workers = Math.min(Math.floor(jobs), folders.length);
  if (!(workers > 1)) return folders.map((folder) => checkStory(folder, rules, primary));
  return runPool(folders, workers, { rules, primary });
}

function runPool(folders: string[], size: number, setup: WorkerSetup): Promise<StoryResult[]> {
  const results: StoryResult[] = new Array(folders.length);
  const script = workerScript();
  const pool: Worker[] = [];
  let next = 0;
  let pending = 0;
  let firstFailure: { index: number; error: Error } | undefined;
  let settled = false;

  return new Promise((resolve, reject) => {
    const finish = (): void => {
      settled = true;
      for (const w of pool) void w.terminate();
      if (firstFailure) reject(firstFailure.error);
      else resolve(results);
    };
    // Folders go out in list order, so once folder i failed every folder before it is already out: stop sending.
    const feed = (worker: Worker): void => {
      if (next < folders.length && !firstFailure) {
        const task: WorkerTask = { index: next, folder: folders[next++] };
        pending++;
        worker.postMessage(task);
      } else if (pending === 0) finish();
    };
    const fail = (index: number, error: Error): void => {
      if (!firstFailure || index < firstFailure.index) firstFailure = { index, error };
    };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: setup });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (settled) return;
        pending--;
        if ('error' in reply) fail(reply.index, rebuildError(reply.error));
        else results[reply.index] = reply.result;
        feed(worker);
      });
      // A crashed thread (out of memory, a bug at load) loses its folder: fail the whole run at once.
      worker.on('error', (e) => {
        if (settled) return;
        firstFailure = { index: -1, error: e };
        finish();
      });
      feed(worker);
    }
  });
}

/** Errors cross the thread boundary as plain data; an InputError must stay one (exit code 2, no stack). */
function rebuildError(e: { name: string; message: string; stack?: string }): Error {
  if (e.name === 'InputError') return new InputError(e.message);
  const error = new Error(e.message);
  error.name = e.name;
  if (e.stack) error.stack = e.stack;
  return error;
}

/** The compiled worker beside this module; when this module runs from src/ (vitest), the build in dist/. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/cli/worker.js', import.meta.url);
}
