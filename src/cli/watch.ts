// `crosscheck check --watch`: check the story folders, then re-check a folder whenever one of its files changes,
// until Ctrl-C. The process stays warm, so a save costs a warm pipeline run, not a fresh process's start-up and
// cold first run (docs/performance.md, twelfth session).

import { existsSync, watch } from 'node:fs';
import path from 'node:path';
import { SOURCE_EXTENSION } from '../ingest/index.js';
import { checkStory } from '../pipeline.js';
import { plural } from '../report/markdown.js';
import { checkedStory, exitCode, loadSetup, writeReport, type CheckArgs, type CheckedStory, type CheckSetup, type Counted } from './check.js';
import { errorLine, type Io } from './main.js';
import { temporaryFile } from './write.js';

/** Editors save through a temporary file and a rename, sometimes several files at once, and fs.watch reports each
 * step: a re-check waits until the events have stopped for this long, so one save is one re-check. */
export const DEBOUNCE_MS = 100;

/** Clear the screen and its scrollback, cursor home: the terminal shows the latest report only. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

/** What the watch loop needs from the process; tests pass a fake watcher and clock. */
export interface WatchHost {
  /** Watch a folder's own entries (not recursive); `changed` gets the entry's name, null when the platform gives none. */
  watch(folder: string, changed: (name: string | null) => void): { close(): void };
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  /** Milliseconds since an arbitrary origin. */
  now(): number;
  /** Call `stop` on Ctrl-C (SIGINT) or SIGTERM; returns a function that removes the handlers. */
  onStop(stop: () => void): () => void;
}

const processHost: WatchHost = {
  watch(folder, changed) {
    const watcher = watch(folder, (_event, name) => changed(name));
    watcher.on('error', () => changed(null)); // the folder became unreadable: the re-check says how
    return watcher;
  },
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
  now: () => Number(process.hrtime.bigint()) / 1e6,
  onStop(stop) {
    process.on('SIGINT', stop).on('SIGTERM', stop);
    return () => process.off('SIGINT', stop).off('SIGTERM', stop);
  },
};

/**
 * Check the folders and print the report, then re-check the folders whose files change and print the whole report
 * again (the other folders' last results kept, in the given order) until stopped; returns the exit code of the
 * report printed last. The first check fails as a check without --watch does; a re-check that fails prints its
 * error, keeps that folder's last result and watching goes on.
 */
