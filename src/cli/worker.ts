// Worker thread of `crosscheck check --jobs N`: checks the story folders the parent sends, one at a time, and
// posts back each plain StoryResult (structured clone). The rules arrive once, as plain data, in workerData.

import { parentPort, workerData } from 'node:worker_threads';
import { checkStory } from '../pipeline.js';
import type { LoadedRules } from '../engine/index.js';

export interface WorkerSetup {
  rules: LoadedRules;
  primary?: string;
}

/** A folder to check; `index` is its place in the caller's list. */
export interface WorkerTask {
  index: number;
  folder: string;
}

export type WorkerReply =
  | { index: number; result: ReturnType<typeof checkStory> }
  | { index: number; error: { name: string; message: string; stack?: string } };

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('src/cli/worker.ts runs as a worker thread of checkStoriesParallel, not on its own');

port.on('message', ({ index, folder }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { index, result: checkStory(folder, setup.rules, setup.primary) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { index, error: { name: err.name, message: err.message, stack: err.stack } };
  }
  port.postMessage(reply);
});
