// Claims → slots. A slot is one question the story answers; it holds at most one claim per source.
// Claims are grouped by an alignment key (frame/role for quantities, event for dates, canonical entity,
// title or event for people and places), then clustered inside the group: a claim joins the slot whose
// values it fits. It joins a slot it contradicts only on strong evidence that both answer one question —
// its counterpart in a copy/rewrite/translation, an event frame (one death toll per story), or enough
// shared sentence context (thresholds in rules/align.json) — and never a slot that already holds its source.

import type { Claim, Lineage, QuantityInfo, Slot, SlotStatus, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { agreeAsWritten, compatible, fitsBlindly, quantitiesCompatible, specificity } from './compatible.js';
import { contextIndex, headNounStem, type ContextIndex } from './context.js';
import { slotKeys, labelFor, timeless, sameEra, type KeyOptions, type SlotKey } from './keys.js';
import { counterpartClaims, type Counterparts, type Partners } from './pairs.js';
import { loadAlignOptions, type AlignOptions } from './options.js';
import { pushTo } from '../collections.js';

export interface AlignedSlot extends Slot {
  /** Every claim that landed in the slot, including repeats in one source (the report shows one per source). */
  mentions: Claim[];
}

interface Building {
  key: SlotKey;
  bySource: Map<string, Member[]>;
  /** Number of the last claim that listed this slot as a candidate: dedupes candidates without a Set per claim. */
  listedBy: number;
}

/** A claim with what clustering asks of it again and again, computed once. */
interface Member {
  claim: Claim;
  /** Position of its source in the folder. */
  rank: number;
  /** Story-wide number of its sentence (ContextIndex.sentenceOf). */
  at: number;
  /** Its value with its unit, numbered story-wide (valueNumbering): the same value has the same id. */
  valueId: number;
  keys: SlotKey[];
  /** Its counterparts in related sources (align/pairs.ts). */
  partners: readonly Member[];
  /** The slot it joined in the group being clustered; cleared when that group is done (a claim may be in several). */
  slot?: Building;
}

interface Evidence {
  context: ContextIndex;
  /** Value ids of the quantities each sentence gives, by sentence (ContextIndex.sentenceOf) and slot key id. */
  besides: Map<number, Map<string, Set<number>>>;
  options: AlignOptions;
  /** The editor's draft: where the wires give one answer under a key, its claims there need little context. */
  primary?: string;
  lineage: Lineage;
}

/** The slots of a story, and the counterparts its related sources were paired by (the checks ask them again). */
export interface Alignment {
  slots: AlignedSlot[];
  counterparts: Counterparts;
}

export function alignClaims(
  claims: Claim[],
  sources: Source[],
  lineage: Lineage,
  langs: Map<string, Language>,
  options: AlignOptions = loadAlignOptions(),
  primary?: string,
): Alignment {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const context = contextIndex(claims, sources, langs);
  const languageOf = new Map(sources.map((s) => [s.id, langs.get(s.language)]));
  const stemOf = (claim: Claim, head: string): string => headNounStem(head, languageOf.get(claim.source));
  // A figure its source says was replaced ("rose from 9 to 12") answers no question of the story now.
  const answers = claims.filter((c) => !c.quantity?.replaced);
  const counterparts = counterpartClaims(answers, sources, lineage, context, options.pairing);
  const members = membersOf(answers, order, context, counterparts.claims, options, stemOf);
  shareCounterpartKeys(members, keyPrecedence(sources));
  const evidence: Evidence = { context, options, primary, lineage, besides: sentenceValues(members) };
  const groups = new Map<string, { key: SlotKey; members: Member[] }>();
  for (const m of members) {
    for (const key of m.keys) {
      const g = groups.get(key.id);
      if (g) g.members.push(m);
      else groups.set(key.id, { key, members: [m] });
    }
  }
  const slots: { slot: AlignedSlot; kind: number; rank: number; start: number }[] = [];
  for (const { key, members: list } of groups.values()) {
    list.sort((a, b) => a.rank - b.rank || a.claim.start - b.claim.start);
    const built = cluster(key, list, evidence);
    built.forEach((b, i) => {
      const first = b.bySource.values().next().value![0];
      slots.push({ slot: finish(b, i, built.length, order, lineage, counterparts.claims), kind: kindRank(key.kind), rank: first.rank, start: first.claim.start });
    });
  }
  return { slots: slots.sort((a, b) => a.kind - b.kind || a.rank - b.rank || a.start - b.start).map((s) => s.slot), counterparts };
}

/** Shared by the members without counterparts (most of them), never added to. */
const NO_PARTNERS: readonly Member[] = [];

function membersOf(claims: Claim[], order: Map<string, number>, context: ContextIndex, partners: Partners, options: AlignOptions, headNounStem: KeyOptions['headNounStem']): Member[] {
  const keyOptions: KeyOptions = { eventFrames: new Set(options.eventFrames), headKeyedFrames: new Set(options.headKeyedFrames), sharedFrames: new Set(options.sharedFrames), ownerKeyedFrames: new Set(options.ownerKeyedFrames), shareFrames: new Set(options.shareFrames), subgroupRoles: new Set(options.subgroupRoles), singleHolderTitles: new Set(options.singleHolderTitles), headNounStem };
  const valueId = valueNumbering();
  const members = claims.map(
    (claim): Member => ({
      claim,
      rank: order.get(claim.source)!,
      at: context.sentenceOf(claim),
      valueId: valueId(claim.value, claim.quantity?.unit ?? ''),
      keys: slotKeys(claim, keyOptions),
      partners: NO_PARTNERS,
    }),
  );
  if (partners.size === 0) return members;
  const byId = new Map(members.map((m) => [m.claim.id, m]));
  for (const m of members) {
    const ids = partners.get(m.claim.id);
    if (ids) m.partners = [...ids].map((id) => byId.get(id)!);
  }
  return members;
}

/**
 * Numbers a story's values with their units, so the indexes keyed by value hash no string per look-up: the same
 * id for values that JSON.stringify writes alike. Numbers and strings, nearly all values, key a table of their unit
 * as they are (equal finite numbers are written alike, and a Map takes 0 and -0 as one key, as JSON does); anything
 * else (a range, null) by its JSON, in a table of its own.
 */
function valueNumbering(): (value: unknown, unit: string) => number {
  const tables = new Map<string, { plain: Map<unknown, number>; json: Map<unknown, number> }>();
  let next = 0;
  return (value, unit) => {
    let byUnit = tables.get(unit);
    if (!byUnit) tables.set(unit, (byUnit = { plain: new Map(), json: new Map() }));
    const plain = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    const table = plain ? byUnit.plain : byUnit.json;
    const key = plain ? value : JSON.stringify(value);
    let id = table.get(key);
    if (id === undefined) table.set(key, (id = next++));
    return id;
  };
}

/** Slots created most recently that a claim may join on a fuzzy fit; older ones only by equal value or counterpart. */
const RECENT_SLOTS = 64;

interface Clustering {
  built: Building[];
  /** Value id → slots holding that value: an exact route, at any distance. */
  byValue: Map<number, Building[]>;
  /** Claims clustered so far, numbering each claim's candidate listing. */
  count: number;
  /** The current claim's candidates (a list reused from claim to claim). */
  listed: Building[];
}

/**
 * Source → its place in line when counterparts share a key: first the sources of the story's most common language
 * (a head noun's key in that language can meet the other outlets' counts, "count of firefighters", where the
 * translation's "count of brandweerlieden" meets none), then by position in the folder.
 */
function keyPrecedence(sources: readonly Source[]): Map<string, number> {
  const perLanguage = new Map<string, number>();
  for (const s of sources) perLanguage.set(s.language, (perLanguage.get(s.language) ?? 0) + 1);
  return new Map(sources.map((s, i) => [s.id, (sources.length - perLanguage.get(s.language)!) * sources.length + i]));
}

/**
 * Counterparts answer the same question even when their sentences anchor them differently (a translation that
 * names no event word, a rewrite that says "talks" for "meeting"): a quantity or date takes the key of its
 * counterpart in the source first in line (keyPrecedence), unless its own key is specific and the counterpart's is
 * not. A figure that says nothing of what it counts ("closed above 8,000") takes its counterpart's key from either
 * side, and counterparts of which none says it share a key of their own: a translation that changed such a figure
 * still shows as a conflict.
 */
function shareCounterpartKeys(members: Member[], precedence: ReadonlyMap<string, number>): void {
  const before = (a: Member, b: Member) => precedence.get(a.claim.source)! < precedence.get(b.claim.source)!;
  for (const m of members) {
    if (m.claim.kind !== 'quantity' && m.claim.kind !== 'date') continue;
    const own = m.keys;
    for (const other of m.partners) {
      if (!before(other, m) && !(own.length === 0 && other.keys.length > 0)) continue;
      const theirs = other.keys;
      if (theirs.length === 0 || (own.length > 0 && (own[0].id === theirs[0].id || (own[0].specific && !theirs[0].specific)))) continue;
      m.keys = [theirs[0]];
      break;
    }
  }
  for (const m of members) {
    if (m.keys.length > 0 || !m.claim.quantity || m.partners.length === 0 || m.partners.some((p) => p.keys.length > 0)) continue;
    const key: SlotKey = { id: `quantity:figure:${m.claim.id}`, kind: 'quantity', specific: true, keyClass: 'quantity', subject: 'figure' };
    m.keys = [key];
    for (const p of m.partners) p.keys = [key];
  }
}

function cluster(key: SlotKey, members: Member[], evidence: Evidence): Building[] {
  // Most groups hold one claim: its own slot, without the clustering state.
  if (members.length === 1) return [{ key, bySource: new Map([[members[0].claim.source, [members[0]]]]), listedBy: -1 }];
  const state: Clustering = { built: [], byValue: new Map(), count: 0, listed: [] };
  const given = valuesBySource(members);
  // A shared frame (durations, counts of times) is what many things of a story have: the wires giving one answer
  // there says little about what a draft's figure answers.
  const draft = evidence.primary !== undefined && key.keyClass !== 'sharedFrame' && given.has(evidence.primary) && wiresGiveOneAnswer(members, evidence) ? evidence.primary : undefined;
  for (const m of members) {
    mergeCounterpartSlots(m);
    let best: Building | undefined;
    let bestScore = 0;
    const counterparts = counterpartSlots(m);
    for (const b of candidates(m, state, counterparts)) {
      const score = fit(m, b, key, evidence, counterparts.includes(b), given, draft);
      if (score > bestScore) {
        bestScore = score;
        best = b;
      }
    }
    if (!best) state.built.push((best = { key, bySource: new Map(), listedBy: -1 }));
    pushTo(best.bySource, m.claim.source, m);
    m.slot = best;
    const values = state.byValue.get(m.valueId);
    if (!values) state.byValue.set(m.valueId, [best]);
    else if (values[values.length - 1] !== best) values.push(best);
  }
  for (const m of members) m.slot = undefined;
  const built = state.built.filter((b) => b.bySource.size > 0);
  return key.specific && evidence.options.consensus.keyClasses.includes(key.keyClass) ? joinConsensus(built, given, evidence) : built;
}

/**
 * Sentences of independent outlets rarely share the words that tell one question from another ("the pirates, in
 * three boats" / "two boats were closing in"), but a story does: when every source gives one value under a key,
 * and several independent origins agree on one, a lone other value there answers the same question. It joins
 * that consensus as a conflict, given a little shared context (consensus in rules/align.json).
 */
function joinConsensus(built: Building[], given: ReadonlyMap<string, ReadonlySet<number>>, evidence: Evidence): Building[] {
  for (const values of given.values()) if (values.size > 1) return built;
  const { minOrigins, minContext } = evidence.options.consensus;
  const agreeing = built.filter((b) => originCount(b, evidence.lineage) >= minOrigins && oneNumber(b));
  if (agreeing.length !== 1) return built;
  const [consensus] = agreeing;
  const origins = originCount(consensus, evidence.lineage);
  return built.filter((b) => {
    if (b === consensus || originCount(b, evidence.lineage) >= origins || !agrees(b)) return true;
    const members = [...b.bySource.values()].flat();
    if (members.some((m) => m.claim.quantity?.qualifier === 'vague' || consensus.bySource.has(m.claim.source) || !sameBackground(m.claim, consensus))) return true;
    if (Math.max(...members.map((m) => contextWith(m, consensus, evidence))) < minContext) return true;
    for (const [source, list] of b.bySource) consensus.bySource.set(source, list);
    return false;
  });
}

/** Independent origins of a slot under construction. */
function originCount(b: Building, lineage: Lineage): number {
  const origins = new Set<string>();
  for (const source of b.bySource.keys()) origins.add(lineage.of[source] ?? source);
  return origins.size;
}

/** The slot's figures state one number ("seven", "7", "at least seven", "nearly 235,000" / "an estimated 235,000"),
 *  and every mention fits every other; "9-14" and "5-19" only overlap. */
function oneNumber(b: Building): boolean {
  let number: number | null | undefined;
  for (const list of b.bySource.values()) {
    for (const m of list) {
      const stated = m.claim.quantity?.number ?? null;
      if (stated === null) continue;
      if (number !== undefined && stated !== number) return false;
      number = stated;
    }
  }
  return number !== undefined && agrees(b);
}

/** Every mention of the slot fits every other. */
function agrees(b: Building): boolean {
  const members = [...b.bySource.values()].flat();
  return members.every((m) => fitsAll(m.claim, b));
}

/** The slots worth scoring, in this order: recent ones, ones holding the same value, ones holding a counterpart.
 *  Bounded, so a source with thousands of distinct values stays linear. The list is reused from claim to claim. */
function candidates(m: Member, state: Clustering, counterparts: Building[]): Building[] {
  const round = state.count++;
  const out = state.listed;
  out.length = 0;
  for (let i = Math.max(0, state.built.length - RECENT_SLOTS); i < state.built.length; i++) listOnce(state.built[i], round, out);
  // A common value ("two") may sit in thousands of slots of a long folder: the latest few are enough.
  const sameValue = state.byValue.get(m.valueId);
  if (sameValue) for (let i = Math.max(0, sameValue.length - RECENT_SLOTS); i < sameValue.length; i++) listOnce(sameValue[i], round, out);
  for (const b of counterparts) listOnce(b, round, out);
  return out;
}

function listOnce(b: Building, round: number, out: Building[]): void {
  if (b.listedBy === round) return;
  b.listedBy = round;
  if (b.bySource.size > 0) out.push(b);
}

const NO_SLOTS: Building[] = [];

/** Slots already holding a counterpart of the claim, each once. */
function counterpartSlots(m: Member): Building[] {
  if (m.partners.length === 0) return NO_SLOTS;
  const out: Building[] = [];
  for (const p of m.partners) if (p.slot && !out.includes(p.slot)) out.push(p.slot);
  return out;
}

/**
 * A claim whose counterparts sit in several slots (a translation of two rewrites that disagree) shows those
 * slots answer one question: merge them, when no source is in two of them, so the disagreement is seen.
 */
function mergeCounterpartSlots(m: Member): void {
  const holding: Building[] = [];
  for (const p of m.partners) {
    const b = p.slot;
    if (b && b.bySource.size > 0 && !b.bySource.has(m.claim.source) && !holding.includes(b)) holding.push(b);
  }
  if (holding.length < 2) return;
  const [target, ...rest] = holding;
  for (const b of rest) {
    if ([...b.bySource.keys()].some((source) => target.bySource.has(source))) continue;
    for (const [source, list] of b.bySource) {
      target.bySource.set(source, list);
      for (const c of list) c.slot = target;
    }
    b.bySource.clear();
  }
}

/** Source → the value ids its claims of one slot key give. */
function valuesBySource(members: readonly Member[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const m of members) {
    const values = out.get(m.claim.source);
    if (values) values.add(m.valueId);
    else out.set(m.claim.source, new Set([m.valueId]));
  }
  return out;
}

/**
 * Whether the sources other than the draft give one answer under a key (all their claims there compatible) from
 * enough independent origins (rules/align.json draft.minOrigins). Then a draft claim under that key answers the
 * wires' question with little shared context (draft.minContext), however the draft rewords it. Where the wires give
 * several answers (durations of many things, several sums of money), or one outlet alone gives one, context decides
 * for the draft as for any source.
 */
function wiresGiveOneAnswer(members: readonly Member[], evidence: Evidence): boolean {
  const answers: Member[] = [];
  const origins = new Set<string>();
  for (const m of members) {
    if (m.claim.source === evidence.primary) continue;
    origins.add(evidence.lineage.of[m.claim.source] ?? m.claim.source);
    if (answers.some((a) => a.valueId === m.valueId)) continue;
    if (answers.some((a) => !compatible(a.claim, m.claim))) return false;
    answers.push(m);
  }
  return origins.size >= evidence.options.draft.minOrigins;
}

/** How well a claim fits a slot under construction; 0 means it may not join. `given`: valuesBySource of the key;
 *  `draft`: the draft's source id when the wires give one answer under the key (wiresGiveOneAnswer). */
function fit(m: Member, slot: Building, key: SlotKey, evidence: Evidence, counterpart: boolean, given: ReadonlyMap<string, ReadonlySet<number>>, draft: string | undefined): number {
  const claim = m.claim;
  const own = slot.bySource.get(claim.source);
  // Background (a sentence set in another year) and the story's own event are different questions.
  const sameTime = timeless(key) || sameBackground(claim, slot);
  if (own && !sameTime) return 0;
  if (own) {
    // A source repeating itself: the same value joins; a merely compatible one ("thousands" then "6,000")
    // only when it speaks of the same thing (shared context), else "up to 35%" would swallow "32%".
    let allSame = true;
    for (let i = 0; i < own.length && allSame; i = nextSampled(i, own.length)) allSame = own[i].valueId === m.valueId;
    if (allSame) return changedByCounterparts(m) ? 0 : 3;
    // Among numbers only a vague amount, or one number hedged once (sameNumberHedged), folds into a figure of
    // its own source: "almost 14%" beside "13.8%" stays apart, or approximations would chain unrelated figures
    // into one slot. A coarser date ("this month") may fold into a finer one ("June 4").
    const looseClaim = loose(claim);
    let ctx = 0;
    for (let i = 0; i < own.length; i = nextSampled(i, own.length)) {
      const c = own[i].claim;
      if (!compatible(c, claim) || !(looseClaim || loose(c) || (own[i].at !== m.at && sameNumberHedged(c, claim)))) return 0;
      ctx = Math.max(ctx, evidence.context.similarityAt(own[i].at, m.at));
    }
    // Folding in must not turn the slot into a conflict: "this year" holds another source's "Dec. 7", and the
    // source's own "Tuesday" (of November) would then answer for it.
    if (!fitsAll(claim, slot)) return 0;
    return ctx >= evidence.options.minContext.quantity ? 1 + ctx : 0;
  }
  if (counterpart) return 10 + contextWith(m, slot, evidence);
  if (!sameTime) return 0;
  if (key.keyClass === 'quote') return sameWords(claim, slot) ? 2 : 0;
  // A fit that only an unresolved date allows is no evidence: a slot the claim contradicts may win on context.
  if (fitsAll(claim, slot)) {
    const ctx = contextWith(m, slot, evidence);
    // A vague amount ("at least several hours") fits nearly any figure, and a date that cannot be resolved
    // ("Thursday" of an undated source) any date: only context says such a fit answers the same question.
    const blind = fitsOnlyBlindly(claim, slot);
    if ((blind || claim.quantity?.qualifier === 'vague' || fitsFarUnderBound(claim, slot)) && ctx < evidence.options.minContext[key.keyClass]) return 0;
    return (blind ? 0.01 : 2) + ctx;
  }
  if (!key.specific || answeredBeside(m, slot, key, evidence) || (key.keyClass !== 'eventFrame' && givenElsewhere(m, slot, given)) || ordersApart(claim, slot)) return 0;
  const ctx = contextWith(m, slot, evidence);
  // A figure in a near-copy sentence ("sentenced to 2 years, with 9 months to serve" / "to 2 1/2 years, with 9
  // months …") is better evidence than a fitting value elsewhere: such a slot competes with fitting ones on
  // context, and wins only with clearly more of it. (Names and places are listed side by side too often.)
  if (!claim.entity && ctx >= evidence.options.decisiveContext) return 2 + ctx - DECISIVE_MARGIN;
  const againstDraft = draft !== undefined && (claim.source === draft || slot.bySource.has(draft));
  // A source giving several counts of one head noun ("15.5 points … 5.8 points") counts several things: a count
  // of the same noun elsewhere is one of them only in a near-copy sentence.
  if (key.keyClass === 'count' && !againstDraft && (given.get(claim.source)!.size > 1 || givesSeveral(slot, given))) return 0;
  const needed = evidence.options.minContext[dayNamesOnly(claim, slot) ? 'time' : key.keyClass];
  return ctx >= (againstDraft ? Math.min(needed, evidence.options.draft.minContext) : needed) ? 0.01 + ctx : 0;
}

/** The claim contradicts the slot only by a day name of an undated source ("Tuesday" against "Wednesday"). Day
 *  names recur across a story's events (games on Wednesday and Friday), so that needs the context a time of day
 *  needs. */
function dayNamesOnly(claim: Claim, slot: Building): boolean {
  if (!claim.date) return false;
  if (dayName(claim)) return true;
  for (const list of slot.bySource.values()) for (const m of list) if (!dayName(m.claim) && !compatible(m.claim, claim)) return false;
  return true;
}

/** An unresolved day of the week ("Tuesday" of an undated source). */
function dayName(c: Claim): boolean {
  return typeof c.date?.pending?.weekday === 'number';
}

/**
 * A figure its source repeats, whose every counterpart gives another value ("64GB" twice in the original, "64 GB"
 * then "32 GB" in the translation): the copy or translation changed this mention, so it does not fold into the
 * slot of its first mention but opens one with its counterpart, where the change shows. Names are left alone: the
 * one name left in a pair of sentences is no sure counterpart (one source names the party, the other the senate).
 */
function changedByCounterparts(m: Member): boolean {
  return m.claim.kind === 'quantity' && m.partners.length > 0 && m.partners.every((p) => !compatible(p.claim, m.claim));
}

/** How much more context than a fitting slot a contradicted slot needs to win the claim. */
const DECISIVE_MARGIN = 0.25;

/** One number in one unit, written once exactly and once as an approximation ("$334 million" then "approximately
 *  $334 million"): in another sentence of shared context, a source repeating its figure. A bound is another
 *  statement ("8GB" beside "up to 8GB" of memory is what a model has, against what it takes). */
function sameNumberHedged(a: Claim, b: Claim): boolean {
  const [p, q] = [a.quantity, b.quantity];
  if (!p || !q || p.number === null || p.number !== q.number || p.unit !== q.unit) return false;
  const hedgedOnce = (p.qualifier === 'exact' && q.qualifier === 'approximate') || (p.qualifier === 'approximate' && q.qualifier === 'exact');
  return hedgedOnce && quantitiesCompatible(p, q);
}

/** A number that may fold into a figure of its own source: not a quantity, or a vague amount. */
function loose(c: Claim): boolean {
  return c.kind !== 'quantity' || c.quantity?.qualifier === 'vague';
}

/** Sentence → slot key → the values its figures and dates give under that key. */
function sentenceValues(members: readonly Member[]): Map<number, Map<string, Set<number>>> {
  const out = new Map<number, Map<string, Set<number>>>();
  for (const m of members) {
    if (!m.claim.quantity && !m.claim.date) continue;
    let byKey = out.get(m.at);
    if (!byKey) out.set(m.at, (byKey = new Map()));
    for (const key of m.keys) {
      const values = byKey.get(key.id);
      if (values) values.add(m.valueId);
      else byKey.set(key.id, new Set([m.valueId]));
    }
  }
  return out;
}

/** A source of the slot gives several values under its key. */
function givesSeveral(slot: Building, given: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  for (const source of slot.bySource.keys()) if (given.get(source)!.size > 1) return true;
  return false;
}

/** The slot's value stands in the claim's own sentence under the same key ("1,600 and 400 jobs", "rose 166.5
 *  and 93.3%"): that figure answers for the source, and this one is another item of the sentence. Or, for a date,
 *  the slot's sentence gives the claim's value beside its own ("02:41 GMT Friday … said Thursday" against
 *  "02:41 GMT Friday"): the claim answers that one, not this. */
function answeredBeside(m: Member, slot: Building, key: SlotKey, evidence: Evidence): boolean {
  const own = evidence.besides.get(m.at)?.get(key.id);
  const ownGivesMore = m.claim.quantity !== undefined && own !== undefined && own.size >= 2;
  for (const list of slot.bySource.values()) {
    for (let i = 0; i < list.length; i = nextSampled(i, list.length)) {
      if (list[i].valueId === m.valueId) continue;
      if (ownGivesMore && own.has(list[i].valueId)) return true;
      if (m.claim.date && evidence.besides.get(list[i].at)?.get(key.id)?.has(m.valueId)) return true;
    }
  }
  return false;
}

/** The claim's source gives one of the slot's values under the same key, in another claim ("AMD shelled out $334
 *  million" below a headline's "$9"): that claim answers for the source, and this one is about something else.
 *  Not asked of event frames: a source giving two death tolls ("rose to 50 from 45") reports a development. */
function givenElsewhere(m: Member, slot: Building, given: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  const own = given.get(m.claim.source)!;
  if (own.size < 2) return false;
  for (const list of slot.bySource.values()) {
    for (let i = 0; i < list.length; i = nextSampled(i, list.length)) if (list[i].valueId !== m.valueId && own.has(list[i].valueId)) return true;
  }
  return false;
}

/** Whether the claim is compatible with every sampled mention of the slot. */
function fitsAll(claim: Claim, slot: Building): boolean {
  for (const list of slot.bySource.values()) for (let i = 0; i < list.length; i = nextSampled(i, list.length)) if (!compatible(list[i].claim, claim)) return false;
  return true;
}

/** More than a thousandfold between two figures of one unit: shared words alone do not make "headed to $9" (a
 *  share price) and "$281 million in cash" one question. A counterpart in a copy or translation still may ("20,1
 *  miljoen" for "20.1 billion"). */
const ORDERS_APART = 1000;

function ordersApart(claim: Claim, slot: Building): boolean {
  return anyMentionApart(claim, slot, ORDERS_APART, (q, other) => other.unit === q.unit);
}

const BOUNDS = new Set(['at-least', 'more-than', 'at-most', 'less-than']);
/** How far from its bound a figure may be and still fit it on that alone: a bound is written near what it bounds. */
const NEAR_BOUND = 1.5;

/** A bound and a figure far from it, on either side of the claim and the slot ("under 4.5 pounds" and "2.38
 *  pounds", "at least 14" and "nearly 100"): a fit, but no evidence of one question. */
function fitsFarUnderBound(claim: Claim, slot: Building): boolean {
  return anyMentionApart(claim, slot, NEAR_BOUND, (q, other) => BOUNDS.has(q.qualifier) !== BOUNDS.has(other.qualifier));
}

/** A sampled mention of the slot, of a kind `comparable` accepts, whose figure is more than `factor` times the
 *  claim's, or less than its `factor`th part. */
function anyMentionApart(claim: Claim, slot: Building, factor: number, comparable: (q: QuantityInfo, other: QuantityInfo) => boolean): boolean {
  const q = claim.quantity;
  if (!q?.number) return false;
  for (const list of slot.bySource.values()) {
    for (let i = 0; i < list.length; i = nextSampled(i, list.length)) {
      const other = list[i].claim.quantity;
      if (!other?.number || !comparable(q, other)) continue;
      const ratio = Math.abs(q.number / other.number);
      if (ratio > factor || ratio < 1 / factor) return true;
    }
  }
  return false;
}

/** Every claim of the slot fits the date claim only blindly (fitsBlindly). */
function fitsOnlyBlindly(claim: Claim, slot: Building): boolean {
  if (!claim.date) return false;
  for (const list of slot.bySource.values()) for (let i = 0; i < list.length; i = nextSampled(i, list.length)) if (!list[i].claim.date || !fitsBlindly(list[i].claim.date!, claim.date)) return false;
  return true;
}

/** The best sentence-context overlap between a claim and a slot, judged by each source's first and last mention. */
function contextWith(m: Member, slot: Building, evidence: Evidence): number {
  let ctx = 0;
  for (const list of slot.bySource.values()) {
    ctx = Math.max(ctx, evidence.context.similarityAt(list[0].at, m.at));
    if (list.length > 1) ctx = Math.max(ctx, evidence.context.similarityAt(list[list.length - 1].at, m.at));
  }
  return ctx;
}

/**
 * A source that repeats one value a thousand times is judged by a few of its mentions, its first four and last
 * four: linear, not quadratic. The index after i in that sample, walked in place (no list per look).
 */
function nextSampled(i: number, length: number): number {
  return length > 8 && i === 3 ? length - 4 : i + 1;
}

function sameBackground(claim: Claim, slot: Building): boolean {
  for (const list of slot.bySource.values()) for (let i = 0; i < list.length; i = nextSampled(i, list.length)) if (!sameEra(list[i].claim, claim)) return false;
  return true;
}

function sameWords(claim: Claim, slot: Building): boolean {
  for (const list of slot.bySource.values()) for (let i = 0; i < list.length; i = nextSampled(i, list.length)) if (list[i].claim.quote?.normalized !== claim.quote?.normalized) return false;
  return true;
}

function finish(b: Building, index: number, count: number, order: Map<string, number>, lineage: Lineage, partners: Partners): AlignedSlot {
  const mentions: Claim[] = [];
  const claims: Claim[] = [];
  for (const list of b.bySource.values()) {
    let best = list[0].claim;
    for (const m of list) {
      mentions.push(m.claim);
      if (specificity(m.claim) > specificity(best)) best = m.claim;
    }
    claims.push(best);
  }
  claims.sort((x, y) => order.get(x.source)! - order.get(y.source)!);
  return {
    id: count > 1 ? `${b.key.id}#${index + 1}` : b.key.id,
    kind: b.key.kind,
    label: labelFor(b.key, claims),
    key: b.key.id,
    status: statusOf(claims, lineage, partners),
    claims,
    mentions,
  };
}

export function statusOf(claims: Claim[], lineage: Lineage, partners?: Partners): SlotStatus {
  if (claims.length === 1) return 'single';
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) if (!agreeAsWritten(claims[i], claims[j], partners)) return 'conflict';
  }
  return originsOf(claims, lineage) > 1 ? 'agree' : 'single';
}

/** Independent origins among claims: distinct lineage ids of their sources. */
export function originsOf(claims: Claim[], lineage: Lineage): number {
  return new Set(claims.map((c) => lineage.of[c.source] ?? c.source)).size;
}

const KIND_ORDER = ['quantity', 'date', 'place', 'person', 'organization', 'identifier', 'quote'];
function kindRank(kind: string): number {
  return KIND_ORDER.indexOf(kind);
}
