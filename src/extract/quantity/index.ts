// Quantity claims: per sentence, find every numeric mention (mention.ts), read its context (context.ts) and
// turn it into a claim whose value is the number (exact) or the interval the wording allows.

import type { Alternate, Claim, Interval, QuantityInfo, Qualifier, Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { tokensIn, type Token } from '../../text/tokens.js';
import { makeClaim } from '../claim.js';
import { inCanonical, roundingSlack, toCanonical, type UnitDef } from '../../normalize/units.js';
import { round, type Core } from './core.js';
import { phraseEndingAt, quantityLexicon, type FrameDef, type QuantityLexicon } from './lexicon.js';
import { mentionAt, type Mention } from './mention.js';
import { ownerBefore, referencePlace } from './names.js';
import { splitNumberCompounds } from './split.js';
import { RECORD_ROLES, recordAt, type WinLossRecord } from './record.js';
import {
  articleFormationAt,
  attachFormations,
  findParts,
  frameOf,
  headAfter,
  keywordsNear,
  numberOwners,
  predicateNear,
  specificRoleBefore,
  type Formation,
  type Head,
} from './context.js';
import { QUALIFIER_OF_RULE, intervalOf, qualifyInterval } from './interval.js';

export function extractQuantities(source: Source, lang: Language): Claim[] {
  const lex = quantityLexicon(lang);
  const claims: Claim[] = [];
  source.sentences.forEach((sentence, index) => {
    const sentenceTokens = tokensIn(source, sentence.start, sentence.end);
    const zeros = zeroCounts(source, index, sentenceTokens, lex);
    const at = lex.starts.candidateTokens(source.text, sentenceTokens, sentence.start, sentence.end);
    if (at.length === 0) {
      claims.push(...zeros);
      return;
    }
    const tokens = splitNumberCompounds(source.text, sentenceTokens, at, lex);
    const candidates = tokens === sentenceTokens ? at : lex.starts.candidateTokens(source.text, tokens, sentence.start, sentence.end);
    const found = sentenceQuantities(source, index, tokens, candidates, lex);
    claims.push(...(zeros.length === 0 ? found : [...found, ...zeros].sort((a, b) => a.start - b.start)));
  });
  reframeLaterValues(claims, lex.frames);
  return claims;
}

/** "No one was hurt", "no deaths were reported", "geen doden": a count of none, with the predicate the phrase names. */
function zeroCounts(source: Source, sentence: number, tokens: readonly Token[], lex: QuantityLexicon): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!lex.zeroStarts.has(tokens[i].norm)) continue;
    const phrase = lex.zeroCounts.matchAt(tokens, i);
    if (!phrase) continue;
    out.push(noneOf(source, sentence, tokens[i].start, tokens[phrase.to - 1].end, phrase.value, lex));
    // "no one was killed or injured", "geen doden of gewonden": the joined word ends a phrase of another predicate.
    let to = phrase.to;
    const said = new Set([phrase.value]);
    for (let joiner = lex.zeroCountJoiners.matchAt(tokens, to); joiner && tokens[joiner.to]; joiner = lex.zeroCountJoiners.matchAt(tokens, to)) {
      const predicate = lex.zeroTails.get(tokens[joiner.to].norm);
      if (predicate === undefined || said.has(predicate)) break;
      said.add(predicate);
      to = joiner.to + 1;
      out.push(noneOf(source, sentence, tokens[i].start, tokens[to - 1].end, predicate, lex));
    }
    i = to - 1;
  }
  return out;
}

/** A count of 0 under a predicate. */
function noneOf(source: Source, sentence: number, start: number, end: number, predicate: string, lex: QuantityLexicon): Claim {
  const quantity = quantityRecord(0, { min: 0, max: 0 }, 'exact');
  quantity.predicate = predicate;
  const frame = frameOf(lex.frames, { predicate, keywords: new Set() });
  if (frame !== undefined) quantity.frame = frame;
  return makeClaim(source, 'quantity', start, end, sentence, 0, { quantity });
}

/**
 * A source states the value of a one-per-story frame first ("a magnitude 4.6 earthquake …"); a later value
 * that does not fit the first ("followed by a 2.0", "the largest quake there was 4.5") is about something else.
 */
