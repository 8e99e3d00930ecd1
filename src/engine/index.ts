// Run every enabled check over the aligned slots. Checks are data (rules/checks/*.json); each names one kind
// from a closed set, implemented here.

import type { Finding, Severity } from '../model.js';
import { compareCodeUnits } from '../collections.js';
import type { LineageOptions } from '../lineage/index.js';
import { loadLineageOptions } from '../lineage/options.js';
import { loadCheckRules } from './rules.js';
import type { Check, CheckContext, CheckKind, RuleDefinition } from './types.js';
import { numericAgreement, dateAgreement, entityAgreement } from './kinds/agreement.js';
import { composition } from './kinds/composition.js';
import { corroboration, singleOrigin } from './kinds/corroboration.js';
import { spellingVariants } from './kinds/spelling.js';
import { unsupportedClaim } from './kinds/unsupported.js';
import { translationDates } from './kinds/translation-dates.js';
import { identifierVariants } from './kinds/identifier-variants.js';
import { quoteFidelity } from './kinds/quote-fidelity.js';
import { conversion } from './kinds/conversion.js';

export interface LoadedRules {
  checks: RuleDefinition[];
  lineage: LineageOptions;
}

/** The bundled checks plus any folders of rule files, and the lineage thresholds. */
export function loadRules(ruleDirs: string[] = []): LoadedRules {
  return { checks: loadCheckRules(ruleDirs), lineage: loadLineageOptions() };
}

const KINDS: Record<CheckKind, Check> = {
  'numeric-agreement': numericAgreement,
  'date-agreement': dateAgreement,
  'entity-agreement': entityAgreement,
  composition,
  corroboration,
  'single-origin': singleOrigin,
  'spelling-variants': spellingVariants,
  'unsupported-claim': unsupportedClaim,
  'translation-dates': translationDates,
  'identifier-variants': identifierVariants,
  'quote-fidelity': quoteFidelity,
  conversion,
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runChecks(ctx: CheckContext, rules: LoadedRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules.checks) {
    if (rule.severity === 'off') continue;
    findings.push(...KINDS[rule.kind]({ ...rule, severity: rule.severity }, ctx));
  }
  const slotOrder = new Map(ctx.slots.map((s, i) => [s.id, i]));
  // Each finding's sort key looked up once, not once per comparison.
  const keyed = findings.map((f) => ({ f, severity: SEVERITY_RANK[f.severity], slot: slotOrder.get(f.slot ?? '') ?? -1 }));
  keyed.sort(
    (a, b) =>
      a.severity - b.severity ||
      a.slot - b.slot ||
      compareCodeUnits(a.f.ruleId, b.f.ruleId), // rule ids are [a-z][a-z0-9-]* (rule.schema.json)
  );
  return keyed.map((k) => k.f);
}

export { CHECK_KINDS } from './types.js';
export type { RuleDefinition, CheckContext } from './types.js';
