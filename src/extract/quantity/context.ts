// What the words around a quantity say about it: the head noun and its role, the clause's predicate, frame
// keywords, how the amount is organised (formation) and whether it is a part of a total stated before it.

import type { Token } from '../../text/tokens.js';
import { glued } from './core.js';
import { isPlural, phraseEndingAt, type FrameDef, type QuantityLexicon } from './lexicon.js';
import type { Mention } from './mention.js';

/** How many words the head noun phrase may run after the number ("5,000 military construction workers"). */
const HEAD_WORDS = 5;
/** How far (in tokens, with penalties) a predicate may be from the quantity. */
const PREDICATE_REACH = 10;
/** The reach when the head is a noun of no known role ("seven life sentences", "two games"): such a count is
 *  the predicate's own only when the verb stands right beside it ("three miners were killed"). */
const UNKNOWN_HEAD_REACH = 4;
/** Crossing a list joiner ("and", ",") costs this much extra: the verb beyond belongs to another amount. */
const JOINER_PENALTY = 3;
/** How far before the verb of an update ("… rose to 12") its subject may name what the figure counts: "the death
 *  toll from the quake that struck the town on Tuesday rose to 12". */
const UPDATE_SUBJECT_REACH = 20;
/** How far back a generic head ("people") looks for the specific role of its clause. */
const ROLE_REACH = 15;

export interface Head {
  from: number;
  to: number;
  role?: string;
  /** The head noun as written. */
  text?: string;
  /** A formation noun is the head ("two battalions"): the number counts units, not people. */
  formation?: string;
  /** Index of a predicate word that ended the noun phrase ("600 died"). */
  predicateAt?: number;
}

/** The noun phrase after a quantity: up to a few words, ended by a function word, punctuation or a verb. */
export function headAfter(tokens: readonly Token[], at: number, lex: QuantityLexicon): Head {
  let last = -1;
  let j = at;
  while (j < tokens.length && j < at + HEAD_WORDS) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const formation = lex.formations.matchAt(tokens, j);
    if (formation) return makeHead(at, formation.to, { formation: formation.value });
    const role = lex.roles.matchAt(tokens, j);
    if (role) return makeHead(at, role.to, { role: role.value, text: spanText(tokens, j, role.to) });
    if (lex.predicates.matchAt(tokens, j)) return makeHead(at, j, { text: headText(tokens, last, at, lex), predicateAt: j });
    // "two more plants": the modifier is no head, but the noun after it is; not a unit ("three more years" is
    // no count of years, and reads as no amount, as before).
    const next = tokens[j + 1];
    if (lex.headModifiers.has(t.norm) && next?.kind === 'word' && !lex.stopwords.has(next.norm) && !lex.unitsAfter.matchAt(tokens, j + 1)) {
      j++;
      continue;
    }
    if (lex.stopwords.has(t.norm) || lex.dateWords.has(t.norm)) break;
    last = j++;
  }
  return makeHead(at, j, { text: headText(tokens, last, at, lex) });
}

/** Every head has every field, in one order: the code that reads heads sees one shape. */
function makeHead(from: number, to: number, found: Omit<Head, 'from' | 'to'>): Head {
  return { from, to, role: found.role, text: found.text, formation: found.formation, predicateAt: found.predicateAt };
}

/** The first plural written in lower case of the run ("68 punches thrown", "two rifles overboard"), else its last
 *  noun-like word, stepping back over words that cannot end a noun ("voters picking"). */
function headText(tokens: readonly Token[], last: number, from: number, lex: QuantityLexicon): string | undefined {
  // A name is no plural ("2 million Windows users").
  for (let j = from; j < last; j++) if (tokens[j].text === tokens[j].norm && isPlural(tokens[j].norm, lex)) return tokens[j].text;
  for (let j = last; j >= from; j--) {
    const norm = tokens[j].norm;
    if (!lex.notHeadSuffixes.some((s) => norm.endsWith(s)) && !lex.headModifiers.has(norm)) return tokens[j].text;
  }
  return undefined;
}

/** The tokens' text with the spaces between them, as written. */
export function spanText(tokens: readonly Token[], from: number, to: number): string {
  let s = tokens[from].text;
  for (let k = from + 1; k < to; k++) s += (glued(tokens[k - 1], tokens[k]) ? '' : ' ') + tokens[k].text;
  return s;
}

/**
 * The canonical predicate nearest the quantity in its clause, looking both ways: right from the end of its head
 * noun (whose own words never count: "construction workers" is no "construct"), left from `leftFrom` (the
 * start of the mention or of the formations written before it). Distance counts tokens plus a penalty per
 * list joiner crossed; the search stops at a ";" and at the number of another amount that has a head noun
 * ("killed 5 people in a city of 20,000"), not at a bare one ("rose from 10 to 20"). The figure of an update
 * ("rose to 12", `updateVerb` the index of "rose") looks further left, through the verb's subject.
 */