function reframeLaterValues(claims: readonly Claim[], frames: readonly FrameDef[]): void {
  const first = new Map<string, QuantityInfo>();
  for (const claim of claims) {
    const q = claim.quantity!;
    const later = q.frame && frames.find((f) => f.id === q.frame)?.laterDifferent;
    if (!later) continue;
    const main = first.get(q.frame!);
    if (!main) first.set(q.frame!, q);
    else if (main.unit !== q.unit || q.interval.max < main.interval.min || q.interval.min > main.interval.max) q.frame = later;
  }
}

interface Found {
  mentions: Mention[];
  heads: Map<Mention, Head>;
  formations: Formation[];
  records: WinLossRecord[];
}

/** Mentions (with their heads) and formations ("two battalions", "a division") at the candidate tokens. */
function scan(tokens: readonly Token[], candidates: readonly number[], lex: QuantityLexicon): Found {
  const found: Found = { mentions: [], heads: new Map(), formations: [], records: [] };
  let floor = 0;
  for (const i of candidates) {
    if (i < floor) continue;
    const record = recordAt(tokens, i, lex);
    if (record) {
      found.records.push(record);
      floor = record.to;
      continue;
    }
    const m = mentionFrom(tokens, i, floor, lex);
    if (!m) continue;
    const head = headAfter(tokens, m.after, lex);
    if (head.formation && m.core.value !== null && !m.high) {
      found.formations.push({ key: head.formation, count: m.core.value, from: m.from, to: head.to });
    } else if (keep(m, head)) {
      found.mentions.push(m);
      found.heads.set(m, head);
    }
    floor = Math.max(m.after, m.to, head.formation ? head.to : 0, i + 1);
  }
  if (found.mentions.length > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const f = articleFormationAt(tokens, i, lex);
      if (f) found.formations.push(f);
    }
    found.formations.sort((a, b) => a.from - b.from);
  }
  return found;
}

/** A vague phrase or "a million" may begin a token or two before its trigger word ("a few", "een paar"). */
const PHRASE_LEAD = 2;

function mentionFrom(tokens: readonly Token[], i: number, floor: number, lex: QuantityLexicon): Mention | undefined {
  const lead = tokens[i].kind === 'number' ? 0 : PHRASE_LEAD;
  for (let j = Math.max(floor, i - lead); j <= i; j++) {
    const m = mentionAt(tokens, j, floor, lex);
    if (m) return m;
  }
  return articleBeforeHalf(tokens, i, floor, lex);
}

/** "a mile and a half": the half's trigger word comes after the unit, so the article that begins the mention is
 *  found back from it, right before the unit the half phrase follows. */
function articleBeforeHalf(tokens: readonly Token[], i: number, floor: number, lex: QuantityLexicon): Mention | undefined {
  const half = phraseEndingAt(lex.halfAfter, tokens, i + 1, floor);
  if (!half) return undefined;
  for (let j = Math.max(floor, half.from - MAX_UNIT_WORDS - 1); j < half.from - 1; j++) {
    if (lex.articles.has(tokens[j].norm) && lex.unitsAfter.matchAt(tokens, j + 1)?.to === half.from) return mentionAt(tokens, j, floor, lex);
  }
  return undefined;
}

/** Words of the longest unit phrase looked back over for "a mile and a half". */
const MAX_UNIT_WORDS = 3;

/** What a number needs around it to count as a quantity, before predicates are known. */
function keep(m: Mention, head: Head): boolean {
  if (m.age) return true;
  if (m.yearLike || m.afterName) return head.role !== undefined;
  if (m.core.vague?.needsHead) return head.role !== undefined || m.unit !== undefined;
  // A half in words is an amount of a unit or a multiple ("half a mile", "half a billion"), not of anything else
  // ("een halve finale" is a semi-final).
  if (m.core.words && m.core.value !== null && !Number.isInteger(m.core.value)) return m.unit !== undefined || m.core.scale > 1;
  if (m.core.words && !m.core.vague) return head.role !== undefined || head.text !== undefined || m.unit !== undefined || m.core.value! >= BARE_MONEY_MIN;
  return true;
}

