// numeric-agreement, date-agreement, entity-agreement: a slot whose claims do not all fit each other is a
// conflict naming every value, its sources and its origins. Numbers attributed to different bodies
// ("the USGS said 4.4", "the observatory put it at 4.2") and counts that develop over time are reported
// at their own, usually lower, severity with what explains them.

import type { Claim, ClaimKind, Finding, Severity } from '../../model.js';
import type { AlignedSlot } from '../../align/index.js';
import { compareCodeUnits } from '../../collections.js';
import type { Check, CheckContext, RuleDefinition } from '../types.js';
import { fillTemplate } from '../template.js';
import { compatible } from '../../align/compatible.js';
import { QUESTION_ENTITY_KEY } from '../../align/keys.js';
import { describeGroup, valueGroups, type ValueGroup } from '../values.js';
import { agesFitOneBirthday } from '../aging.js';

interface AgreementOptions {
  /** Severity when every conflicting value is attributed to a different party. */
  attributedSeverity?: Severity;
  /** Frames whose values change as a story develops (death tolls); conflicts name the most recent value. */
  developingFrames?: string[];
  developingSeverity?: Severity;
  /** Severity when only a vague amount ("several", "a few", "dozens") stands against figures that agree. */
  vagueSeverity?: Severity;
  /** Frames of ages: values one birthday fits at their sources' publication dates ("26" in January, "27" in
   *  September) are reported at `agingSeverity`. */
  agingFrames?: string[];
  agingSeverity?: Severity;
}

function agreementCheck(kinds: ClaimKind[], onlySpecificKeys: boolean): Check {
  return (rule, ctx) => {
    const options = (rule.options ?? {}) as AgreementOptions;
    const findings: Finding[] = [];
    for (const slot of ctx.slots) {
      if (slot.status !== 'conflict' || !kinds.includes(slot.kind)) continue;
      if (onlySpecificKeys && !QUESTION_ENTITY_KEY.test(slot.key)) continue;
      findings.push(conflictFinding(rule, slot, ctx, options));
    }
    return findings;
  };
}

function conflictFinding(
  rule: RuleDefinition & { severity: Severity },
  slot: AlignedSlot,
  ctx: CheckContext,
  options: AgreementOptions,
): Finding {
  const groups = valueGroups(slot.claims, ctx.lineage, ctx.counterparts?.claims);
  let severity: Severity = rule.severity;
  let note = '';
  const attributions = groups.map((g) => attributionOf(g));
  if (options.attributedSeverity && attributions.every((a) => a) && new Set(attributions).size === groups.length) {
    severity = options.attributedSeverity;
    const name = (key: string) => ctx.claims.find((c) => c.entity?.key === key)?.entity?.canonical ?? key;
    note = ` Each value is attributed: ${groups.map((g, i) => `${name(attributions[i]!)} → "${g.claims[0].text}"`).join('; ')}.`;
  } else if (options.vagueSeverity && onlyVagueDisagree(slot.claims)) {
    severity = options.vagueSeverity;
    const vague = [...new Set(slot.claims.filter(isVague).map((c) => `"${c.text}"`))].join(', ');
    note = ` Only ${vague} stands against the others, and it is vague.`;
  } else if (options.agingFrames?.includes(slot.claims[0].quantity?.frame ?? '') && agesFitOneBirthday(slot.mentions, ctx.sources)) {
    severity = options.agingSeverity ?? severity;
    note = ' One birthday fits every age at its source\'s publication date: ages said at different times.';
  } else if (options.developingFrames && options.developingFrames.includes(slot.claims[0].quantity?.frame ?? '')) {
    const recent = mostRecent(slot.claims, ctx);
    const dated = recent !== undefined && publishedLater(recent.published, slot.claims, ctx);
    const update = dated ? undefined : updateWorded(slot, groups);
    if (update) {
      severity = options.developingSeverity ?? severity;
      note = ` The count may have developed; most recent by its wording: "${update.quantity!.update}" in ${update.source}.`;
    } else if (recent && dated) {
      severity = options.developingSeverity ?? severity;
      note = ` The count may have developed; most recent: "${recent.claim.text}" in ${recent.claim.source}${recent.published ? ` (published ${recent.published})` : ''}.`;
    }
  }
  const draft = ctx.primary ? slot.claims.find((c) => c.source === ctx.primary) : undefined;
  const message = fillTemplate(rule.message, {
    label: slot.label,
    values: draft ? draftVerdict(draft, groups) : groups.map(describeGroup).join(' vs '),
    sources: slot.claims.map((c) => c.source).join(', '),
  });
  return {
    ruleId: rule.id,
    severity,
    message: message + note,
    slot: slot.id,
    sources: slot.claims.map((c) => c.source),
    // In draft mode the draft's claim comes first: formatters anchor the finding there.
    claims: draft ? [draft, ...slot.claims.filter((c) => c !== draft)] : slot.claims,
    docs: rule.docs,
  };
}

