// Counterpart claims in copies, rewrites and translations. Two sources of one lineage tell the same story in
// the same order, so their sentences can be paired (a banded dynamic programme over sentence similarity) and the
// claims of paired sentences matched kind by kind, in order. A translation that changed a digit or a weekday
// then shows as a conflict between counterparts instead of two unrelated claims. A sentence one source splits in
// two is read whole against the other's (joinSplitSentences).

import type { Claim, Lineage, LineageLink, Source } from '../model.js';
import type { ContextIndex } from './context.js';
import { pushTo } from '../collections.js';
import { oneDigitApart, writtenDigits } from './compatible.js';

export interface PairingOptions {
  minSentenceSimilarity: number;
  window: number;
}

/** Claim id → ids of its counterparts in related sources. */
export type Partners = Map<string, Set<string>>;

/** Source id → sentence index → the sentences of related sources paired with it (one group per related source). */
export type SentencePartners = Map<string, Map<number, { source: string; sentences: readonly number[] }[]>>;

/** What the pairing of related sources found: counterpart claims, and the sentences they stand in. */
export interface Counterparts {
  claims: Partners;
  sentences: SentencePartners;
}

/** A claim with its value key, made once: JSON of the value is the costly part of matching. */
interface Keyed {
  claim: Claim;
  key: string;
}

export function counterpartClaims(claims: Claim[], sources: Source[], lineage: Lineage, context: ContextIndex, options: PairingOptions): Counterparts {
  const partners: Partners = new Map();
  const sentencePartners: SentencePartners = new Map();
  const found = { claims: partners, sentences: sentencePartners };
  // Per linked source: its claims by sentence (sized up front, so a sparse first index keeps fast elements),
  // and the set of its value keys. Sources without a link are never paired.
  const linked = new Set(lineage.links.flatMap((l) => [l.a, l.b]));
  if (linked.size === 0) return found;
  const bySentence = new Map<string, Keyed[][]>();
  const valuesOf = new Map<string, Set<string>>();
  for (const s of sources) {
    if (!linked.has(s.id)) continue;
    bySentence.set(s.id, new Array<Keyed[]>(s.sentences.length));
    valuesOf.set(s.id, new Set());
  }
  for (const c of claims) {
    const sentences = bySentence.get(c.source);
    if (!sentences) continue;
    const key = valueKey(c);
    if (c.sentence >= 0) (sentences[c.sentence] ??= []).push({ claim: c, key });
    valuesOf.get(c.source)!.add(key);
  }
  for (const link of lineage.links) {
    const left = bySentence.get(link.a);
    const right = bySentence.get(link.b);
    if (!left || !right) continue;
    const pairs = pairSentences(link.a, link.b, left.length, right.length, context, options);
    const sides = { left: valuesOf.get(link.a)!, right: valuesOf.get(link.b)! };
    for (const [is, js] of joinSplitSentences(link, pairs, left, right, context)) {
      matchClaims(gather(left, is), gather(right, js), partners, sides);
      pairUp(sentencePartners, link.a, is, link.b, js);
      pairUp(sentencePartners, link.b, js, link.a, is);
    }
  }
  return found;
}

function pairUp(out: SentencePartners, source: string, sentences: readonly number[], other: string, theirs: readonly number[]): void {
  let bySentence = out.get(source);
  if (!bySentence) out.set(source, (bySentence = new Map()));
  for (const i of sentences) pushTo(bySentence, i, { source: other, sentences: theirs });
}

