import type { Claim, Finding, Lineage, Severity, Source } from '../model.js';
import type { AlignedSlot } from '../align/index.js';
import type { Counterparts } from '../align/pairs.js';
import type { Language } from '../lexicon/load.js';

export const CHECK_KINDS = [
  'numeric-agreement',
  'date-agreement',
  'entity-agreement',
  'composition',
  'corroboration',
  'single-origin',
  'spelling-variants',
  'unsupported-claim',
  'translation-dates',
  'identifier-variants',
  'quote-fidelity',
  'conversion',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** A check as written in a rule file under rules/checks (or a --rules folder). */
export interface RuleDefinition {
  id: string;
  kind: CheckKind;
  severity: Severity | 'off';
  description: string;
  /** Template with {placeholders}; each kind documents the ones it fills. */
  message: string;
  docs: string;
  options?: Record<string, unknown>;
  /** File the rule came from, for error messages. */
  file?: string;
}

export interface CheckContext {
  sources: Source[];
  claims: Claim[];
  lineage: Lineage;
  slots: AlignedSlot[];
  /** Claims and sentences the alignment paired across copies, rewrites and translations; none when not given. */
  counterparts?: Counterparts;
  /** Source id of the editor's draft, when checking a draft against the wires. */
  primary?: string;
  /** The language lexicons by code, for checks that read the words of a sentence (number words). */
  languages?: ReadonlyMap<string, Language>;
}

export type Check = (rule: RuleDefinition & { severity: Severity }, ctx: CheckContext) => Finding[];
