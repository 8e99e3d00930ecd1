// translation-dates: a translation dated differently from its original by their header date lines ("October 7, 2008" in
// the original, "09-Oct-08" in the translation). Copies and rewrites are often republished a day later (on the
// ECB+ clusters 17 of their linked pairs differ), a translation keeps its original's date (113 of the 114
// MEANTIME pairs): a difference there is a date line to check.

import type { Claim, Finding, Source } from '../../model.js';
import type { Check } from '../types.js';
import { fillTemplate } from '../template.js';
import { makeClaim } from '../../extract/claim.js';
import { dateRecord } from '../../extract/date/info.js';

export const translationDates: Check = (rule, ctx) => {
  const byId = new Map(ctx.sources.map((s) => [s.id, s]));
  const findings: Finding[] = [];
  for (const link of ctx.lineage.links) {
    if (link.relation !== 'translation') continue;
    const pair = [byId.get(link.a), byId.get(link.b)].map((s) => s && dateLine(s));
    const [a, b] = pair;
    if (!a || !b || a.value === b.value) continue;
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: fillTemplate(rule.message, { dates: [a, b].map((c) => `"${c.text}" (${c.value}) in ${c.source}`).join(' vs ') }),
      sources: [a.source, b.source],
      claims: [a, b],
      docs: rule.docs,
    });
  }
  return findings;
};

/** The source's header date line as a date claim (outside the sentences), when the publication date is its own. */
function dateLine(source: Source): Claim | undefined {
  const span = source.metadata.find((m) => m.kind === 'header-date');
  if (!span || source.publishedInferred || source.published === null || span.value !== source.published) return undefined;
  return makeClaim(source, 'date', span.start, span.end, -1, source.published, { date: dateRecord({ iso: source.published, precision: 'day', relative: false, inferred: false }) });
}
