// The alignment key of a claim: which question it answers. Keys come from data the extractors attached
// (frame, role, unit, event, canonical entity, title), never from story words in code.

import type { Claim, ClaimKind } from '../model.js';
import { lastWord } from '../text/phrases.js';

/** Which evidence threshold (rules/align.json minContext) a slot needs before it takes a contradicting claim. */
export type KeyClass = 'eventFrame' | 'sharedFrame' | 'quantity' | 'count' | 'date' | 'time' | 'entity' | 'office' | 'quote';

export interface SlotKey {
  id: string;
  kind: ClaimKind;
  /** A specific key (a frame, a role, an event, a qualified title) may hold different values: a conflict.
   *  A generic key (an entity's own name, an unanchored date) only groups claims that agree. */
  specific: boolean;
  keyClass: KeyClass;
  /** Words for the label: "personnel", "date of visit", "leader of north-korea". */
  subject: string;
}

export interface KeyOptions {
  eventFrames: ReadonlySet<string>;
  headKeyedFrames: ReadonlySet<string>;
  sharedFrames: ReadonlySet<string>;
  ownerKeyedFrames: ReadonlySet<string>;
  /** Frames of shares, keyed by the whole when the text names it ("percent of voters"). */
  shareFrames: ReadonlySet<string>;
  subgroupRoles: ReadonlySet<string>;
  /** Title keys of offices one person holds at a time (president, general manager). */
  singleHolderTitles: ReadonlySet<string>;
  /** The stem a count's head noun is keyed by when no frame, role or unit says what it counts. */
  headNounStem: (claim: Claim, head: string) => string;
}

/** Entity slot keys that ask a question about a name (its title, the event at a place, a person's home), so
 *  different names in them are different answers; an entity's own name key only groups mentions of it. */
export const QUESTION_ENTITY_KEY = /:(title|event|residence):/;

/** A name's own key asks nothing about a time: its mentions group whatever year their sentences are set in. */
export function timeless(key: SlotKey): boolean {
  return key.keyClass === 'entity' && !QUESTION_ENTITY_KEY.test(key.id);
}

/**
 * The time a claim speaks of, for keeping background apart from the story's event. A date that sets its own
 * background year ("indicted in 1969") answers "when, long ago" like any other past date of the same event
 * ("indicted in 1970"), so its era is the past, not its year; the other claims of its sentence stay with that year.
 */
function eraOf(claim: Claim): string | undefined {
  const background = claim.background;
  if (background === undefined || !claim.date || claim.date.iso.slice(0, 4) !== background) return background;
  return PAST;
}
const PAST = 'past';

/** Whether two claims speak of one time. Two bare years of the story's own time or the past ("voters in 2009
 *  approved", "in 2010 approved", from sources published a year apart) may answer one question either way. */
export function sameEra(a: Claim, b: Claim): boolean {
  const era = eraOf(a);
  const other = eraOf(b);
  if (era === other) return true;
  return a.date?.precision === 'year' && b.date?.precision === 'year' && (era ?? PAST) === PAST && (other ?? PAST) === PAST;
}

