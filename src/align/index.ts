// Claims → slots. A slot is one question the story answers; it holds at most one claim per source.
// Claims are grouped by an alignment key (frame/role for quantities, event for dates, canonical entity,
// title or event for people and places), then clustered inside the group: a claim joins the slot whose
// values it fits. It joins a slot it contradicts only on strong evidence that both answer one question —
// its counterpart in a copy/rewrite/translation, an event frame (one death toll per story), or enough
// shared sentence context (thresholds in rules/align.json) — and never a slot that already holds its source.

import type { Claim, Lineage, Slot, SlotStatus, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { compatible, specificity } from './compatible.js';
import { contextIndex, type ContextIndex } from './context.js';
import { slotKeys, labelFor, type SlotKey } from './keys.js';
import { counterpartClaims, type Partners } from './pairs.js';
import { loadAlignOptions, type AlignOptions } from './options.js';
import { pushTo } from '../collections.js';

export interface AlignedSlot extends Slot {
  /** Every claim that landed in the slot, including repeats in one source (the report shows one per source). */
  mentions: Claim[];
}

interface Building {
  key: SlotKey;
  bySource: Map<string, Claim[]>;
}

interface Evidence {
  context: ContextIndex;
  partners: Partners;
  options: AlignOptions;
  /** The editor's draft: checked against the wires, so any of its claims with a wire's key is compared. */
  primary?: string;
}

export function alignClaims(
  claims: Claim[],
  sources: Source[],
  lineage: Lineage,
  langs: Map<string, Language>,
  options: AlignOptions = loadAlignOptions(),
  primary?: string,
): AlignedSlot[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const context = contextIndex(claims, sources, langs);
  const evidence: Evidence = { context, partners: counterpartClaims(claims, sources, lineage, context, options.pairing), options, primary };
  const keyOptions = { eventFrames: new Set(options.eventFrames), headKeyedFrames: new Set(options.headKeyedFrames) };
  const keys = new Map(claims.map((c) => [c.id, slotKeys(c, keyOptions)]));
  shareCounterpartKeys(claims, keys, evidence.partners, order);
  const groups = new Map<string, { key: SlotKey; claims: Claim[] }>();
  for (const claim of claims) {
    for (const key of keys.get(claim.id)!) {
      const g = groups.get(key.id);
      if (g) g.claims.push(claim);
      else groups.set(key.id, { key, claims: [claim] });
    }
  }
  const slots: AlignedSlot[] = [];
  for (const { key, claims: members } of groups.values()) {
    members.sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start);
    const built = cluster(key, members, evidence);
    built.forEach((b, i) => slots.push(finish(b, i, built.length, order, lineage)));
  }
  return slots.sort(
    (a, b) => kindRank(a.kind) - kindRank(b.kind) || order.get(a.mentions[0].source)! - order.get(b.mentions[0].source)! || a.mentions[0].start - b.mentions[0].start,
  );
}

/** Slots created most recently that a claim may join on a fuzzy fit; older ones only by equal value or counterpart. */
const RECENT_SLOTS = 64;

interface Clustering {
  built: Building[];
  /** Value key → slots holding that value; claim id → its slot: the exact routes, at any distance. */
  byValue: Map<string, Building[]>;
  slotOf: Map<string, Building>;
}

/**
 * Counterparts answer the same question even when their sentences anchor them differently (a translation that
 * names no event word, a rewrite that says "talks" for "meeting"): a quantity or date takes the key of its
 * counterpart in the earlier source, unless its own key is specific and the counterpart's is not.
 */
function shareCounterpartKeys(claims: Claim[], keys: Map<string, SlotKey[]>, partners: Partners, order: Map<string, number>): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const claim of claims) {
    if (claim.kind !== 'quantity' && claim.kind !== 'date') continue;
    const own = keys.get(claim.id)!;
    for (const id of partners.get(claim.id) ?? []) {
      const other = byId.get(id)!;
      if (order.get(other.source)! >= order.get(claim.source)!) continue;
      const theirs = keys.get(id)!;
      if (theirs.length === 0 || (own.length > 0 && (own[0].id === theirs[0].id || (own[0].specific && !theirs[0].specific)))) continue;
      keys.set(claim.id, [theirs[0]]);
      break;
    }
  }
}

