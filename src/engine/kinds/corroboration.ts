// corroboration and single-origin: how many independent origins stand behind a slot's value. Copies,
// rewrites and translations of one story are one origin, however many files carry them.

import type { Finding } from '../../model.js';
import type { Check } from '../types.js';
import { fillTemplate } from '../template.js';
import { describeGroup, originsPhrase, valueGroups } from '../values.js';

function byStatus(status: 'agree' | 'single'): Check {
  return (rule, ctx) => {
    const findings: Finding[] = [];
    for (const slot of ctx.slots) {
      if (slot.status !== status) continue;
      const groups = valueGroups(slot.claims, ctx.lineage);
      const origins = new Set(slot.claims.map((c) => ctx.lineage.of[c.source] ?? c.source)).size;
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        message: fillTemplate(rule.message, {
          label: slot.label,
          values: groups.map(describeGroup).join('; '),
          origins: originsPhrase(origins, slot.claims.length),
          sources: slot.claims.map((c) => c.source).join(', '),
        }),
        slot: slot.id,
        sources: slot.claims.map((c) => c.source),
        claims: slot.claims,
        docs: rule.docs,
      });
    }
    return findings;
  };
}

export const corroboration = byStatus('agree');
export const singleOrigin = byStatus('single');
