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
      const groups = valueGroups(slot.claims, ctx.lineage, ctx.counterparts?.claims);
      // One group (the usual case) has already counted the slot's origins.
      const origins = groups.length === 1 ? groups[0].origins : new Set(slot.claims.map((c) => ctx.lineage.of[c.source] ?? c.source)).size;
      const sources = slot.claims.map((c) => c.source);
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        message: fillTemplate(rule.message, {
          label: slot.label,
          values: groups.length === 1 ? describeGroup(groups[0]) : groups.map(describeGroup).join('; '),
          origins: originsPhrase(origins, slot.claims.length),
          sources: sources.join(', '),
        }),
        slot: slot.id,
        sources,
        claims: slot.claims,
        docs: rule.docs,
      });
    }
    return findings;
  };
}

export const corroboration = byStatus('agree');
export const singleOrigin = byStatus('single');
