// Load the checks: every rules/checks/*.json, then each --rules folder (a rule with the same id replaces the
// bundled one), validated by ajv — the rule shape first, then the options schema of its kind.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Severity } from '../model.js';
import { InputError } from '../errors.js';
import { RULES_DIR, didYouMean, readJsonFile, validateOrThrow } from '../schema/validate.js';
import type { RuleDefinition } from './types.js';

export type SeverityOverride = Severity | 'off';

export function loadCheckRules(extraDirs: string[] = []): RuleDefinition[] {
  const byId = new Map<string, RuleDefinition>();
  for (const dir of [path.join(RULES_DIR, 'checks'), ...extraDirs]) {
    for (const file of ruleFiles(dir)) {
      const rule = validateRule(readJsonFile(file), file);
      byId.set(rule.id, { ...rule, file });
    }
  }
  return [...byId.values()];
}

function ruleFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
    names = readdirSync(dir);
  } catch {
    throw new InputError(`${dir}: not a readable folder of rule files; check the --rules path.`);
  }
  return names.filter((n) => n.endsWith('.json')).sort().map((n) => path.join(dir, n));
}

export function validateRule(data: unknown, file: string): RuleDefinition {
  const rule = validateOrThrow<RuleDefinition>('rule', data, file);
  validateOrThrow(`kinds/${rule.kind}`, rule.options ?? {}, file, `${file} (options of kind ${rule.kind})`);
  return rule;
}

/** Apply id → severity overrides (config, --rule); an unknown id is a configuration error with a suggestion. */
export function applyOverrides(rules: RuleDefinition[], overrides: Record<string, SeverityOverride>, origin: string): RuleDefinition[] {
  const ids = rules.map((r) => r.id);
  for (const id of Object.keys(overrides)) {
    if (!ids.includes(id)) throw new InputError(`${origin}: unknown rule "${id}"${didYouMean(id, ids)}; run \`crosscheck rules\` to list them.`);
  }
  return rules.map((r) => (r.id in overrides ? { ...r, severity: overrides[r.id] } : r));
}