/** Monotonic sentence pairing maximising total similarity, searched in a band around the diagonal. */
function pairSentences(a: string, b: string, n: number, m: number, context: ContextIndex, options: PairingOptions): [number, number][] {
  if (n === 0 || m === 0) return [];
  const w = options.window;
  const width = 2 * w + 1;
  const centre = (i: number) => Math.round((i * (m - 1)) / Math.max(1, n - 1));
  // score[i][d] with j = centre(i) + d - w; move[] remembers the step for the backtrack.
  const score = new Float64Array(n * width);
  const move = new Uint8Array(n * width); // 0 none, 1 skip a, 2 skip b, 3 pair
  const at = (i: number, j: number): number => {
    if (i < 0 || j < 0) return 0;
    const d = j - centre(i) + w;
    if (d < 0) return 0;
    if (d >= width) return score[i * width + width - 1];
    return score[i * width + d];
  };
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < width; d++) {
      const j = centre(i) + d - w;
      if (j < 0 || j >= m) continue;
      const sim = context.sentenceSimilarity(a, i, b, j);
      let best = at(i - 1, j);
      let step = 1;
      const left = at(i, j - 1);
      if (left > best) {
        best = left;
        step = 2;
      }
      if (sim >= options.minSentenceSimilarity && at(i - 1, j - 1) + sim > best) {
        best = at(i - 1, j - 1) + sim;
        step = 3;
      }
      score[i * width + d] = best;
      move[i * width + d] = step;
    }
  }
  const pairs: [number, number][] = [];
  let i = n - 1;
  let j = Math.min(m - 1, centre(n - 1) + w);
  while (i >= 0 && j >= 0) {
    const d = j - centre(i) + w;
    if (d < 0) {
      i--;
      continue;
    }
    if (d >= width) {
      j--;
      continue;
    }
    const step = move[i * width + d];
    if (step === 3) {
      pairs.push([i, j]);
      i--;
      j--;
    } else if (step === 2) j--;
    else i--;
  }
  return pairs.reverse();
}

/**
 * Sentences the one-to-one pairing left out. One source may split a sentence the other keeps whole ("… in the
 * U.S. Siemens lost …" / "… in de V. S.. Siemens verloor …"), so one half has no partner and its
 * figures no counterparts:
 * - a sentence left out on one side only, with claims, joins the neighbouring pair whose other sentence it shares
 *   more with (a name, a number, a word); none when it shares as much, or nothing, with both;
 * - in a translation, one sentence left out between two pairs, against one or two left out on the other side,
 *   is their translation even when no anchor shows it (a name read differently, the changed figure itself): a
 *   translation keeps the order of its sentences, and pairs on both sides fix where they stand. A few sentences
 *   left out on each side, as many on both, are paired one by one.
 * Returns the pairs as groups of sentence indices, in order.
 */
function joinSplitSentences(
  link: LineageLink,
  pairs: readonly [number, number][],
  left: readonly (Keyed[] | undefined)[],
  right: readonly (Keyed[] | undefined)[],
  context: ContextIndex,
): [number[], number[]][] {
  const groups: [number[], number[]][] = pairs.map(([i, j]) => [[i], [j]]);
  if (groups.length === 0) return groups;
  const similarity = (g: [number[], number[]]) => context.groupSimilarity(link.a, g[0], link.b, g[1]);
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  const out: [number[], number[]][] = [];
  // Each gap: the sentences each side leaves out between two consecutive pairs (or before the first, after the last).
  for (let k = 0; k <= groups.length; k++) {
    const before = groups[k - 1];
    const after = groups[k];
    const fromLeft = before ? before[0][before[0].length - 1] + 1 : 0;
    const toLeft = after ? after[0][0] : left.length;
    const fromRight = before ? before[1][before[1].length - 1] + 1 : 0;
    const toRight = after ? after[1][0] : right.length;
    const gapLeft = toLeft - fromLeft;
    const gapRight = toRight - fromRight;
    const between = before !== undefined && after !== undefined && Math.min(gapLeft, gapRight) === 1 && Math.max(gapLeft, gapRight) <= MAX_SPLIT;
    // Before the first pair or after the last, one sentence left on each side: the translation's first or last.
    const atAnEdge = (before !== undefined || after !== undefined) && gapLeft === 1 && gapRight === 1;
    // Between two pairs, as many sentences left on each side: a translation of them, sentence by sentence.
    const sentenceBySentence = before !== undefined && after !== undefined && gapLeft === gapRight && gapLeft > 1 && gapLeft <= MAX_EQUAL_GAP;
    if (link.relation === 'translation' && sentenceBySentence) {
      for (let g = 0; g < gapLeft; g++) out.push([[fromLeft + g], [fromRight + g]]);
    } else if (link.relation === 'translation' && between && gapLeft + gapRight === 3) {
      out.push(gapLeft === 2 ? peelSplit(before, after, 0, fromLeft, fromRight, similarity) : peelSplit(before, after, 1, fromRight, fromLeft, similarity));
    } else if (link.relation === 'translation' && (between || atAnEdge)) {
      out.push([range(fromLeft, toLeft), range(fromRight, toRight)]);
    } else if (gapLeft + gapRight === 1) {
      const side = gapLeft === 1 ? 0 : 1;
      const sentence = side === 0 ? fromLeft : fromRight;
      if ((side === 0 ? left : right)[sentence] !== undefined) joinNeighbour(before, after, side, sentence, similarity);
    }
    if (after) out.push(after);
  }
  return out;
}