export async function watchStories(folders: string[], initialSetup: CheckSetup, args: CheckArgs, io: Io, host: WatchHost = processHost): Promise<number> {
  let setup = initialSetup;
  const output = args.outputFile === undefined ? undefined : path.resolve(io.cwd, args.outputFile);
  const latest: CheckedStory[] = [];
  let counted: Counted = { errors: 0, warnings: 0 };
  let code = 0;

  const check = (i: number) => (latest[i] = checkedStory(checkStory(folders[i], setup.rules, setup.draft), args, io));
  const printReport = async () => {
    counted = await writeReport(latest, args, io);
    code = exitCode(counted, setup.maxWarnings);
  };
  const printStatus = (started: number, failed: number) =>
    io.stderr(
      `watching ${plural(folders.length, 'folder')} — checked in ${Math.round(host.now() - started)} ms` +
        (failed ? `, ${failed} failed (last report kept)` : '') +
        `; ${plural(counted.errors, 'error')}, ${plural(counted.warnings, 'warning')} (Ctrl-C to stop)\n`,
    );

  const recheck = async (changed: number[], configChanged: boolean) => {
    const started = host.now();
    let failed = 0;
    const attempt = async (work: () => unknown): Promise<boolean> => {
      try {
        await work();
        return true;
      } catch (error) {
        io.stderr(errorLine(error));
        failed++;
        return false;
      }
    };
    // A changed configuration re-checks every folder; one that does not load leaves the rules in force.
    if (configChanged && (await attempt(() => (setup = loadSetup(folders, args))))) changed = folders.map((_, i) => i);
    let updated = false;
    for (const i of changed) {
      if (await attempt(() => check(i))) updated = true;
      else if (!existsSync(folders[i])) awaitReturn(i);
    }
    if (updated) {
      if (io.isTTY && !output) io.stdout(CLEAR_SCREEN);
      await attempt(printReport);
    }
    printStatus(started, failed);
  };

  // Events collect until they stop for DEBOUNCE_MS; runs go one after another, each reading its folders afresh.
  const changedFolders = new Set<number>();
  let configChanged = false;
  let timer: unknown;
  let runs: Promise<void> = Promise.resolve();
  const schedule = () => {
    host.clearTimeout(timer);
    timer = host.setTimeout(() => {
      const changed = [...changedFolders].sort((a, b) => a - b);
      const reload = configChanged;
      changedFolders.clear();
      configChanged = false;
      runs = runs.then(() => recheck(changed, reload));
    }, DEBOUNCE_MS);
  };

  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const removeStopHandlers = host.onStop(stop);
  const watchers: { close(): void }[] = [];
  /** Per folder: the watcher of the folder, or of its parent while the folder is gone. */
  const folderWatchers: { close(): void }[] = [];
  const changedFolder = (i: number) => {
    changedFolders.add(i);
    schedule();
  };
  const watchFolder = (i: number) => {
    folderWatchers[i] = host.watch(folders[i], (name) => {
      if (name === null || affectsReport(folders[i], name, output)) changedFolder(i);
    });
  };
  // A folder deleted or moved away (a branch checked out, a folder replaced by a copy) is looked for in its parent
  // until it is back, then watched and checked again.
  const awaitReturn = (i: number) => {
    const folder = path.resolve(folders[i]);
    const back = () => {
      if (!existsSync(folder)) return;
      folderWatchers[i].close();
      watchFolder(i);
      changedFolder(i);
    };
    folderWatchers[i].close();
    try {
      folderWatchers[i] = host.watch(path.dirname(folder), (name) => {
        if (name === null || name === path.basename(folder)) back();
      });
    } catch (error) {
      folderWatchers[i] = { close() {} };
      io.stderr(errorLine(error)); // the parent is gone too: this folder is not watched again
      return;
    }
    back(); // it came back before its parent was watched
  };
  try {
    for (const i of folders.keys()) watchFolder(i);
    // The config file in force and the folders of rule files (--rules, the config's rulesDirs) reload the rules.
    const reload = (dir: string, relevant: (name: string) => boolean) =>
      watchers.push(
        host.watch(dir, (name) => {
          if (name !== null && !relevant(name)) return;
          configChanged = true;
          schedule();
        }),
      );
    const { configFile } = setup;
    if (configFile) reload(path.dirname(configFile), (name) => name === path.basename(configFile));
    for (const dir of [...(setup.config.rulesDirs ?? []), ...(args.rules ?? [])]) reload(path.resolve(io.cwd, dir), (name) => name.endsWith('.json'));
    // Watching starts first, so a save during the first check is not missed; its re-check waits for it.
    const started = host.now();
    runs = (async () => {
      folders.forEach((_, i) => check(i));
      await printReport();
      printStatus(started, 0);
    })();
    await runs;
    await stopped;
  } finally {
    removeStopHandlers();
    for (const watcher of [...folderWatchers, ...watchers]) watcher.close();
    host.clearTimeout(timer);
  }
  await runs; // a re-check under way finishes
  return code;
}

/**
 * Whether a change to this entry of a story folder can change its report: a source, story.json, or the folder
 * itself (fs.watch names the watched folder when it is removed or moved). Not the -o report or its temporary file,
 * which crosscheck writes itself.
 */
function affectsReport(folder: string, name: string, output: string | undefined): boolean {
  const file = path.resolve(folder, name);
  if (output !== undefined && (file === output || file === temporaryFile(output))) return false;
  return SOURCE_EXTENSION.test(name) || name === 'story.json' || name === path.basename(path.resolve(folder));
}
