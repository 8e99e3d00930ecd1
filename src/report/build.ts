// StoryResult (pipeline data) → StoryReport (the contract formatters and tools read).

import type { Claim, Finding } from '../model.js';
import { pushTo } from '../collections.js';
import type { StoryResult } from '../pipeline.js';
import { originsOf } from '../align/index.js';
import { REPORT_VERSION, type Report, type ReportClaim, type ReportFinding, type StoryReport } from './model.js';

export function buildReport(stories: StoryResult[]): Report {
  return { version: REPORT_VERSION, stories: stories.map(storyReport) };
}

export function storyReport(r: StoryResult): StoryReport {
  const groups = new Map<string, string[]>();
  for (const s of r.sources) {
    const id = r.lineage.of[s.id] ?? s.id;
    pushTo(groups, id, s.id);
  }
  const slots = r.slots.map((s) => ({
    id: s.id,
    kind: s.kind,
    label: s.label,
    status: s.status,
    origins: originsOf(s.claims, r.lineage),
    claims: s.claims.map(reportClaim),
  }));
  const findings = r.findings.map(reportFinding);
  const count = (sev: string) => findings.filter((f) => f.severity === sev).length;
  return {
    path: r.path,
    sources: r.sources.map((s) => ({
      id: s.id,
      path: s.path,
      language: s.language,
      published: s.published,
      publishedInferred: s.publishedInferred,
      agency: s.agency,
      lineage: r.lineage.of[s.id] ?? s.id,
      ...(r.primary === s.id ? { primary: true } : {}),
    })),
    lineage: { groups: [...groups].map(([id, sources]) => ({ id, sources })), links: r.lineage.links },
    slots,
    findings,
    summary: {
      sources: r.sources.length,
      origins: groups.size,
      slots: slots.length,
      agree: slots.filter((s) => s.status === 'agree').length,
      conflict: slots.filter((s) => s.status === 'conflict').length,
      single: slots.filter((s) => s.status === 'single').length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}

export function reportClaim(c: Claim): ReportClaim {
  const out: ReportClaim = {
    source: c.source,
    text: c.text,
    start: c.start,
    end: c.end,
    line: c.line,
    column: c.column,
    value: c.value,
    kind: c.kind,
  };
  if (c.quantity) {
    out.qualifier = c.quantity.qualifier;
    if (c.quantity.unit) out.unit = c.quantity.unit;
    if (c.quantity.role) out.role = c.quantity.role;
  }
  if (c.attribution) out.attribution = c.attribution;
  if (c.date?.inferred) out.inferred = true;
  return out;
}

function reportFinding(f: Finding): ReportFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.slot ? { slot: f.slot } : {}),
    sources: f.sources,
    claims: f.claims.map(reportClaim),
    ...(f.docs ? { docs: f.docs } : {}),
  };
}