function sentenceQuantities(source: Source, sentence: number, tokens: readonly Token[], candidates: readonly number[], lex: QuantityLexicon): Claim[] {
  const { mentions: all, heads, formations, records } = scan(tokens, candidates, lex);
  const recordClaims = records.flatMap((r) => recordParts(source, sentence, tokens, r, lex));
  // Most candidates ("one of", "2nd") make no mention: spare such a sentence the per-token tables below.
  if (all.length === 0) return recordClaims;
  const companionOf = new Map(records.flatMap((r) => (r.companion === undefined ? [] : [[r.companion, r.owner] as const])));
  borrowCurrency(all, heads, lex);
  const taken = takenTokens(all, heads);
  const formationOf = attachFormations(tokens, formations, all, lex);
  const owners = numberOwners(tokens.length, all.filter((m) => heads.get(m)!.role !== undefined || heads.get(m)!.text !== undefined));
  // `verb`: the verb of change when the figure is worded as an update (updateVerbBefore).
  const facts = new Map<Mention, Omit<QuantityInfo, 'number' | 'interval' | 'qualifier'> & { keywords: Set<string>; verb: number | undefined }>();
  for (const m of all) {
    const head = heads.get(m)!;
    let role = m.age ? AGE_ROLE : head.role;
    if (role && lex.genericRoles.has(role)) role = specificRoleBefore(tokens, m, taken, lex) ?? role;
    const verb = updateVerbBefore(tokens, m, lex);
    const predicate = m.age ? undefined : predicateNear(tokens, m, head, formationStart(m, formations, formationOf), owners, lex, verb);
    const keywords = keywordsNear(tokens, m, head.to, lex);
    facts.set(m, { role, head: companionOf.get(m.from) ?? keyName(tokens, m, head, lex), predicate, keywords, verb });
  }
  const listed = shareListPredicates(tokens, all, heads, facts, lex);
  const mentions = all.filter((m) => {
    const f = facts.get(m)!;
    return f.role || f.head || f.predicate || f.keywords.size > 0 || m.unit || m.core.vague || m.rule;
  });
  const partOf = findParts(tokens, mentions, heads, lex);
  const claims = new Map<Mention, Claim>();
  const updates: { verb: number; link: number }[] = [];
  let lastAge: Mention | undefined;
  for (const m of mentions) {
    const f = facts.get(m)!;
    const total = partOf.get(m);
    const predicate = (total && facts.get(total)!.predicate) ?? f.predicate;
    const quantity = quantityInfo(m, lex);
    const dimension = quantity.unit ? lex.units.get(m.unit!)?.dimension : undefined;
    const frame = frameOf(lex.frames, { predicate, role: f.role, unit: quantity.unit, dimension, keywords: f.keywords });
    const formation = formationOf.get(m);
    if (f.role !== undefined) quantity.role = f.role;
    if (f.head !== undefined) quantity.head = f.head;
    if (predicate !== undefined) quantity.predicate = predicate;
    if (frame !== undefined) quantity.frame = frame;
    if (formation !== undefined) quantity.formation = formation;
    if (listed.has(m)) quantity.listed = true;
    const per = dimension === 'currency' ? lex.ratePeriods.matchAt(tokens, m.to)?.value : undefined;
    if (per !== undefined) quantity.per = per;
    const owner = ownerBefore(tokens, m.from, lex);
    if (owner !== undefined) quantity.owner = owner;
    const whole = dimension === 'ratio' ? wholeAfter(tokens, heads.get(m)!, lex) : undefined;
    if (whole !== undefined) quantity.whole = whole;
    if (m.age) lastAge = m;
    else if (lastAge && f.head === undefined) quantity.subject = subjectOf(lastAge);
    const start = tokens[m.from].start;
    const end = mentionEnd(tokens, m);
    const verb = f.verb;
    if (verb !== undefined) {
      quantity.update = source.text.slice(tokens[verb].start, end);
      updates.push({ verb, link: m.from - 1 });
    }
    const value = quantity.qualifier === 'exact' ? quantity.number : { ...quantity.interval };
    claims.set(m, makeClaim(source, 'quantity', start, end, sentence, value, { quantity }));
  }
  for (const [part, total] of partOf) {
    const claim = claims.get(part);
    const of = claims.get(total);
    if (claim && of) claim.quantity!.partOf = of.id;
  }
  // The figure after "from" between an update's verb and its link ("9" of "rose from 9 to 12") is the one replaced;
  // another figure there is the change ("fell 2.5 percent to €2.73").
  if (updates.length > 0) {
    for (const [m, claim] of claims) {
      if (lex.updateFrom.has(tokens[m.from - 1]?.norm) && updates.some((u) => m.from > u.verb && m.to <= u.link)) claim.quantity!.replaced = true;
    }
  }
  return recordClaims.length === 0 ? [...claims.values()] : [...recordClaims, ...claims.values()].sort((a, b) => a.start - b.start);
}

