// unsupported-claim: in draft-vs-wires mode, a claim of the draft that no other source gives.

import type { Finding } from '../../model.js';
import type { Check } from '../types.js';
import { fillTemplate } from '../template.js';

interface UnsupportedOptions {
  /** Claim kinds checked for support; entities and quotes are often legitimately the draft's own. */
  kinds?: string[];
}

export const unsupportedClaim: Check = (rule, ctx) => {
  if (!ctx.primary) return [];
  const kinds = new Set((rule.options as UnsupportedOptions | undefined)?.kinds ?? ['quantity', 'date']);
  const findings: Finding[] = [];
  for (const slot of ctx.slots) {
    if (!kinds.has(slot.kind)) continue;
    const draft = slot.claims.find((c) => c.source === ctx.primary);
    if (!draft || slot.claims.length > 1) continue;
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: fillTemplate(rule.message, { label: slot.label, value: draft.text.replace(/\s+/g, ' ') }),
      slot: slot.id,
      sources: [draft.source],
      claims: [draft],
      docs: rule.docs,
    });
  }
  return findings;
};
