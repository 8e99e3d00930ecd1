// composition: one total described with different units ("two battalions of 900" vs "a regiment … 900"),
// and parts that do or do not sum to a stated total ("6,000 … including 1,000 … and 5,000 …").

import type { Claim, Finding } from '../../model.js';
import type { Check } from '../types.js';
import { fillTemplate } from '../template.js';
import { pushTo } from '../../collections.js';

interface CompositionOptions {
  /** Report parts that sum exactly to their total as an info finding too. */
  reportMatchingSums?: boolean;
}

export const composition: Check = (rule, ctx) => {
  const options = (rule.options ?? {}) as CompositionOptions;
  return [...formationFindings(rule, ctx), ...partsFindings(rule, ctx, options)];
};

const formationFindings: Check = (rule, ctx) => {
  const findings: Finding[] = [];
  for (const slot of ctx.slots) {
    if (slot.kind !== 'quantity' || !slot.mentions.some((m) => m.quantity?.formation)) continue;
    const bySource = new Map<string, { text: string; claim: Claim }>();
    for (const m of slot.mentions) {
      const f = m.quantity?.formation;
      if (f && !bySource.has(m.source)) bySource.set(m.source, { text: describeFormation(f), claim: m });
    }
    const descriptions = new Map<string, { sources: string[]; claims: Claim[] }>();
    for (const [source, { text, claim }] of bySource) {
      const d = descriptions.get(text) ?? { sources: [], claims: [] };
      d.sources.push(source);
      d.claims.push(claim);
      descriptions.set(text, d);
    }
    if (descriptions.size < 2) continue;
    const parts = [...descriptions].map(([text, d]) => `${text} (${d.sources.join(', ')})`);
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: fillTemplate(rule.message, { label: slot.label, descriptions: parts.join(' vs '), value: slot.claims[0]?.text ?? '' }),
      slot: slot.id,
      sources: [...bySource.keys()],
      claims: [...descriptions.values()].flatMap((d) => d.claims),
      docs: rule.docs,
    });
  }
  return findings;
};

function describeFormation(f: Record<string, number>): string {
  return Object.entries(f)
    .map(([unit, n]) => (n === 1 ? `a ${unit}` : `${n} ${unit}s`))
    .join(' + ');
}

function partsFindings(rule: Parameters<Check>[0], ctx: Parameters<Check>[1], options: CompositionOptions): Finding[] {
  const parts = new Map<string, Claim[]>();
  for (const c of ctx.claims) {
    const total = c.quantity?.partOf;
    if (total) pushTo(parts, total, c);
  }
  if (parts.size === 0) return [];
  const byId = new Map(ctx.claims.map((c) => [c.id, c]));
  const slotOf = new Map<string, string>();
  for (const s of ctx.slots) for (const m of s.mentions) if (parts.has(m.id)) slotOf.set(m.id, s.id);
  const findings: Finding[] = [];
  for (const [totalId, list] of parts) {
    // One part is an example, not a breakdown: "47 vulnerabilities, including 10 critical flaws" sums to nothing.
    if (list.length < 2) continue;
    const total = byId.get(totalId);
    if (!total?.quantity || total.quantity.qualifier !== 'exact' || list.some((p) => p.quantity?.qualifier !== 'exact')) continue;
    const sum = list.reduce((s, p) => s + (p.quantity!.number ?? 0), 0);
    const matches = Math.abs(sum - total.quantity.number!) < 1e-9 * Math.max(1, sum);
    if (matches && !options.reportMatchingSums) continue;
    findings.push({
      ruleId: rule.id,
      severity: matches ? 'info' : rule.severity,
      message: `${total.source}: parts ${list.map((p) => `"${p.text}"`).join(' + ')} = ${sum} ${matches ? 'match' : 'do not match'} the total "${total.text}"`,
      slot: slotOf.get(total.id),
      sources: [total.source],
      claims: [total, ...list],
      docs: rule.docs,
    });
  }
  return findings;
}