/** One claim per part of a win-loss record, each keyed by the record's owner. */
function recordParts(source: Source, sentence: number, tokens: readonly Token[], record: WinLossRecord, lex: QuantityLexicon): Claim[] {
  return record.parts.map((value, k) => {
    const token = tokens[record.from + 2 * k];
    const quantity = quantityRecord(value, { min: value, max: value }, 'exact');
    quantity.role = RECORD_ROLES[k];
    quantity.head = record.owner;
    quantity.frame = frameOf(lex.frames, { role: quantity.role, keywords: new Set() });
    return makeClaim(source, 'quantity', token.start, token.end, sentence, value, { quantity });
  });
}

/**
 * Counts listed with one joiner between them and one predicate after the list ("three soldiers and two civilians
 * were killed", "one Australian and one English climber have fallen"): the predicate is the whole list's, and each
 * count is a share of what it says. Returns the mentions of such lists.
 */
function shareListPredicates(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  heads: ReadonlyMap<Mention, Head>,
  facts: Map<Mention, { predicate?: string; role?: string }>,
  lex: QuantityLexicon,
): Set<Mention> {
  const listed = new Set<Mention>();
  let list: Mention[] = [];
  const close = () => {
    const predicate = facts.get(list[list.length - 1])!.predicate;
    if (list.length > 1 && predicate !== undefined) {
      for (const m of list) {
        facts.get(m)!.predicate ??= predicate;
        listed.add(m);
      }
    }
    list = [];
  };
  for (const m of mentions) {
    const previous = list[list.length - 1];
    if (previous && !joinedInList(tokens, previous, heads.get(previous)!, m, lex)) close();
    list.push(m);
  }
  if (list.length > 0) close();
  return listed;
}

/** "three soldiers and two civilians": a counted noun, one list joiner, the next count; no amount of money or measure. */
function joinedInList(tokens: readonly Token[], a: Mention, head: Head, b: Mention, lex: QuantityLexicon): boolean {
  if (a.unit || b.unit || a.age || b.age || head.text === undefined) return false;
  const joiner = lex.listJoiners.matchAt(tokens, Math.max(a.to, head.to));
  return joiner !== undefined && joiner.to === b.from;
}

/** Tokens looked back over from an update's link word for its verb ("rose by 3 percent to", "rose from 9 to"). */
const UPDATE_REACH = 5;

/** Index of the verb that makes the mention an update ("the toll rose to 12", "steeg van 9 naar 12"): a link word right
 *  before the figure, the verb a few words before it in the same clause. */
function updateVerbBefore(tokens: readonly Token[], m: Mention, lex: QuantityLexicon): number | undefined {
  if (m.from < 2 || !lex.updateLinks.has(tokens[m.from - 1].norm)) return undefined;
  for (let j = m.from - 2; j >= 0 && j >= m.from - 1 - UPDATE_REACH; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' || lex.clauseOpeners.has(t.norm)) return undefined;
    if (lex.updateVerbs.has(t.norm)) return j;
  }
  return undefined;
}

/** Where a mention's text ends: a core cut inside its last token ("$13 billion-a price") ends at the cut. */
function mentionEnd(tokens: readonly Token[], m: Mention): number {
  const last = m.high ?? m.core;
  return last.to === m.to && last.end !== undefined ? last.end : tokens[m.to - 1].end;
}

