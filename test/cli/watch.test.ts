// `crosscheck check --watch` (src/cli/watch.ts): the loop with a fake watcher and clock, then the built CLI in a
// child process against a temporary copy of the seed story (npm test builds first).

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStory } from '../../src/pipeline.js';
import { loadSetup, type CheckArgs } from '../../src/cli/check.js';
import { parsePlainCheckArgs } from '../../src/cli/check-args.js';
import { main, type Io } from '../../src/cli/main.js';
import { CLEAR_SCREEN, DEBOUNCE_MS, watchStories, type WatchHost } from '../../src/cli/watch.js';
import { temporaryFile } from '../../src/cli/write.js';
import { writeStory } from '../helpers/story.js';

// The pipeline as it is, with its calls counted: which folders a re-check reads.
vi.mock('../../src/pipeline.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline.js')>();
  return { ...actual, checkStory: vi.fn(actual.checkStory) };
});

const AGREE = ' date 2024-03-02\nThe earthquake killed 45 people in the mountain villages, police said.\n';
const DISAGREE = ' date 2024-03-02\nRescuers reported that 52 people died when the quake struck the valley.\n';
const AGREE_TOO = ' date 2024-03-02\nRescuers reported that 45 people died when the quake struck the valley.\n';

/** Watchers that fire when the test says, and a clock that runs when the test says. */
function fakeHost() {
  const listeners = new Map<string, (name: string | null) => void>();
  const closed: string[] = [];
  const timers = new Map<number, { run: () => void; ms: number }>();
  let nextTimer = 0;
  let stop: (() => void) | undefined;
  const host: WatchHost = {
    watch(folder, changed) {
      listeners.set(folder, changed);
      return { close: () => void closed.push(folder) };
    },
    setTimeout(run, ms) {
      timers.set(++nextTimer, { run, ms });
      return nextTimer;
    },
    clearTimeout: (timer) => void timers.delete(timer as number),
    now: () => 0,
    onStop(handler) {
      stop = handler;
      return () => (stop = undefined);
    },
  };
  return {
    host,
    closed,
    timers,
    /** An fs.watch event for `name` in `folder`. */
    change: (folder: string, name: string | null) => listeners.get(folder)!(name),
    /** Time passes: the pending timers run. */
    elapse() {
      const due = [...timers.values()];
      timers.clear();
      for (const t of due) t.run();
    },
    stop: () => stop!(),
    get stopHandlers() {
      return stop ? 1 : 0;
    },
  };
}

function capture(isTTY = false): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    isTTY,
    env: {},
    cwd: process.cwd(),
  };
  return io;
}

function argsFor(argv: string[]): CheckArgs {
  return parsePlainCheckArgs(argv)!;
}

/** The JSON reports printed one after another (a terminal's clear-screen between them). */
function reports(out: string): { stories: { path: string; sources: { id: string }[]; findings: { severity: string }[] }[] }[] {
  return out
    .split(CLEAR_SCREEN)
    .flatMap((chunk) => chunk.split(/(?<=^\}\n)/m))
    .filter((s) => s.trim())
    .map((s) => JSON.parse(s));
}

const checkedFolders = () => vi.mocked(checkStory).mock.calls.map(([folder]) => folder);
/** Wait until `count` runs have ended: each prints its status line last (a report is written asynchronously). */
const runsEnded = (io: { err: string }, count: number) =>
  vi.waitFor(() => expect(io.err.match(/^watching /gm)?.length ?? 0).toBe(count));

afterEach(() => vi.mocked(checkStory).mockClear());

