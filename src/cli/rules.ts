// `crosscheck rules`: every check with its kind, severity, description and documentation link.

import { loadCheckRules } from '../engine/rules.js';
import type { Io } from './main.js';

export interface RulesArgs {
  rules?: string[];
}

export function runRules(args: RulesArgs, io: Io): number {
  for (const r of loadCheckRules(args.rules ?? [])) {
    io.stdout(`${r.id.padEnd(20)} ${r.severity.padEnd(8)} ${r.kind}\n  ${r.description}\n  ${r.docs}\n`);
  }
  return 0;
}