/** The role of an age; rules/frames.json gives it the frame "age". */
const AGE_ROLE = 'age';

/** The person an age mention introduced: their age, and their name when written beside it. */
function subjectOf(age: Mention): { age: number; name?: string } {
  const name = age.age!.name;
  return name === undefined ? { age: age.core.value! } : { age: age.core.value!, name };
}

/**
 * What quantity.head holds: the person an age belongs to, the place a distance is measured from (slots are
 * keyed by them: Smith's age is not Jones's), else the head noun as written.
 */
function keyName(tokens: readonly Token[], m: Mention, head: Head, lex: QuantityLexicon): string | undefined {
  if (m.age) return m.age.name;
  // A direction names no place: "300 miles north", "60 miles north of the city" measure from nowhere named.
  if (m.unit && lex.units.get(m.unit)?.dimension === 'length') return referencePlace(tokens, m.after, lex) ?? (lex.directions.matchAt(tokens, m.after) ? undefined : head.text);
  return head.text;
}

/** Amounts of at least this much, written without a unit, take the currency of their sentence. */
const BARE_MONEY_MIN = 1e6;

/**
 * "US$5 billion on top of the four billion it already received": a large bare amount with no role in a
 * sentence that states its other amounts in one currency is in that currency too.
 */
function borrowCurrency(mentions: readonly Mention[], heads: ReadonlyMap<Mention, Head>, lex: QuantityLexicon): void {
  const currencies = new Set(mentions.flatMap((m) => (m.unit && lex.units.get(m.unit)?.dimension === 'currency' ? [m.unit] : [])));
  if (currencies.size !== 1) return;
  const [currency] = currencies;
  for (const m of mentions) {
    if (m.unit || heads.get(m)!.role || m.core.vague || (m.high ?? m.core).value! < BARE_MONEY_MIN) continue;
    m.unit = currency;
  }
}

/** Where the predicate search looks left from: before the formations a mention was given, or the mention. */
function formationStart(m: Mention, formations: readonly Formation[], formationOf: ReadonlyMap<Mention, Record<string, number>>): number {
  if (!formationOf.has(m)) return m.from;
  let start = m.from;
  for (let k = formations.length - 1; k >= 0; k--) {
    const f = formations[k];
    if (f.to > start) continue;
    if (!(f.key in formationOf.get(m)!)) break;
    start = f.from;
  }
  return start;
}

/** Token indices of every mention and its head: a generic head never borrows another amount's role. */
function takenTokens(mentions: readonly Mention[], heads: ReadonlyMap<Mention, Head>): Set<number> {
  const taken = new Set<number>();
  for (const m of mentions) {
    const end = Math.max(m.to, heads.get(m)?.to ?? m.to);
    for (let k = m.from; k < end; k++) taken.add(k);
  }
  return taken;
}

/** Number, interval and qualifier of a mention, in the canonical unit. */
function quantityInfo(m: Mention, lex: QuantityLexicon): QuantityInfo {
  let number: number | null;
  let interval;
  let qualifier: QuantityInfo['qualifier'];
  if (m.core.vague) {
    number = null;
    interval = qualifyInterval({ min: m.core.vague.min, max: m.core.vague.max }, m.rule);
    qualifier = 'vague';
  } else if (m.high) {
    number = round((m.core.value! + m.high.value!) / 2);
    interval = qualifyInterval({ min: m.core.value!, max: m.high.value! }, m.rule);
    qualifier = 'range';
  } else {
    number = m.core.value!;
    interval = intervalOf(number, m.rule);
    qualifier = m.rule ? QUALIFIER_OF_RULE[m.rule] : 'exact';
  }
  const info = quantityRecord(number, interval, qualifier);
  if (m.core.vague) info.vague = m.core.vague.key;
  const def = m.unit ? lex.units.get(m.unit) : undefined;
  if (def) {
    const c = toCanonical(def, number, interval, m.core.step);
    info.unit = c.unit;
    info.unitWritten = m.unit;
    info.number = c.number === null ? null : round(c.number);
    info.interval = { min: round(c.interval.min), max: c.interval.max === Infinity ? Infinity : round(c.interval.max) };
  }
  const alternates: Alternate[] = m.alternates.flatMap((a): Alternate[] => {
    const alt = lex.units.get(a.unit);
    if (!alt || a.core.value === null) return [];
    const stated: Alternate = { number: round(inCanonical(alt, a.core.value)), unit: alt.canonical };
    if (def && !fitsAmount(info, def, m.core, alt, a.core)) stated.mismatch = { number: a.core.value, unit: a.unit };
    return [stated];
  });
  // "jump to 70m": metres by the lexicon, but British copy writes millions that way too; a translation that says
  // "70 miljoen" then fits the other reading.
  if (m.core.unitOrScale !== undefined && m.core.value !== null) alternates.push({ number: round(m.core.value * m.core.unitOrScale), unit: '' });
  if (alternates.length > 0) info.alternates = alternates;
  return info;
}

