// `crosscheck check`: configuration → rules → each story through the pipeline → one report → exit code.

import { statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { findConfig, loadConfigFile, type Config } from '../config/index.js';
import { applyOverrides, type SeverityOverride } from '../engine/rules.js';
import { loadRules, type LoadedRules } from '../engine/index.js';
import { checkStory, type StoryResult } from '../pipeline.js';
import { storyReport } from '../report/build.js';
import { loadFormatter, type FormatName } from '../report/index.js';
import { REPORT_VERSION, type Report, type StoryReport } from '../report/model.js';
import { JSON_HEAD, JSON_TAIL, storyJson } from '../report/json.js';
import { fileSink, stdoutSink } from './write.js';
import type { Io } from './main.js';

export interface CheckArgs {
  folders?: string[];
  format: FormatName;
  outputFile?: string;
  quiet: boolean;
  maxWarnings?: number;
  config?: string;
  rule?: string[];
  rules?: string[];
  primary?: string;
  staged: boolean;
  printConfig: boolean;
  jobs: number;
  color?: boolean;
  watch: boolean;
}

/** What a check of the folders needs, read once: the rules in force and what decides the exit code. */
export interface CheckSetup {
  config: Config;
  configFile: string | null;
  rules: LoadedRules;
  maxWarnings: number;
  /** Source id of the draft given by --primary or the config (story.json may name one too). */
  draft?: string;
}

/** Errors and warnings that decide the exit code. */
export interface Counted {
  errors: number;
  warnings: number;
}

/** One story's part of the report, with the findings that count towards the exit code. */
export interface CheckedStory extends Counted {
  story: StoryReport;
  /** Source texts by id, for the HTML report only. */
  texts?: Record<string, string>;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  if (args.watch && (args.staged || args.printConfig)) {
    throw new InputError(`--watch cannot be combined with --${args.staged ? 'staged' : 'print-config'}; pass the story folders to watch.`);
  }
  // --staged (git), --jobs (worker threads) and --watch load their modules only when asked for.
  const folders = args.folders?.length ? args.folders : args.staged ? (await import('./staged.js')).stagedStoryFolders(io.cwd) : [];
  if (folders.length === 0) {
    if (args.staged) return 0; // nothing staged that belongs to a story: nothing to check
    throw new InputError('no story folder given; run `crosscheck check <folder>` (see --help)');
  }
  const setup = loadSetup(folders, args);
  if (args.printConfig) {
    const { config } = setup;
    const printed = {
      configFile: setup.configFile,
      maxWarnings: setup.maxWarnings,
      primary: args.primary ?? config.primary ?? null,
      rulesDirs: [...(config.rulesDirs ?? []), ...(args.rules ?? [])],
      rules: Object.fromEntries(setup.rules.checks.map((r) => [r.id, r.severity])),
      lineage: setup.rules.lineage,
    };
    io.stdout(JSON.stringify(printed, null, 2) + '\n');
    return 0;
  }
  for (const folder of folders) assertFolder(folder);
  // A watch is a long-lived process: it keeps V8's flags as they are (no beforeCheck), so re-checks run optimised code.
  if (args.watch) return (await import('./watch.js')).watchStories(folders, setup, args, io);
  io.beforeCheck?.(folders);
  const parallel: (StoryResult | undefined)[] | undefined =
    args.jobs > 1 && folders.length > 1
      ? await (await import('./parallel.js')).checkStoriesParallel(folders, args.jobs, setup.rules, setup.draft)
      : undefined;
  // A generator, so each story is checked only when the report is ready for it (JSON streams story by story).
  function* stories(): Generator<CheckedStory> {
    for (const [i, folder] of folders.entries()) {
      const result = parallel ? parallel[i]! : checkStory(folder, setup.rules, setup.draft);
      if (parallel) parallel[i] = undefined; // let the finished story go
      yield checkedStory(result, args, io);
    }
  }
  return exitCode(await writeReport(stories(), args, io), setup.maxWarnings);
}

/** Configuration file, rules and exit-code settings for these folders (the config is found from the first). */
export function loadSetup(folders: string[], args: CheckArgs): CheckSetup {
  const { config, file: configFile } = args.config ? loadConfigFile(args.config) : findConfig(folders[0]);
  const primary = args.primary ?? config.primary;
  return {
    config,
    configFile,
    rules: configuredRules(config, args, configFile),
    maxWarnings: args.maxWarnings ?? config.maxWarnings ?? -1,
    ...(primary === undefined ? {} : { draft: primaryId(primary) }),
  };
}

/** A story's result as it goes into the report: its notices printed, findings counted, then --quiet applied. */
export function checkedStory(result: StoryResult, args: CheckArgs, io: Io): CheckedStory {
  for (const n of result.notices) io.stderr(`crosscheck: ${n}\n`);
  const story = storyReport(result);
  const counted = count(story, result.primary);
  if (args.quiet) story.findings = story.findings.filter((f) => f.severity === 'error');
  const texts = args.format === 'html' ? Object.fromEntries(result.sources.map((s) => [s.id, s.text])) : undefined;
  return { story, ...counted, ...(texts ? { texts } : {}) };
}

/**
 * Write the report of these stories, in order, to stdout or -o; returns the findings that decide the exit code.
 * JSON is written story by story, so an archive's report is never held whole; other formats need the whole
 * report (a table across stories, one HTML page), built from each story's reduced report.
 */
export async function writeReport(stories: Iterable<CheckedStory>, args: CheckArgs, io: Io): Promise<Counted> {
  const sink = args.outputFile ? fileSink(path.resolve(io.cwd, args.outputFile)) : stdoutSink(io.stdout);
  const report: Report = { version: REPORT_VERSION, stories: [] };
  const texts: Record<string, Record<string, string>> = {};
  const counted: Counted = { errors: 0, warnings: 0 };
  try {
    if (args.format === 'json') sink.write(JSON_HEAD);
    let first = true;
    for (const { story, texts: storyTexts, errors, warnings } of stories) {
      counted.errors += errors;
      counted.warnings += warnings;
      if (args.format === 'json') sink.write(storyJson(story, first));
      else report.stories.push(story);
      if (storyTexts) texts[story.path] = storyTexts;
      first = false;
    }
    if (args.format === 'json') sink.write(JSON_TAIL);
    else {
      const formatter = await loadFormatter(args.format);
      const color = args.outputFile ? false : (args.color ?? (io.isTTY && !io.env.NO_COLOR));
      sink.write(formatter(report, { color: Boolean(color), cwd: io.cwd, texts } as Parameters<typeof formatter>[1]));
    }
    sink.close();
  } catch (e) {
    sink.abort();
    throw e;
  }
  return counted;
}

export function exitCode(counted: Counted, maxWarnings: number): number {
  return counted.errors > 0 || (maxWarnings >= 0 && counted.warnings > maxWarnings) ? 1 : 0;
}

/** The rules in force: bundled and added folders, then the config's and the flags' severities. */
function configuredRules(config: Config, args: CheckArgs, configFile: string | null): LoadedRules {
  const rules = loadRules([...(config.rulesDirs ?? []), ...(args.rules ?? [])]);
  let checks = rules.checks;
  if (config.rules) checks = applyOverrides(checks, config.rules, configFile ?? 'config');
  if (args.rule?.length) checks = applyOverrides(checks, parseRuleFlags(args.rule), '--rule');
  return { ...rules, checks };
}

function parseRuleFlags(flags: string[]): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  for (const flag of flags) {
    const m = /^([a-z][a-z0-9-]*):(error|warning|info|off)$/.exec(flag.trim());
    if (!m) throw new InputError(`--rule ${flag}: expected id:severity, e.g. --rule single-origin:off (severity: error, warning, info, off)`);
    out[m[1]] = m[2] as SeverityOverride;
  }
  return out;
}

/** The draft is named by file or id; the id is the file name without extension. */
function primaryId(primary: string): string {
  const base = path.basename(primary);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Errors and warnings that decide the exit code; with a draft, only the findings that involve it. */
function count(story: StoryReport, draft: string | undefined): Counted {
  const counted: Counted = { errors: 0, warnings: 0 };
  for (const f of story.findings) {
    if (draft && !f.sources.includes(draft)) continue;
    if (f.severity === 'error') counted.errors++;
    else if (f.severity === 'warning') counted.warnings++;
  }
  return counted;
}

/** A missing folder is found before anything is written, so a report is never cut off by it. */
function assertFolder(folder: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) throw new InputError(`${folder}: not a folder; pass a story folder (one file per source).`);
}