function cluster(key: SlotKey, members: Claim[], evidence: Evidence): Building[] {
  const state: Clustering = { built: [], byValue: new Map(), slotOf: new Map() };
  for (const claim of members) {
    mergeCounterpartSlots(claim, state, evidence);
    let best: Building | undefined;
    let bestScore = 0;
    const counterparts = counterpartSlots(claim, state, evidence);
    for (const b of candidates(claim, state, counterparts)) {
      const score = fit(claim, b, key, evidence, counterparts.has(b));
      if (score > bestScore) {
        bestScore = score;
        best = b;
      }
    }
    if (!best) state.built.push((best = { key, bySource: new Map() }));
    pushTo(best.bySource, claim.source, claim);
    state.slotOf.set(claim.id, best);
    const values = state.byValue.get(valueKey(claim));
    if (!values) state.byValue.set(valueKey(claim), [best]);
    else if (values[values.length - 1] !== best) values.push(best);
  }
  return state.built.filter((b) => b.bySource.size > 0);
}

/** The slots worth scoring: recent ones, ones holding the same value, ones holding a counterpart. Bounded, so
 *  a source with thousands of distinct values stays linear. */
function candidates(claim: Claim, state: Clustering, counterparts: Set<Building>): Set<Building> {
  const out = new Set<Building>(state.built.slice(-RECENT_SLOTS));
  // A common value ("two") may sit in thousands of slots of a long folder: the latest few are enough.
  for (const b of (state.byValue.get(valueKey(claim)) ?? []).slice(-RECENT_SLOTS)) out.add(b);
  for (const b of counterparts) out.add(b);
  for (const b of out) if (b.bySource.size === 0) out.delete(b);
  return out;
}

function counterpartSlots(claim: Claim, state: Clustering, evidence: Evidence): Set<Building> {
  const out = new Set<Building>();
  for (const id of evidence.partners.get(claim.id) ?? []) {
    const b = state.slotOf.get(id);
    if (b) out.add(b);
  }
  return out;
}

/**
 * A claim whose counterparts sit in several slots (a translation of two rewrites that disagree) shows those
 * slots answer one question: merge them, when no source is in two of them, so the disagreement is seen.
 */
function mergeCounterpartSlots(claim: Claim, state: Clustering, evidence: Evidence): void {
  const holding = new Set<Building>();
  for (const id of evidence.partners.get(claim.id) ?? []) {
    const b = state.slotOf.get(id);
    if (b && b.bySource.size > 0 && !b.bySource.has(claim.source)) holding.add(b);
  }
  if (holding.size < 2) return;
  const [target, ...rest] = holding;
  for (const b of rest) {
    if ([...b.bySource.keys()].some((source) => target.bySource.has(source))) continue;
    for (const [source, list] of b.bySource) {
      target.bySource.set(source, list);
      for (const c of list) state.slotOf.set(c.id, target);
    }
    b.bySource.clear();
  }
}

function valueKey(claim: Claim): string {
  return `${JSON.stringify(claim.value)}|${claim.quantity?.unit ?? ''}`;
}