/** Parts a translator may split one sentence into, or join into one, that a gap between pairs may hold. */
const MAX_SPLIT = 2;
/** The longest run of unpaired sentences, the same number on both sides, read as translated one by one: quotes and
 *  asides without a name or figure to pair them by ("… in two respects" / "… op twee manieren"), and a run whose
 *  only anchor was the figure a translation changed. Over the 188 real folders, 8 and 30 pair the same. */
const MAX_EQUAL_GAP = 8;

/**
 * Two sentences of one side left out between two pairs, against one of the other side (`lone`): the first of the two
 * may end the pair before, or the second begin the pair after, when it shares more with that pair's other sentence
 * than with the lone one (an English quote's last sentence, "… in two respects.''", split from its "said William
 * Clay Ford Jr.", which the Dutch keeps in one sentence). The rest is the lone sentence's translation.
 */
function peelSplit(
  before: [number[], number[]],
  after: [number[], number[]],
  side: 0 | 1,
  first: number,
  lone: number,
  similarity: (g: [number[], number[]]) => number,
): [number[], number[]] {
  const other = side === 0 ? 1 : 0;
  const shared = (sentence: number, theirs: number[]): number => {
    const g: [number[], number[]] = [[], []];
    g[side] = [sentence];
    g[other] = theirs;
    return similarity(g);
  };
  let kept = [first, first + 1];
  if (shared(first + 1, after[other]) > shared(first + 1, [lone])) {
    after[side] = [first + 1, ...after[side]];
    kept = [first];
  } else if (shared(first, before[other]) > shared(first, [lone])) {
    before[side] = [...before[side], first];
    kept = [first + 1];
  }
  const group: [number[], number[]] = [[], []];
  group[side] = kept;
  group[other] = [lone];
  return group;
}

/** A sentence left out joins the neighbouring pair whose other sentence it shares more with. */
function joinNeighbour(
  before: [number[], number[]] | undefined,
  after: [number[], number[]] | undefined,
  side: 0 | 1,
  sentence: number,
  similarity: (g: [number[], number[]]) => number,
): void {
  const other = side === 0 ? 1 : 0;
  const shared = (group: [number[], number[]] | undefined): number => {
    if (!group) return 0;
    const alone: [number[], number[]] = [[], []];
    alone[side] = [sentence];
    alone[other] = group[other];
    return similarity(alone);
  };
  const withBefore = shared(before);
  const withAfter = shared(after);
  if (withBefore > withAfter) before![side] = [...before![side], sentence];
  else if (withAfter > withBefore) after![side] = [sentence, ...after![side]];
}

/** The claims of a group of sentences, in order. */
function gather(bySentence: readonly (Keyed[] | undefined)[], sentences: readonly number[]): Keyed[] {
  if (sentences.length === 1) return bySentence[sentences[0]] ?? [];
  return sentences.flatMap((i) => bySentence[i] ?? []);
}

/**
 * Claims of two paired sentences, kind by kind: equal values pair first, then equal figures of one unit whatever
 * their qualifiers ("as much as CA$4 billion" / "4 miljard Canadese dollar", a hedge dropped); then, if exactly one
 * claim of the kind is left on each side, those two are counterparts (a translation that changed one figure) —
 * unless both numbers stand elsewhere in the other source: then the translation moved them, it did not change them.
 * With more left, order is no guide (a translation may reorder a list), so they stay unpaired.
 */