/** Relative slack for floating point noise in the conversions. */
const FLOAT_SLACK = 1e-9;

/**
 * Whether a conversion stated beside an amount ("60 miles (97 km)", "44C (111F)") is what the amount gives, each
 * figure read a whole step of its last digit either side, at most ROUNDING_SHARE of it: a conversion is often
 * rounded from an unrounded original ("2.96 pounds (1.35 kg)" of 2.964 pounds). A hedged amount keeps the
 * interval its hedge gives. Currencies have no fixed rate, and another dimension is another reading: neither is
 * judged.
 */
function fitsAmount(amount: QuantityInfo, def: UnitDef, core: Core, alt: UnitDef, altCore: Core): boolean {
  if (alt.canonical !== def.canonical || def.dimension === 'currency' || core.value === null || altCore.value === null) return true;
  const spread = (unit: UnitDef, value: number, step: number): Interval => {
    const slack = roundingSlack(value, 2 * step);
    return { min: inCanonical(unit, value - slack), max: inCanonical(unit, value + slack) };
  };
  const own = amount.qualifier === 'exact' ? spread(def, core.value, core.step) : amount.interval;
  const stated = spread(alt, altCore.value, altCore.step);
  return stated.max >= own.min - FLOAT_SLACK * Math.abs(own.min) && stated.min <= own.max + FLOAT_SLACK * Math.abs(own.max);
}

/**
 * Every quantity in one hidden class: the optional fields present (undefined) from the start, in the order
 * extract and normalize set them, so JSON keeps that order and the later stages meet one map, not one per
 * combination of fields (new combinations on new text deoptimised them).
 */
function quantityRecord(number: number | null, interval: Interval, qualifier: Qualifier): QuantityInfo {
  return {
    number,
    interval,
    qualifier,
    vague: undefined,
    unit: undefined,
    unitWritten: undefined,
    alternates: undefined,
    role: undefined,
    head: undefined,
    predicate: undefined,
    frame: undefined,
    formation: undefined,
    listed: undefined,
    owner: undefined,
    whole: undefined,
    subject: undefined,
    partOf: undefined,
    update: undefined,
    replaced: undefined,
    person: undefined,
  };
}

/** The quantity with some fields replaced, in the same hidden class. */
export function withQuantity(q: QuantityInfo, changes: Partial<QuantityInfo>): QuantityInfo {
  return Object.assign(quantityRecord(q.number, q.interval, q.qualifier), q, changes);
}

/** The whole a share is of: "90 percent of the eligible voters" → "voters". A share with a head noun of its own
 *  ("a 10 percent stake") has none, nor one of a name ("19 percent of U.S. sales", "of Greeks"): a name is whose
 *  share it is, not of what. */
function wholeAfter(tokens: readonly Token[], head: Head, lex: QuantityLexicon): string | undefined {
  if (head.text !== undefined || head.role !== undefined || !lex.shareOf.has(tokens[head.to]?.norm)) return undefined;
  let k = head.to + 1;
  while (k < tokens.length && (tokens[k].kind === 'number' || lex.stopwords.has(tokens[k].norm))) k++;
  const first = tokens[k]?.kind === 'word' ? tokens[k].text[0] : undefined;
  if (first === undefined || first !== first.toLowerCase()) return undefined;
  const whole = headAfter(tokens, k, lex);
  return whole.role ?? whole.text;
}

