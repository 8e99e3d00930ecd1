// ajv validation with the errors a user can act on: the file, the JSON path, every problem, and a
// "did you mean" (edit distance) for unknown keys and enum values.

import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv as AjvInstance, ErrorObject, ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { InputError } from '../errors.js';
import { SNAPSHOT_FILE } from '../lexicon/snapshot-file.js';

export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

let ajv: AjvInstance | undefined;
const compiled = new Map<string, ValidateFunction>();

/** ajv is loaded on first use: a run over bundled rules only never pays for it. */
function getAjv(): AjvInstance {
  if (!ajv) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  }
  return ajv;
}

/** Compile (once) the schema rules/schemas/<name>.schema.json. */
export function validatorFor(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const file = path.join(RULES_DIR, 'schemas', `${name}.schema.json`);
    v = getAjv().compile(JSON.parse(readFileSync(file, 'utf8')));
    compiled.set(name, v);
  }
  return v;
}

/** Read a JSON file, throwing an InputError naming the file on bad JSON. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${file}: invalid JSON (${(e as Error).message}); fix the syntax.`);
  }
}

/**
 * Validate data against a named schema; throw one InputError listing every problem. The data files that ship in
 * rules/ are validated by the test suite (test/rules-data.test.ts), not on every run: compiling their schemas
 * would cost a run more time than checking a story. A rules/ file changed since the build (edited in place) is
 * validated like everything a user gives (rule folders, config, story.json). `what` names the data in the error
 * when it is a part of the file.
 */
export function validateOrThrow<T>(name: string, data: unknown, file: string, what = file): T {
  if (unchangedSinceBuild(file)) return data as T;
  const v = validatorFor(name);
  if (v(data)) return data as T;
  throw new InputError(`${what}: invalid ${name} — ${describeErrors(v.errors ?? [])}`);
}

/** When the last `npm run build` ran: the time of its lexicon snapshot. */
let builtAt: number | null | undefined;

/** A bundled rules/ file not modified since the last build (one stat per file). */
function unchangedSinceBuild(file: string): boolean {
  if (!path.resolve(file).startsWith(RULES_DIR) || process.env.CROSSCHECK_VALIDATE_BUNDLED) return false;
  builtAt ??= mtimeOf(SNAPSHOT_FILE);
  const changed = mtimeOf(file);
  return builtAt !== null && changed !== null && changed <= builtAt;
}

function mtimeOf(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

export function describeErrors(errors: ErrorObject[]): string {
  const lines = errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const at = e.instancePath || '/';
      if (e.keyword === 'additionalProperties') {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
        return `${at}: unknown key "${key}"${didYouMean(key, allowed)}`;
      }
      if (e.keyword === 'enum') {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        return `${at}: ${e.message}: ${allowed.join(', ')}${didYouMean(String(e.data), allowed)}`;
      }
      return `${at}: ${e.message}`;
    });
  return [...new Set(lines)].join('; ');
}

export function didYouMean(word: string, candidates: string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(word, candidates);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : '';
}