function matchClaims(left: Keyed[], right: Keyed[], partners: Partners, sides: { left: Set<string>; right: Set<string> }): void {
  if (left.length === 0 || right.length === 0) return;
  const kinds = new Set(left.map((k) => k.claim.kind));
  for (const kind of kinds) {
    let rest = left.filter((k) => k.claim.kind === kind);
    let others = right.filter((k) => k.claim.kind === kind);
    for (const keyOf of kind === 'quantity' ? [valueKeyOf, figureKey] : [valueKeyOf]) {
      const byKey = new Map<string, Keyed[]>();
      for (const k of others) pushTo(byKey, keyOf(k), k);
      const paired = new Set<Keyed>();
      rest = rest.filter((k) => {
        const same = byKey.get(keyOf(k))?.pop();
        if (!same) return true;
        link(k.claim, same.claim, partners);
        paired.add(same);
        return false;
      });
      others = others.filter((k) => !paired.has(k));
    }
    // Names and days recur in any story; a number that both sources give elsewhere was moved, not changed.
    const moved = (a: Keyed, b: Keyed) => kind === 'quantity' && sides.right.has(a.key) && sides.left.has(b.key);
    if (rest.length === 1 && others.length === 1) {
      if (!moved(rest[0], others[0]) && sameMeasure(rest[0].claim, others[0].claim)) link(rest[0].claim, others[0].claim, partners);
    } else if (kind === 'quantity' || kind === 'date') {
      for (const [a, b] of oneDigitPairs(rest, others)) if (!moved(a, b) && sameMeasure(a.claim, b.claim)) link(a.claim, b.claim, partners);
    }
  }
}

/**
 * With several figures left on a side, order is no guide, but a figure written with one digit changed, dropped or
 * added ("4,300" / "4.305", "2016" / "2011") is the translation of the other when it is the only such figure on
 * both sides: the typical slip of a translator or a rewrite. A changed digit is the closer match: "4.305" beside
 * "400" answers "4,300".
 */
function oneDigitPairs(left: readonly Keyed[], right: readonly Keyed[]): [Keyed, Keyed][] {
  const leftDigits = left.map((k) => writtenDigits(k.claim.text));
  const rightDigits = right.map((k) => writtenDigits(k.claim.text));
  const closeness = (x: string, y: string) => (!oneDigitApart(x, y) ? 0 : x.length === y.length ? 2 : 1);
  /** The one closest of `digits` to `x`, if no other is as close. */
  const closest = (x: string, digits: readonly string[]): number | undefined => {
    let best = 0;
    let at: number | undefined;
    for (let j = 0; j < digits.length; j++) {
      const c = closeness(x, digits[j]);
      if (c > best) [best, at] = [c, j];
      else if (c === best && c > 0) at = undefined;
    }
    return best > 0 ? at : undefined;
  };
  const out: [Keyed, Keyed][] = [];
  for (let i = 0; i < left.length; i++) {
    const j = closest(leftDigits[i], rightDigits);
    if (j !== undefined && closest(rightDigits[j], leftDigits) === i) out.push([left[i], right[j]]);
  }
  return out;
}

/** Both amounts may have a unit, or both may have none: "205" (yards, unread) is no counterpart of "just over four
 *  minutes"; "70m" (metres, or 70 million) may be one of "70 miljoen". */
function sameMeasure(a: Claim, b: Claim): boolean {
  return (withUnit(a) && withUnit(b)) || (withoutUnit(a) && withoutUnit(b));
}

const withUnit = (c: Claim) => c.quantity?.unit !== undefined;
const withoutUnit = (c: Claim) => c.quantity?.unit === undefined || c.quantity.alternates?.some((a) => a.unit === '') === true;

const valueKeyOf = (k: Keyed) => k.key;

/** The figure as written with its unit, without its qualifier ("as much as 4 billion" → 4 billion); a range or a
 *  vague amount has no one figure and keeps its value key. */
function figureKey(k: Keyed): string {
  const q = k.claim.quantity!;
  return q.number === null ? k.key : `${q.number}|${q.unit ?? ''}`;
}

/** A value with its unit: "2 GB" and "twee" (two sizes) are not the same figure. */
function valueKey(c: Claim): string {
  return `${JSON.stringify(c.value)}|${c.quantity?.unit ?? ''}`;
}

function link(a: Claim, b: Claim, partners: Partners): void {
  if (!partners.has(a.id)) partners.set(a.id, new Set());
  if (!partners.has(b.id)) partners.set(b.id, new Set());
  partners.get(a.id)!.add(b.id);
  partners.get(b.id)!.add(a.id);
}
