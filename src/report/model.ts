// The report: the only thing a formatter sees. Field names follow the JSON contract in DESIGN.md;
// more may be added, none renamed without a version bump.

import type { ClaimKind, ClaimValue, LineageLink, Qualifier, Severity, SlotStatus } from '../model.js';

export const REPORT_VERSION = 1;

export interface ReportClaim {
  source: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  value: ClaimValue;
  kind: ClaimKind;
  qualifier?: Qualifier;
  unit?: string;
  role?: string;
  attribution?: string;
  /** True when part of the value was inferred (a borrowed year or reference date). */
  inferred?: boolean;
}

export interface ReportSlot {
  id: string;
  kind: ClaimKind;
  label: string;
  status: SlotStatus;
  /** Number of independent origins (lineages) among the slot's claims. */
  origins: number;
  claims: ReportClaim[];
}

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  slot?: string;
  sources: string[];
  claims: ReportClaim[];
  docs?: string;
}

export interface ReportSource {
  id: string;
  path: string;
  language: string;
  published: string | null;
  publishedInferred: boolean;
  agency: string | null;
  lineage: string;
  /** True for the editor's draft (--primary). */
  primary?: boolean;
}

export interface ReportLineageGroup {
  id: string;
  sources: string[];
}

/** A lineage link is reported as the pipeline found it. */
export type ReportLineageLink = LineageLink;

export interface ReportSummary {
  sources: number;
  origins: number;
  slots: number;
  agree: number;
  conflict: number;
  single: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface StoryReport {
  path: string;
  sources: ReportSource[];
  lineage: { groups: ReportLineageGroup[]; links: ReportLineageLink[] };
  slots: ReportSlot[];
  findings: ReportFinding[];
  summary: ReportSummary;
}

export interface Report {
  version: number;
  stories: StoryReport[];
}

export interface FormatOptions {
  color: boolean;
  /** Directory that relative paths (SARIF URIs, links) are computed from. */
  cwd: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;