export function predicateNear(
  tokens: readonly Token[],
  m: Mention,
  head: Head,
  leftFrom: number,
  numberOwner: readonly (Mention | undefined)[],
  lex: QuantityLexicon,
  updateVerb?: number,
): string | undefined {
  const blocked = (j: number) => (numberOwner[j] !== undefined && numberOwner[j] !== m) || tokens[j].text === ';';
  const reach = head.text !== undefined && head.role === undefined && head.formation === undefined ? UNKNOWN_HEAD_REACH : PREDICATE_REACH;
  let best: { key: string; cost: number } | undefined;
  const consider = (j: number, cost: number) => {
    const p = lex.predicates.matchAt(tokens, j);
    if (p && (!best || cost < best.cost)) best = { key: p.value, cost };
  };
  for (let j = head.predicateAt ?? head.to, cost = 0; j < tokens.length && cost <= reach && !blocked(j); j++, cost++) {
    if (lex.listJoiners.matchAt(tokens, j)) cost += JOINER_PENALTY;
    consider(j, cost);
  }
  const leftReach = updateVerb === undefined ? reach : Math.max(reach, leftFrom - updateVerb + UPDATE_SUBJECT_REACH);
  for (let j = leftFrom - 1, cost = 1; j >= 0 && cost <= leftReach && !blocked(j); j--, cost++) {
    if (lex.listJoiners.matchAt(tokens, j)) cost += JOINER_PENALTY;
    consider(j, cost);
  }
  return best?.key;
}

/** For each token, the mention whose number it is (undefined elsewhere): the amounts a predicate search stops at. */
export function numberOwners(tokenCount: number, mentions: readonly Mention[]): (Mention | undefined)[] {
  const owner = new Array<Mention | undefined>(tokenCount).fill(undefined);
  for (const m of mentions) for (let k = m.core.from; k < (m.high ?? m.core).to; k++) owner[k] = m;
  return owner;
}

/** A specific role named earlier in the clause for a generic head: "a division of builders, … — 5,000 people";
 *  not across a clause opener ("Police intervened when more than 100 people joined"). */
export function specificRoleBefore(tokens: readonly Token[], m: Mention, taken: ReadonlySet<number>, lex: QuantityLexicon): string | undefined {
  for (let j = m.from - 1; j >= 0 && j >= m.from - ROLE_REACH; j--) {
    // A clause opener, a ";" or an opening bracket (an aside: "no injuries to police (the Post says three people
    // were injured)") ends the clause a role may come from.
    if (tokens[j].text === ';' || tokens[j].text === '(' || tokens[j].text === '[' || taken.has(j) || lex.clauseOpeners.has(tokens[j].norm)) return undefined;
    const role = lex.roles.matchAt(tokens, j);
    if (role && !lex.genericRoles.has(role.value) && !taken.has(role.to - 1)) return role.value;
  }
  return undefined;
}

/** How many tokens before "at" a valuation may name its measure ("put the magnitude of the quake at"). */
const VALUATION_REACH = 8;

/** Frame keyword groups right before the quantity ("magnitude 4.4", "a depth of") or in its head ("4.4 quake"). */
export function keywordsNear(tokens: readonly Token[], m: Mention, headTo: number, lex: QuantityLexicon): Set<string> {
  const found = new Set<string>();
  for (const end of [m.from, m.from - 1]) {
    const k = end > 0 ? phraseEndingAt(lex.frameBefore, tokens, end, 0) : undefined;
    if (k) found.add(k.value);
  }
  for (let j = m.core.to; j < Math.max(headTo, m.to + 2) && j < tokens.length; j++) {
    const k = lex.frameAfter.matchAt(tokens, j);
    if (k) found.add(k.value);
  }
  if (found.size === 0 && m.from > 0 && lex.valuationLinks.has(tokens[m.from - 1].norm)) {
    // "put the magnitude of the quake at 4.2": the measure is named earlier in the clause.
    for (let j = m.from - 2; j >= 0 && j >= m.from - VALUATION_REACH && tokens[j].kind !== 'punct'; j--) {
      const k = lex.frameBefore.matchAt(tokens, j);
      if (k) found.add(k.value);
    }
  }
  return found;
}

export interface Formation {
  key: string;
  count: number;
  from: number;
  to: number;
}

/** "a division", "een divisie": an article (or adjectives after it) before a formation noun counts one. */
export function articleFormationAt(tokens: readonly Token[], i: number, lex: QuantityLexicon): Formation | undefined {
  if (!lex.articles.has(tokens[i].norm)) return undefined;
  for (let j = i + 1; j < tokens.length && j <= i + 3 && tokens[j].kind === 'word'; j++) {
    const f = lex.formations.matchAt(tokens, j);
    if (f) return { key: f.value, count: 1, from: i, to: f.to };
    if (lex.stopwords.has(tokens[j].norm)) return undefined;
  }
  return undefined;
}