describe('the watch loop', () => {
  it('re-checks only the folder that changed, once per burst of events, and keeps the folder order', async () => {
    const a = writeStory({ a: AGREE, b: AGREE_TOO });
    const b = writeStory({ a: AGREE, b: AGREE_TOO });
    const fake = fakeHost();
    const io = capture(true);
    const args = argsFor([a, b, '-w', '-f', 'json']);
    const done = watchStories([a, b], loadSetup([a, b], args), args, io, fake.host);
    await runsEnded(io, 1);
    expect(checkedFolders()).toEqual([a, b]);

    writeFileSync(path.join(b, 'c.txt'), ' date 2024-03-02\nOfficials said 45 people were killed.\n');
    // An editor's save: a temporary file, a rename, a change; and files that are not sources.
    for (const name of ['.c.txt.swp', 'c.txt', 'c.txt', 'c.txt~', 'notes.docx']) fake.change(b, name);
    fake.change(b, 'b.txt');
    expect(fake.timers.size).toBe(1);
    expect([...fake.timers.values()][0]!.ms).toBe(DEBOUNCE_MS);
    fake.elapse();
    await runsEnded(io, 2);
    expect(checkedFolders()).toEqual([a, b, b]);

    // Not a source and not story.json: nothing to re-check.
    fake.change(a, 'notes.docx');
    expect(fake.timers.size).toBe(0);

    fake.stop();
    expect(await done).toBe(0);
    const printed = reports(io.out);
    expect(printed).toHaveLength(2);
    expect(io.out.split(CLEAR_SCREEN)).toHaveLength(2); // a terminal is cleared before the second report only
    expect(printed[1]!.stories.map((s) => s.path)).toEqual([a, b]);
    expect(printed[1]!.stories[1]!.sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(printed[1]!.stories[0]).toEqual(printed[0]!.stories[0]);
    expect(io.err.match(/^watching 2 folders — checked in \d+ ms; 0 errors, 0 warnings \(Ctrl-C to stop\)$/gm)).toHaveLength(2);
    expect(fake.closed.sort()).toEqual([a, b].sort());
    expect(fake.stopHandlers).toBe(0);
  });

  it('reports a bad re-check on one line, keeps the last report and watching, and exits with the last exit code', async () => {
    const dir = writeStory({ a: AGREE, b: DISAGREE });
    const fake = fakeHost();
    const io = capture();
    const args = argsFor([dir, '--watch', '-f', 'json']);
    const done = watchStories([dir], loadSetup([dir], args), args, io, fake.host);
    await runsEnded(io, 1);

    writeFileSync(path.join(dir, 'story.json'), '{ "primary": ');
    fake.change(dir, 'story.json');
    fake.elapse();
    await runsEnded(io, 2);
    expect(io.err).toMatch(/^crosscheck: .*story\.json: invalid JSON.*\nwatching 1 folder — checked in \d+ ms, 1 failed \(last report kept\); 1 error, 0 warnings/m);
    expect(reports(io.out)).toHaveLength(1);

    rmSync(path.join(dir, 'story.json'));
    writeFileSync(path.join(dir, 'b.txt'), AGREE_TOO);
    fake.change(dir, 'story.json');
    fake.change(dir, 'b.txt');
    fake.elapse();
    await runsEnded(io, 3);
    expect(reports(io.out)).toHaveLength(2);
    expect(io.out).not.toContain(CLEAR_SCREEN); // not a terminal

    fake.stop();
    expect(await done).toBe(0); // the first report had an error (exit 1); the last has none
    expect(io.err.trim().split('\n')).toHaveLength(4);
  });

  it('looks for a deleted folder in its parent until it is back, then watches and checks it again', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cc-watch-gone-'));
    const dir = path.join(root, 'story');
    cpSync(writeStory({ a: AGREE, b: AGREE_TOO }), dir, { recursive: true });
    const fake = fakeHost();
    const io = capture();
    const args = argsFor([dir, '-w', '-f', 'json']);
    const done = watchStories([dir], loadSetup([dir], args), args, io, fake.host);
    await runsEnded(io, 1);

    rmSync(dir, { recursive: true });
    fake.change(dir, 'story'); // fs.watch names the watched folder when it goes
    fake.elapse();
    await runsEnded(io, 2);
    expect(io.err).toMatch(/^crosscheck: .*story.*\nwatching 1 folder — checked in \d+ ms, 1 failed \(last report kept\)/m);
    expect(fake.closed).toEqual([dir]);

    // Back, with a change: its parent's event re-attaches the folder's watcher and re-checks it.
    fake.change(root, 'story');
    expect(fake.timers.size).toBe(0); // still gone
    cpSync(writeStory({ a: AGREE, b: DISAGREE }), dir, { recursive: true });
    fake.change(root, 'other');
    expect(fake.timers.size).toBe(0);
    fake.change(root, 'story');
    expect(fake.closed).toEqual([dir, root]);
    fake.elapse();
    await runsEnded(io, 3);
    const printed = reports(io.out);
    expect(printed).toHaveLength(2);
    expect(printed[1]!.stories[0]!.findings.some((f) => f.severity === 'error')).toBe(true);
    fake.change(dir, 'b.txt'); // watched again
    expect(fake.timers.size).toBe(1);
    fake.elapse();
    await runsEnded(io, 4);
    fake.stop();
    expect(await done).toBe(1);
    rmSync(root, { recursive: true, force: true });
  });

  it('does not re-check for the -o report it writes into a watched folder', async () => {
    const dir = writeStory({ a: AGREE, b: AGREE_TOO });
    const report = path.join(dir, 'report.md');
    const fake = fakeHost();
    const io = capture(true);
    const args = argsFor([dir, '-w', '-f', 'markdown', '-o', report]);
    const done = watchStories([dir], loadSetup([dir], args), args, io, fake.host);
    await runsEnded(io, 1);
    expect(existsSync(report)).toBe(true);
    for (const name of [path.basename(temporaryFile(report)), 'report.md']) fake.change(dir, name);
    expect(fake.timers.size).toBe(0);
    fake.change(dir, 'a.txt');
    expect(fake.timers.size).toBe(1);
    fake.elapse();
    await runsEnded(io, 2);
    fake.stop();
    expect(await done).toBe(0);
    expect(io.out).toBe(''); // the report went to the file, so no clear-screen either
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'report.md']);
  });

  it('re-checks every folder when the config file in force changes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cc-watch-config-'));
    const config = path.join(root, 'crosscheck.config.json');
    writeFileSync(config, JSON.stringify({ rules: {} }));
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    cpSync(writeStory({ a: AGREE, b: DISAGREE }), a, { recursive: true });
    cpSync(writeStory({ a: AGREE }), b, { recursive: true });
    const fake = fakeHost();
    const io = capture();
    const args = argsFor([a, b, '-w', '-f', 'json']);
    const done = watchStories([a, b], loadSetup([a, b], args), args, io, fake.host);
    await runsEnded(io, 1);
    writeFileSync(config, JSON.stringify({ rules: { 'numeric-agreement': 'off' } }));
    fake.change(root, 'other.json');
    expect(fake.timers.size).toBe(0);
    fake.change(root, 'crosscheck.config.json');
    fake.elapse();
    await runsEnded(io, 2);
    fake.stop();
    expect(await done).toBe(0);
    expect(checkedFolders()).toEqual([a, b, a, b]);
    expect(reports(io.out)[1]!.stories[0]!.findings.some((f) => f.severity === 'error')).toBe(false);
  });

  it('reloads the rules when a file in a --rules folder changes, and re-checks every folder', async () => {
    const rulesDir = mkdtempSync(path.join(tmpdir(), 'cc-watch-rules-'));
    const rule = (severity: string) =>
      writeFileSync(path.join(rulesDir, 'mine.json'), JSON.stringify({ id: 'mine', kind: 'numeric-agreement', severity, description: 'x', message: 'mine: {label}', docs: 'https://example.org' }));
    rule('info');
    const dir = writeStory({ a: AGREE, b: DISAGREE });
    const fake = fakeHost();
    const io = capture();
    const args = { ...argsFor([dir, '-w', '-f', 'json']), rules: [rulesDir] }; // --rules goes through yargs
    const done = watchStories([dir], loadSetup([dir], args), args, io, fake.host);
    await runsEnded(io, 1);
    rule('warning');
    fake.change(rulesDir, 'notes.txt');
    expect(fake.timers.size).toBe(0);
    fake.change(rulesDir, 'mine.json');
    fake.elapse();
    await runsEnded(io, 2);
    fake.stop();
    await done;
    const mine = (i: number) => (reports(io.out)[i]!.stories[0]!.findings as { ruleId: string; severity: string }[]).filter((f) => f.ruleId === 'mine').map((f) => f.severity);
    expect([mine(0), mine(1)]).toEqual([['info'], ['warning']]);
    rmSync(rulesDir, { recursive: true, force: true });
  });

  it('runs through `check --watch`: V8 flags left alone, stopped by SIGINT with the exit code of the last report', async () => {
    const dir = writeStory({ a: AGREE, b: DISAGREE });
    const beforeCheck = vi.fn();
    const io = Object.assign(capture(), { beforeCheck });
    const running = main(['check', dir, '--watch', '-f', 'json'], io);
    await vi.waitFor(() => expect(io.err).toContain('watching 1 folder'), { timeout: 10_000 });
    process.emit('SIGINT');
    expect(await running).toBe(1);
    expect(beforeCheck).not.toHaveBeenCalled();
    expect(process.listenerCount('SIGINT')).toBe(0);
  }, 20_000);
});

