// crosscheck.config.json (or a "crosscheck" key in package.json), found by walking up from the story folder,
// or given with -c. Validated by ajv with the same errors as rule files.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SeverityOverride } from '../engine/rules.js';
import { readJsonFile, validateOrThrow } from '../schema/validate.js';

export interface Config {
  /** Rule id → severity or "off". */
  rules?: Record<string, SeverityOverride>;
  /** Extra folders of rule files, relative to the config file. */
  rulesDirs?: string[];
  maxWarnings?: number;
  /** Source id of the editor's draft. */
  primary?: string;
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null when none was found. */
  file: string | null;
}

export function loadConfigFile(file: string): LoadedConfig {
  const data = readJsonFile(file);
  const isPackage = path.basename(file) === 'package.json';
  const raw = isPackage ? ((data as Record<string, unknown>).crosscheck ?? {}) : data;
  const config = validateOrThrow<Config>('config', raw, isPackage ? `${file} ("crosscheck" key)` : file);
  const dir = path.dirname(file);
  return { config: { ...config, rulesDirs: config.rulesDirs?.map((d) => path.resolve(dir, d)) }, file };
}

/** The nearest crosscheck.config.json, or package.json with a "crosscheck" key, at or above `start`. */
export function findConfig(start: string): LoadedConfig {
  let dir = path.resolve(start);
  for (;;) {
    const own = path.join(dir, 'crosscheck.config.json');
    if (existsSync(own)) return loadConfigFile(own);
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (readJsonFile(pkg) as Record<string, unknown>).crosscheck !== undefined) return loadConfigFile(pkg);
    const parent = path.dirname(dir);
    if (parent === dir) return { config: {}, file: null };
    dir = parent;
  }
}