/**
 * Give each quantity the formations written just before it (both lists in text order), when only link words,
 * punctuation, role nouns and other formations stand between: "two battalions comprising 900 …", "a regiment of engineers, two
 * battalions — 900 people", "twee bataljons, bestaande uit 900 …".
 */
export function attachFormations(tokens: readonly Token[], formations: readonly Formation[], mentions: readonly Mention[], lex: QuantityLexicon): Map<Mention, Record<string, number>> {
  const out = new Map<Mention, Record<string, number>>();
  let next = 0;
  for (const f of formations) {
    while (next < mentions.length && mentions[next].from < f.to) next++;
    const target = mentions[next];
    if (!target || !onlyLinksBetween(tokens, f.to, target.from, formations, lex)) continue;
    const record = out.get(target) ?? {};
    record[f.key] = (record[f.key] ?? 0) + f.count;
    out.set(target, record);
  }
  return out;
}

function onlyLinksBetween(tokens: readonly Token[], from: number, to: number, formations: readonly Formation[], lex: QuantityLexicon): boolean {
  for (let j = from; j < to; ) {
    const t = tokens[j];
    const link = (formationAt(formations, j) ?? lex.formationLinks.matchAt(tokens, j) ?? lex.roles.matchAt(tokens, j))?.to;
    if (link !== undefined) j = link;
    else if (t.kind === 'punct' && t.text !== ';' && t.text !== '.') j++;
    else return false;
  }
  return true;
}

/** The formation starting at token j (formations are few and sorted; a binary search keeps long lists cheap). */
function formationAt(formations: readonly Formation[], j: number): Formation | undefined {
  let lo = 0;
  let hi = formations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (formations[mid].from === j) return formations[mid];
    if (formations[mid].from < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * "6,000 personnel …, including 1,000 combat engineers and 5,000 military builders": after a part marker, the
 * quantities listed right after it are parts of the last quantity before it (each smaller than the total).
 */
export function findParts(tokens: readonly Token[], mentions: readonly Mention[], heads: ReadonlyMap<Mention, Head>, lex: QuantityLexicon): Map<Mention, Mention> {
  const partOf = new Map<Mention, Mention>();
  for (let idx = 1; idx < mentions.length; idx++) {
    const total = mentions[idx - 1];
    const end = heads.get(total)?.to ?? total.after;
    const marker = findMarker(tokens, end, mentions[idx].from, lex);
    if (marker === undefined) continue;
    let prevEnd = marker;
    for (let k = idx; k < mentions.length; k++) {
      const part = mentions[k];
      const gapOk = k === idx ? part.from - marker <= 1 : onlyJoinersBetween(tokens, prevEnd, part.from, lex);
      if (!gapOk || !smaller(part, total)) break;
      partOf.set(part, total);
      prevEnd = heads.get(part)?.to ?? part.after;
    }
  }
  return partOf;
}

function findMarker(tokens: readonly Token[], from: number, to: number, lex: QuantityLexicon): number | undefined {
  for (let j = to - 1; j >= from; j--) {
    const m = lex.partMarkers.matchAt(tokens, j);
    if (m && m.to <= to) return m.to;
  }
  return undefined;
}

function onlyJoinersBetween(tokens: readonly Token[], from: number, to: number, lex: QuantityLexicon): boolean {
  for (let j = from; j < to; ) {
    const m = lex.listJoiners.matchAt(tokens, j);
    if (!m) return false;
    j = m.to;
  }
  return from < to;
}

function smaller(part: Mention, total: Mention): boolean {
  const p = part.high?.value ?? part.core.value;
  const t = total.core.value;
  return p === null || t === null || p < t;
}

export interface FrameFacts {
  predicate?: string;
  role?: string;
  unit?: string;
  dimension?: string;
  keywords: ReadonlySet<string>;
}

/** The first frame of rules/frames.json whose every condition holds (asked once per quantity: a plain loop, no
 *  closures made per call). */
export function frameOf(frames: readonly FrameDef[], f: FrameFacts): string | undefined {
  for (const fr of frames) if (frameHolds(fr, f)) return fr.id;
  return undefined;
}

function frameHolds(fr: FrameDef, f: FrameFacts): boolean {
  return (
    accepts(fr.predicates, f.predicate) &&
    accepts(fr.roles, f.role) &&
    !(f.role !== undefined && fr.notRoles?.includes(f.role)) &&
    accepts(fr.units, f.unit) &&
    accepts(fr.dimensions, f.dimension) &&
    (fr.keywords === undefined || hasAny(f.keywords, fr.keywords)) &&
    (fr.unitless === undefined || fr.unitless === (f.unit === undefined))
  );
}

function accepts(list: string[] | undefined, value: string | undefined): boolean {
  return list === undefined || (value !== undefined && list.includes(value));
}

function hasAny(set: ReadonlySet<string>, values: readonly string[]): boolean {
  for (const v of values) if (set.has(v)) return true;
  return false;
}