describe('crosscheck check --watch (process)', () => {
  const BIN = path.resolve('bin/crosscheck.js');
  const SEED = 'corpus/korea-russia-builders';
  const WAIT = { timeout: 10_000, interval: 50 };

  /** The built CLI watching a copy of the seed story in a temporary folder, its JSON report written there. */
  function watchSeedCopy() {
    const tmp = mkdtempSync(path.join(tmpdir(), 'cc-watch-'));
    const story = path.join(tmp, 'story');
    cpSync(SEED, story, { recursive: true });
    const report = path.join(tmp, 'report.json');
    const child = spawn(process.execPath, [BIN, 'check', story, '--watch', '-f', 'json', '-o', report], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run = { tmp, story, report, child, stderr: '', exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
    child.stderr.on('data', (chunk) => (run.stderr += chunk));
    return run;
  }

  /** The seed story's first source in `folder` with one figure changed (6,000 personnel → 7,400). */
  const changeFigure = (folder: string, write = (file: string, text: string) => writeFileSync(file, text)) => {
    const file = path.join(folder, readdirSync(folder).find((f) => f.startsWith('000'))!);
    write(file, readFileSync(file, 'utf8').replace('6,000 personnel', '7,400 personnel'));
  };

  it('re-checks the story after a save and exits with the last exit code on SIGINT', async () => {
    const run = watchSeedCopy();
    const { tmp, story, report, child, exited } = run;
    const statusLines = () => run.stderr.match(/^watching 1 folder — checked in \d+ ms; \d+ errors?, \d+ warnings? \(Ctrl-C to stop\)$/gm)?.length ?? 0;
    try {
      await vi.waitFor(() => expect(statusLines()).toBe(1), WAIT);
      expect(readFileSync(report, 'utf8')).not.toContain('7,400');

      // Saved as editors do: a temporary file renamed over the source.
      changeFigure(story, (file, text) => {
        writeFileSync(`${file}.swp`, text);
        renameSync(`${file}.swp`, file);
      });
      await vi.waitFor(() => expect(readFileSync(report, 'utf8')).toContain('7,400'), WAIT);
      // The report is written before the status line reaches stderr: wait for the line too.
      await vi.waitFor(() => expect(statusLines()).toBeGreaterThanOrEqual(2), WAIT);

      child.kill('SIGINT');
      expect(await exited).toBe(1); // 7,400 personnel contradicts the 6,000 of the other sources
      expect(JSON.parse(readFileSync(report, 'utf8')).stories[0].findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);
      expect(readdirSync(tmp).sort()).toEqual(['report.json', 'story']);
    } finally {
      child.kill('SIGKILL');
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 30_000);

  it('checks a folder again when it comes back after being moved away', async () => {
    const run = watchSeedCopy();
    const { tmp, story, report, child, exited } = run;
    const away = path.join(tmp, 'away');
    try {
      await vi.waitFor(() => expect(run.stderr).toContain('watching 1 folder'), WAIT);
      renameSync(story, away);
      await vi.waitFor(() => expect(run.stderr).toContain('1 failed (last report kept)'), WAIT);
      changeFigure(away);
      renameSync(away, story);
      await vi.waitFor(() => expect(readFileSync(report, 'utf8')).toContain('7,400'), WAIT);
      child.kill('SIGINT');
      expect(await exited).toBe(1);
    } finally {
      child.kill('SIGKILL');
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 30_000);
});