/** How well a claim fits a slot under construction; 0 means it may not join. */
function fit(claim: Claim, slot: Building, key: SlotKey, evidence: Evidence, counterpart: boolean): number {
  const ownAll = slot.bySource.get(claim.source);
  if (ownAll) {
    const own = sample(ownAll);
    // A source repeating itself: the same value joins; a merely compatible one ("thousands" then "6,000")
    // only when it speaks of the same thing (shared context), else "up to 35%" would swallow "32%".
    if (own.every((c) => sameValue(c, claim))) return 3;
    // Among numbers only a vague amount folds into a figure of its own source: "almost 14%" beside "13.8%"
    // stays apart, or approximations would chain unrelated figures into one slot. A coarser date ("this
    // month") may fold into a finer one ("June 4").
    const loose = (c: Claim) => c.kind !== 'quantity' || c.quantity?.qualifier === 'vague';
    if (!own.every((c) => compatible(c, claim) && (loose(c) || loose(claim)))) return 0;
    const ctx = Math.max(...own.map((c) => evidence.context.similarity(c, claim)));
    return ctx >= evidence.options.minContext.quantity ? 1 + ctx : 0;
  }
  let fits = 0;
  let total = 0;
  for (const list of slot.bySource.values()) {
    for (const c of sample(list)) {
      total++;
      if (compatible(c, claim)) fits++;
    }
  }
  if (counterpart) return 10 + contextWith(claim, slot, evidence);
  // Background (a sentence set in another year) and the story's own event are different questions.
  if (!sameBackground(claim, slot)) return 0;
  if (key.keyClass === 'quote') return sameWords(claim, slot) ? 2 : 0;
  if (fits === total) return 2 + contextWith(claim, slot, evidence);
  if (!key.specific) return 0;
  const ctx = contextWith(claim, slot, evidence);
  const draft = evidence.primary !== undefined && (claim.source === evidence.primary || slot.bySource.has(evidence.primary));
  return draft || ctx >= evidence.options.minContext[key.keyClass] ? 0.01 + ctx : 0;
}

/** The best sentence-context overlap between a claim and a slot, judged by each source's first and last mention. */
function contextWith(claim: Claim, slot: Building, evidence: Evidence): number {
  let ctx = 0;
  for (const list of slot.bySource.values()) {
    ctx = Math.max(ctx, evidence.context.similarity(list[0], claim));
    if (list.length > 1) ctx = Math.max(ctx, evidence.context.similarity(list[list.length - 1], claim));
  }
  return ctx;
}

/** A source that repeats one value a thousand times is judged by a few of its mentions: linear, not quadratic. */
function sample(list: Claim[]): Claim[] {
  return list.length <= 8 ? list : [...list.slice(0, 4), ...list.slice(-4)];
}

function sameValue(a: Claim, b: Claim): boolean {
  return JSON.stringify(a.value) === JSON.stringify(b.value) && (a.quantity?.unit ?? '') === (b.quantity?.unit ?? '');
}

function sameBackground(claim: Claim, slot: Building): boolean {
  for (const list of slot.bySource.values()) for (const c of sample(list)) if (c.background !== claim.background) return false;
  return true;
}

function sameWords(claim: Claim, slot: Building): boolean {
  for (const list of slot.bySource.values()) for (const c of sample(list)) if (c.quote?.normalized !== claim.quote?.normalized) return false;
  return true;
}

function finish(b: Building, index: number, count: number, order: Map<string, number>, lineage: Lineage): AlignedSlot {
  const mentions: Claim[] = [];
  const claims: Claim[] = [];
  for (const list of b.bySource.values()) {
    mentions.push(...list);
    claims.push(list.reduce((best, c) => (specificity(c) > specificity(best) ? c : best)));
  }
  claims.sort((x, y) => order.get(x.source)! - order.get(y.source)!);
  return {
    id: count > 1 ? `${b.key.id}#${index + 1}` : b.key.id,
    kind: b.key.kind,
    label: labelFor(b.key, claims),
    key: b.key.id,
    status: statusOf(claims, lineage),
    claims,
    mentions,
  };
}

export function statusOf(claims: Claim[], lineage: Lineage): SlotStatus {
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) if (!compatible(claims[i], claims[j])) return 'conflict';
  }
  return originsOf(claims, lineage) > 1 ? 'agree' : 'single';
}

/** Independent origins among claims: distinct lineage ids of their sources. */
export function originsOf(claims: Claim[], lineage: Lineage): number {
  return new Set(claims.map((c) => lineage.of[c.source] ?? c.source)).size;
}

const KIND_ORDER = ['quantity', 'date', 'place', 'person', 'organization', 'quote'];
function kindRank(kind: string): number {
  return KIND_ORDER.indexOf(kind);
}