const isVague = (c: Claim) => c.quantity?.qualifier === 'vague';

/** The precise figures of the slot all fit each other; what they contradict is a vague amount. */
function onlyVagueDisagree(claims: Claim[]): boolean {
  const precise = claims.filter((c) => !isVague(c));
  if (precise.length === claims.length) return false;
  return precise.every((a, i) => precise.slice(i + 1).every((b) => compatible(a, b)));
}

/** draft "8,000" is contradicted by "6,000" in a, b — 2 origins; supported by c */
function draftVerdict(draft: Claim, groups: ValueGroup[]): string {
  const own = groups.find((g) => g.claims.includes(draft))!;
  const supporters = own.sources.filter((s) => s !== draft.source);
  const against = groups.filter((g) => g !== own).map(describeGroup).join(' and ');
  return `draft "${draft.text}" is contradicted by ${against}${supporters.length ? `; supported by ${supporters.join(', ')}` : '; no source supports it'}`;
}

function attributionOf(g: ValueGroup): string | undefined {
  const set = new Set(g.claims.map((c) => c.attribution));
  return set.size === 1 ? [...set][0] : undefined;
}

/** A count "develops" only when the sources were published on different days. */
function publishedLater(latest: string | null, claims: Claim[], ctx: CheckContext): boolean {
  const published = new Map(ctx.sources.map((s) => [s.id, s.published]));
  return latest !== null && claims.some((c) => (published.get(c.source) ?? latest) < latest);
}

/**
 * The mention worded as an update ("the toll rose to 12"), when every mention so worded gives the same one of the
 * slot's values: that value replaced the others. Publication dates, when they tell, come first.
 */
function updateWorded(slot: AlignedSlot, groups: readonly ValueGroup[]): Claim | undefined {
  const updates = slot.mentions.filter((m) => m.quantity?.update !== undefined);
  if (updates.length === 0) return undefined;
  const worded = groups.filter((g) => g.claims.some((c) => updates.some((u) => u.source === c.source && compatible(u, c))));
  if (worded.length !== 1) return undefined;
  return updates.find((u) => worded[0].claims.some((c) => c.source === u.source && compatible(u, c)));
}

/** The latest claim by publication date (YYYY-MM-DD, so code units order them as localeCompare would, without
 * its ICU set-up); when dates tie or are missing, the largest count (tolls rise). */
function mostRecent(claims: Claim[], ctx: CheckContext): { claim: Claim; published: string | null } | undefined {
  const published = new Map(ctx.sources.map((s) => [s.id, s.published]));
  const ranked = claims
    .filter((c) => c.quantity?.number != null)
    .map((c) => ({ claim: c, published: published.get(c.source) ?? null }))
    .sort((a, b) => compareCodeUnits(b.published ?? '', a.published ?? '') || b.claim.quantity!.number! - a.claim.quantity!.number!);
  return ranked[0];
}

export const numericAgreement = agreementCheck(['quantity'], false);
export const dateAgreement = agreementCheck(['date'], false);
export const entityAgreement = agreementCheck(['person', 'place', 'organization'], true);