export function slotKeys(claim: Claim, options: KeyOptions): SlotKey[] {
  if (claim.quantity) {
    const q = claim.quantity;
    // An age or distance is keyed by whom or what it measures; a count listed under an event frame by what it
    // counts ("two civilians" of "three soldiers and two civilians were killed" is not the death toll).
    const byHead = q.frame !== undefined && (options.headKeyedFrames.has(q.frame) || (q.listed && options.eventFrames.has(q.frame)));
    // A market share or a stake is one figure per owner ("Acme's 10 percent share", "Acme had 7.2%").
    const byOwner = q.frame !== undefined && q.owner !== undefined && options.ownerKeyedFrames.has(q.frame);
    // "Englishman John Smith" and "John Smith" measure the same person: an unsettled head matches on its last word.
    const measured = byOwner ? q.owner : byHead ? (q.person ?? (q.head && lastWord(q.head))) : undefined;
    // A group within an event's toll ("two officers were hurt") is not the toll.
    const subgroup = !measured && q.frame !== undefined && q.role !== undefined && options.eventFrames.has(q.frame) && options.subgroupRoles.has(q.role);
    const known = subgroup ? `${q.frame} among ${q.role}` : (q.frame ?? q.role ?? (q.unit ? `amount in ${q.unit}` : undefined));
    // A count of a thing no lexicon knows ("235,000 comments", "three banks") is keyed by its head noun: a question
    // many things of a story may share, so it needs the shared context of its own class.
    const counted = known === undefined && q.head !== undefined ? q.head : undefined;
    if (known === undefined && counted === undefined) return [];
    // A rate ("$23 million per season") and a total ("$184 million") answer two questions.
    const base = known ?? `count of ${options.headNounStem(claim, counted!)}`;
    // A share of one whole and a share of another answer two questions ("90 percent of the candidates", "88 percent
    // of voters").
    const whole = q.whole !== undefined && q.frame !== undefined && options.shareFrames.has(q.frame) ? q.whole : undefined;
    const ofWhole = whole === undefined ? base : `${base} of ${options.headNounStem(claim, whole)}`;
    const rated = q.per ? `${ofWhole} per ${q.per}` : ofWhole;
    const subject = measured ? `${rated} of ${measured}` : rated;
    // Labels name a head noun as written ("count of villages", "percent of eligible voters"), keys by its stem.
    const label = counted !== undefined ? `count of ${counted.toLowerCase()}` : whole !== undefined && subject === ofWhole ? `${quantityLabel(base)} of ${whole.toLowerCase()}` : quantityLabel(subject);
    // One value per event, or per person / place measured: a different value there is a conflict.
    // A frame that many things of one story share (how long the siege, the trial, the flight lasted) needs more
    // shared context before two values are one question.
    const keyClass = measured || (q.frame && options.eventFrames.has(q.frame)) ? 'eventFrame' : q.frame && options.sharedFrames.has(q.frame) ? 'sharedFrame' : counted !== undefined ? 'count' : 'quantity';
    // An age is a question only of someone: two ages of nobody in particular are two people.
    const specific = byHead ? measured !== undefined || q.frame !== 'age' : true;
    return [{ id: keyId('quantity', subject), kind: 'quantity', specific, keyClass, subject: label }];
  }
  if (claim.date) {
    const event = claim.date.event;
    const time = claim.date.precision === 'time';
    // When something is planned and when it happened are two questions ("will announce next year" / "announced today").
    const what = claim.date.planned ? (time ? 'planned time' : 'planned date') : time ? 'time' : 'date';
    const subject = event ? `${what} of ${event}` : what;
    return [{ id: keyId(slug(what), event ?? '*'), kind: 'date', specific: event !== undefined, keyClass: time ? 'time' : 'date', subject }];
  }
  if (claim.entity) {
    const keys: SlotKey[] = [{ id: keyId(claim.kind, claim.entity.key), kind: claim.kind, specific: false, keyClass: 'entity', subject: claim.entity.canonical }];
    const title = claim.entity.title;
    if (title) {
      // "analyst" alone names no one in particular; "security chief of Russia" does, and "general manager of the
      // Chargers" names the one person who holds that office.
      const [office, of] = title.split(':');
      const keyClass = of !== undefined && options.singleHolderTitles.has(office) ? 'office' : 'entity';
      keys.push({ id: `${claim.kind}:title:${slug(title)}`, kind: claim.kind, specific: of !== undefined, keyClass, subject: title.replace(/:/g, ' of ') });
    }
    // One home per person: a different place there is a conflict whatever the sentences around it.
    if (claim.entity.residentOf) {
      keys.push({ id: `${claim.kind}:residence:${slug(claim.entity.residentOf)}`, kind: claim.kind, specific: true, keyClass: 'eventFrame', subject: `home of ${claim.entity.residentOf}` });
    }
    // Where an event happened: a name not read as a place ("attacks directed at Internet Explorer", but also a town
    // typed a person, "the fire in Alhaurin el Grande") may agree with another there, never contradict it.
    if (claim.entity.event) {
      keys.push({ id: `${claim.kind}:event:${slug(claim.entity.event)}`, kind: claim.kind, specific: claim.kind === 'place', keyClass: 'entity', subject: `place of ${claim.entity.event}` });
    }
    return keys;
  }
  // Only the same digits group: a number one digit off is the identifier-variants check's to point out.
  if (claim.identifier) return [{ id: `identifier:${claim.identifier.type}`, kind: 'identifier', specific: false, keyClass: 'entity', subject: `${claim.identifier.type} number` }];
  if (claim.quote) {
    const speaker = claim.quote.speaker;
    return [{ id: keyId('quote', speaker ?? '*'), kind: 'quote', specific: false, keyClass: 'quote', subject: speaker ? `quote of ${speaker}` : 'quote' }];
  }
  return [];
}

export function labelFor(key: SlotKey, claims: Claim[]): string {
  const predicate = claims.find((c) => c.quantity?.predicate)?.quantity?.predicate;
  const withPredicate = claims[0]?.quantity?.frame === undefined && predicate ? ` (${predicate})` : '';
  // A slot holds claims of one background only (align/index.ts sameBackground); slots of one key may differ.
  const era = timeless(key) || !claims[0] ? undefined : eraOf(claims[0]);
  const background = era === PAST ? ' [background]' : era ? ` [background ${era}]` : '';
  return key.subject + background + withPredicate;
}

/** Slot subjects repeat across a story's claims; bounded memos spare the Unicode normalisation, and give every
 *  claim of a subject the same id string, whose hash the slot-grouping Map then computes once. */
const MAX_MEMO = 10_000;
const slugs = new Map<string, string>();
const idsByPrefix = new Map<string, Map<string, string>>();
const quantityLabels = new Map<string, string>();

/** `${prefix}:${slug(name)}` */
function keyId(prefix: string, name: string): string {
  let ids = idsByPrefix.get(prefix);
  if (!ids) idsByPrefix.set(prefix, (ids = new Map()));
  let id = ids.get(name);
  if (id === undefined) remember(ids, name, (id = `${prefix}:${slug(name)}`));
  return id;
}

function quantityLabel(subject: string): string {
  let label = quantityLabels.get(subject);
  if (label === undefined) remember(quantityLabels, subject, (label = subject.replace(/[.\-]/g, ' ')));
  return label;
}

export function slug(s: string): string {
  let out = slugs.get(s);
  if (out === undefined) remember(slugs, s, (out = slugOf(s)));
  return out;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, marks off, each run of anything but letters, digits, * and . one hyphen, none at the ends. Plain ASCII
 *  (most names and subjects) has no marks, and once lower-cased its letters and digits are a-z 0-9: the same result
 *  without Unicode normalisation or property classes, which every new name of a story would otherwise pay for. */
function slugOf(s: string): string {
  const lower = s.toLowerCase();
  const joined = ASCII.test(s) ? lower.replace(/[^a-z0-9*.]+/g, '-') : lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}*.]+/gu, '-');
  return joined.replace(/^-+|-+$/g, '');
}

function remember(memo: Map<string, string>, key: string, value: string): void {
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, value);
}
