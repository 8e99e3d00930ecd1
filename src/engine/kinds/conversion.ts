// conversion: an amount whose stated conversion it does not give ("44C (115F)": 115 °F is 46.1 °C). Extraction
// judges each conversion in a unit of fixed factor against the amount, both read with their rounding
// (Alternate.mismatch); currencies have no fixed rate and are never judged. One source suffices: the figure
// contradicts itself.

import type { Finding } from '../../model.js';
import type { Check } from '../types.js';
import { fillTemplate } from '../template.js';

export const conversion: Check = (rule, ctx) => {
  const slotOf = new Map<string, string>();
  for (const s of ctx.slots) for (const m of s.mentions) slotOf.set(m.id, s.id);
  const findings: Finding[] = [];
  for (const claim of ctx.claims) {
    const q = claim.quantity;
    if (!q?.alternates || q.number === null || q.unit === undefined) continue;
    for (const alt of q.alternates) {
      if (!alt.mismatch) continue;
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        message: fillTemplate(rule.message, {
          value: claim.text,
          source: claim.source,
          stated: `${figure(alt.mismatch.number)} ${alt.mismatch.unit}`,
          converted: `${figure(alt.number)} ${alt.unit}`,
          amount: `${figure(q.number)} ${q.unit}`,
        }),
        slot: slotOf.get(claim.id),
        sources: [claim.source],
        claims: [claim],
        docs: rule.docs,
      });
    }
  }
  return findings;
};

/** A figure to one decimal at most: a message, not a measurement. */
function figure(n: number): string {
  return String(Math.round(n * 10) / 10);
}
