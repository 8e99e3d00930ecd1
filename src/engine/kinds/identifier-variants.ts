// identifier-variants: a phone number given by one source one digit off the number another gives ("0845 125 222"
// beside "0845 125 2222"). Alignment keeps different digits in different slots; two slots one edit apart are
// almost always one number copied wrong, and a reader who dials it reaches nobody.

import type { Finding } from '../../model.js';
import type { AlignedSlot } from '../../align/index.js';
import type { Check } from '../types.js';
import { distance } from 'fastest-levenshtein';
import { fillTemplate } from '../template.js';
import { describeGroup, valueGroups } from '../values.js';

export const identifierVariants: Check = (rule, ctx) => {
  const slots = ctx.slots.filter((s) => s.kind === 'identifier');
  const findings: Finding[] = [];
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      const [a, b] = [slots[i], slots[j]];
      if (a.key !== b.key || !oneDigitApart(a, b)) continue;
      const groups = [a, b].map((s) => valueGroups(s.claims, ctx.lineage)[0]);
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        message: fillTemplate(rule.message, { label: a.label, values: groups.map(describeGroup).join(' vs ') }),
        slot: a.id,
        sources: [...a.claims, ...b.claims].map((c) => c.source),
        claims: [...a.claims, ...b.claims],
        docs: rule.docs,
      });
    }
  }
  return findings;
};

function oneDigitApart(a: AlignedSlot, b: AlignedSlot): boolean {
  return distance(String(a.claims[0].value), String(b.claims[0].value)) === 1;
}
