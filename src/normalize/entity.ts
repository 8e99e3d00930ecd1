// Story-wide entity keys. Extraction gives each mention a provisional key (alias key, or its folded name);
// here the names of all sources are merged: folded spellings (Kim Jong-un = Kim Jong Un) already share a key,
// transliteration variants are joined token by token (Aleksey Tolstoy = Alexei Tolstoi, never Kim Jong Il = Kim
// Jong Un), a language's spelling habits are undone first (Dutch oe → u), the two bearers of a surname whose first
// names differ by a letter or two are one (Lenny / Lennie), and a bare name joins the one full name of the story
// whose first or last word it is (Tolstoy, Kim). Speakers and attributions follow the keys.

import { distance } from 'fastest-levenshtein';
import type { Claim, ClaimKind, Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { aliasIndex, type AliasIndex } from '../extract/entity/aliases.js';
import { entityLexicon } from '../extract/entity/lexicon.js';
import { foldName, similarNames, similarTokens, tokensOfKey, transliterate, type Rewrite } from '../extract/entity/names.js';
import { withClaim } from '../extract/claim.js';
import { compareKeys } from '../collections.js';
import { entityRecord } from '../extract/entity/index.js';

interface Group {
  key: string;
  alias: boolean;
  /** Token spellings of the name: as folded, and with each source language's transliteration undone. */
  variants: string[][];
  /** The variants joined with spaces, to skip duplicates. */
  spelled: Set<string>;
  claims: Claim[];
  parent: Group;
  /** On a cluster's root: key of the cluster's one alias group, if it has one. */
  aliasKey: string | undefined;
  /** The most frequent kind of its own claims (majorityKind([group])), counted once. */
  ownKind?: ClaimKind;
  /** Key, name and kind of its cluster, once settled. */
  settled?: Settled;
}

interface Settled {
  key: string;
  canonical: string;
  kind: ClaimKind;
}

export function canonicalizeEntities(claims: Claim[], sources: Source[], langs: Map<string, Language>): Claim[] {
  const groups = groupByKey(claims, sources, langs);
  if (groups.size === 0) return claims;
  const all = [...groups.values()];
  mergeSpellingVariants(all);
  mergeFirstNameVariants(all);
  mergeBareNames(all);
  mergeWithoutMiddleNames(all);
  mergeRespaced(all);
  const clusters = new Map<Group, Group[]>();
  for (const g of all) {
    const root = find(g);
    const members = clusters.get(root);
    if (members) members.push(g);
    else clusters.set(root, [g]);
  }
  const aliases = aliasIndex().byKey;
  for (const members of clusters.values()) {
    const settled = settle(members, aliases);
    for (const g of members) g.settled = settled;
  }
  const finalOf = (key: string | undefined) => (key === undefined ? undefined : groups.get(key)?.settled);
  // Most claims keep their key and name: only those that change are copied.
  return claims.map((c) => {
    const f = c.entity && finalOf(c.entity.key)!;
    if (f && (c.kind !== f.kind || c.value !== f.canonical || c.entity!.key !== f.key || c.entity!.canonical !== f.canonical)) {
      c = withClaim(c, { kind: f.kind, value: f.canonical, entity: entityRecord({ ...c.entity!, key: f.key, canonical: f.canonical }) });
    }
    // A home names its person by the person's settled name.
    const resident = finalOf(c.entity?.residentOf);
    if (resident && resident.canonical !== c.entity!.residentOf) c = withClaim(c, { entity: entityRecord({ ...c.entity!, residentOf: resident.canonical }) });
    const speaker = finalOf(c.quote?.speaker);
    if (c.quote && speaker && speaker.key !== c.quote.speaker) c = withClaim(c, { quote: { normalized: c.quote.normalized, speaker: speaker.key } });
    const attribution = finalOf(c.attribution);
    if (attribution && attribution.key !== c.attribution) c = withClaim(c, { attribution: attribution.key });
    return c;
  });
}

function groupByKey(claims: Claim[], sources: Source[], langs: Map<string, Language>): Map<string, Group> {
  const aliasKeys = aliasIndex().byKey;
  const rewritesOf = new Map<string, readonly Rewrite[]>();
  for (const s of sources) {
    const lang = langs.get(s.language);
    rewritesOf.set(s.id, lang ? entityLexicon(lang).transliteration : []);
  }
  const groups = new Map<string, Group>();
  // A name recurs across claims: fold and transliterate each spelling once per set of rewrites.
  const respelled = new Map<readonly Rewrite[], Map<string, string>>();
  const respell = (canonical: string, rewrites: readonly Rewrite[]): string => {
    let memo = respelled.get(rewrites);
    if (!memo) respelled.set(rewrites, (memo = new Map()));
    let spelling = memo.get(canonical);
    if (spelling === undefined) memo.set(canonical, (spelling = transliterate(foldName(canonical), rewrites)));
    return spelling;
  };
  for (const c of claims) {
    if (!c.entity) continue;
    let g = groups.get(c.entity.key);
    if (!g) {
      const tokens = tokensOfKey(c.entity.key);
      const alias = aliasKeys.has(c.entity.key);
      g = { key: c.entity.key, alias, variants: [tokens], spelled: new Set([tokens.join(' ')]), claims: [], parent: undefined!, aliasKey: alias ? c.entity.key : undefined, ownKind: undefined, settled: undefined };
      g.parent = g;
      groups.set(g.key, g);
    }
    g.claims.push(c);
    const rewrites = rewritesOf.get(c.source) ?? [];
    if (rewrites.length > 0) {
      const spelling = respell(c.entity.canonical, rewrites);
      if (!g.spelled.has(spelling)) {
        g.spelled.add(spelling);
        g.variants.push(spelling.split(' '));
      }
    }
  }
  return groups;
}

function find(g: Group): Group {
  while (g.parent !== g) {
    g.parent = g.parent.parent;
    g = g.parent;
  }
  return g;
}

/** Join two clusters unless that would put two different alias entities together (so a cluster holds at most
 *  one alias group, and its root remembers which). */
function union(a: Group, b: Group): void {
  const ra = find(a);
  const rb = find(b);
  if (ra === rb) return;
  const aliasA = ra.aliasKey;
  const aliasB = rb.aliasKey;
  if (aliasA && aliasB && aliasA !== aliasB) return;
  const [root, child] = aliasB && !aliasA ? [rb, ra] : [ra, rb];
  child.parent = root;
  root.aliasKey = aliasA ?? aliasB;
}

/** Pairs in the same order as an all-pairs loop, but only those that can be similar: similarNames needs the same
 *  number of tokens and the same first letter in each, so variants are bucketed by that shape first. */
function mergeSpellingVariants(all: Group[]): void {
  const multi = all.filter((g) => g.variants[0].length >= 2);
  const byShape = new Map<string, number[]>();
  multi.forEach((g, i) => {
    for (const shape of new Set(g.variants.map(shapeOf))) {
      const list = byShape.get(shape);
      if (list) list.push(i);
      else byShape.set(shape, [i]);
    }
  });
  for (let i = 0; i < multi.length; i++) {
    const a = multi[i];
    const later = new Set<number>();
    for (const shape of new Set(a.variants.map(shapeOf))) for (const j of byShape.get(shape)!) if (j > i) later.add(j);
    for (const j of [...later].sort((x, y) => x - y)) {
      const b = multi[j];
      if (a.alias && b.alias) continue;
      if (a.variants.some((va) => b.variants.some((vb) => similarNames(va, vb)))) union(a, b);
    }
  }
}

/** Edits a first name may differ by when the surname is the same (Lenny / Lennie, Bryant / Brian). */
const FIRST_NAME_EDITS = 2;

/** "Lenny Rosenbluth" and "Lennie Rosenbluth": when exactly two people of the story share a surname and their
 *  first names start alike and differ by a couple of letters, they are one person spelled two ways. A third
 *  bearer of the name (a family) keeps them all apart. */
function mergeFirstNameVariants(all: Group[]): void {
  const people = all.filter((g) => g.variants[0].length === 2 && ownKind(g) === 'person');
  for (const [surname, same] of indexBy(people, (v) => [v[1]])) {
    if (surname.length < 4) continue;
    const clusters = [...new Set(same.map(find))];
    if (clusters.length !== 2) continue;
    const [a, b] = clusters.map((root) => same.filter((g) => find(g) === root));
    const alike = a.some((x) => b.some((y) => x.variants.some((u) => y.variants.some((v) => u[1] === v[1] && firstNamesAlike(u[0], v[0])))));
    if (alike) union(a[0], b[0]);
  }
}

function firstNamesAlike(a: string, b: string): boolean {
  return a[0] === b[0] && Math.min(a.length, b.length) >= 4 && !a.startsWith(b) && !b.startsWith(a) && distance(a, b) <= FIRST_NAME_EDITS;
}

/** Token count and each token's first letter: names of different shapes are never similar. */
function shapeOf(variant: string[]): string {
  return variant.map((t) => t.charAt(0)).join('|');
}

/** "Tolstoy", "Kim": the one person cluster of the story with that last word — or first word, for names that
 *  put the family name first (Kim Jong Un). Two candidates (Lee Jae-myung, Lee Seong-kweun) keep it apart. */
function mergeBareNames(all: Group[]): void {
  const people = all.filter((g) => g.variants[0].length >= 2 && ownKind(g) === 'person');
  const byEndWord = indexBy(people, (v) => [v[0], v[v.length - 1]]);
  const unjoined: Group[] = [];
  for (const g of all) {
    if (g.alias || g.variants[0].length !== 1 || g.key.length < 3 || ownKind(g) === 'place') continue;
    if (g.claims.every((c) => c.text === c.text.toUpperCase())) continue; // an acronym is no surname (QB)
    if (!joinTheOne(g, byEndWord, (v) => v[0]) && !(ownKind(g) === 'person' && joinBySources(g, byEndWord))) unjoined.push(g);
  }
  mergeMisspelledBareNames(unjoined, people);
}

/** Shortest bare name that may join a name spelled a little differently: shorter ones are too often other words. */
const MIN_FUZZY_BARE = 5;

/** "Mahnefeh" beside "Mahnefah Gray", "Turkmenbaschi" beside "Turkmenbashi": a person's bare name no name of the
 *  story gives as it is joins the one person whose first or last word it is spelled like, or else the one other
 *  bare person name spelled like it, so the spelling check sees both forms. */
function mergeMisspelledBareNames(bare: Group[], people: Group[]): void {
  // People only: a place or firm misspelled once beside its right spelling is a typo, not a question of whom.
  const fuzzy = bare.filter((g) => g.variants[0][0].length >= MIN_FUZZY_BARE && ownKind(g) === 'person');
  if (fuzzy.length === 0) return;
  const endWords = indexBy(people, (v) => [wordShape(v[0]), wordShape(v[v.length - 1])]);
  const bareWords = indexBy(fuzzy, (v) => [wordShape(v[0])]);
  const alike = (word: string, index: Map<string, Group[]>, wordsOf: (v: string[]) => string[], except: Group) => {
    const found = new Set<Group>();
    for (let length = word.length - 2; length <= word.length + 2; length++)
      for (const p of index.get(wordShape(word, length)) ?? [])
        if (p !== except && p.variants.some((v) => wordsOf(v).some((w) => misspelled(w, word)))) found.add(find(p));
    return found;
  };
  for (const g of fuzzy) {
    if (find(g) !== g) continue;
    const word = g.variants[0][0];
    const person = alike(word, endWords, (v) => [v[0], v[v.length - 1]], g);
    if (person.size === 1) {
      union([...person][0], g);
      continue;
    }
    if (person.size > 1) continue;
    const other = [...alike(word, bareWords, (v) => v, g)].filter((p) => p !== find(g));
    if (other.length === 1) union(other[0], g);
  }
}

/** Spelled alike, but not one word with an ending added to the other (Doctor / Doctors, Office / Officers): that is
 *  another form of the word, not a misspelling. */
function misspelled(a: string, b: string): boolean {
  return !a.startsWith(b) && !b.startsWith(a) && similarTokens(a, b);
}

/** A word's first letter and length: similarTokens never pairs words of other first letters. */
function wordShape(word: string, length = word.length): string {
  return `${word.charAt(0)}|${length}`;
}

/** "John Smith": the one longer person name of the story with that first and last word ("John Henry Smith"),
 *  or with those words after a first initial ("L. Patrick Gray"). Two candidates (John Henry Smith, John Paul
 *  Smith) keep it apart. With no such name, the one whose first and last word are spelled alike ("Philip Hickok",
 *  "Philip H. Hickock") is taken, so the spelling check sees both forms. */
function mergeWithoutMiddleNames(all: Group[]): void {
  const firstAndLast = (v: string[]) => [v[0], v[v.length - 1]];
  const endsOf = (v: string[]) => (v[0].length === 1 ? [firstAndLast(v), firstAndLast(v.slice(1))] : [firstAndLast(v)]);
  const long = all.filter((g) => g.variants[0].length >= 3 && ownKind(g) === 'person');
  if (long.length === 0) return;
  const byEnds = indexBy(long, (v) => endsOf(v).map((e) => e.join(' ')));
  const byShape = indexBy(long, (v) => endsOf(v).map(shapeOf));
  for (const g of all) {
    if (g.variants[0].length !== 2 || ownKind(g) !== 'person') continue;
    if (joinTheOne(g, byEnds, (v) => v.join(' '))) continue;
    const alike = (p: Group) => p.variants.some((pv) => endsOf(pv).some((e) => g.variants.some((v) => similarNames(v, e))));
    joinTheOne(g, byShape, shapeOf, alike);
  }
}

/** "Vincent DelGiudice" and "Vincent Del Giudice": person names with the same letters, a part written joined in
 *  one and apart in the other, are one name. */
function mergeRespaced(all: Group[]): void {
  const people = all.filter((g) => g.variants[0].length >= 2 && ownKind(g) === 'person');
  for (const same of indexBy(people, (v) => [v.join('')]).values()) for (const g of same.slice(1)) union(same[0], g);
}

/** Groups by the keys each of their spellings gives. */
function indexBy(groups: Group[], keysOf: (variant: string[]) => string[]): Map<string, Group[]> {
  const index = new Map<string, Group[]>();
  for (const g of groups)
    for (const v of g.variants)
      for (const key of keysOf(v)) {
        const list = index.get(key);
        if (list) list.push(g);
        else index.set(key, [g]);
      }
  return index;
}

/** Join a group to the one cluster its spellings find in the index (of the groups `fits` accepts); none, or
 *  several, leave it alone. Says whether there was one. */
function joinTheOne(g: Group, index: Map<string, Group[]>, keyOf: (variant: string[]) => string, fits = (_: Group) => true): boolean {
  const candidates = new Set<Group>();
  for (const v of g.variants) for (const p of index.get(keyOf(v)) ?? []) if (fits(p)) candidates.add(find(p));
  if (candidates.size !== 1) return false;
  union([...candidates][0], g);
  return true;
}

/**
 * A person's bare name that several full names of the story end with ("Jackman": "Hugh Jackman", and "Having
 * Jackman" of one sentence start) is read as a writer uses it, for the person its own source names in full: it
 * joins that one when every source of the bare name that gives exactly one of those full names gives the same
 * one. A source naming two bearers (Lee Jae-myung, Lee Seong-kweun) says nothing either way; two sources naming
 * one bearer each, different ones, keep it apart.
 */
function joinBySources(g: Group, byEndWord: Map<string, Group[]>): boolean {
  const sourcesOf = new Map<Group, Set<string>>();
  for (const v of g.variants) {
    for (const p of byEndWord.get(v[0]) ?? []) {
      const root = find(p);
      let sources = sourcesOf.get(root);
      if (!sources) sourcesOf.set(root, (sources = new Set()));
      for (const c of p.claims) sources.add(c.source);
    }
  }
  let chosen: Group | undefined;
  for (const source of new Set(g.claims.map((c) => c.source))) {
    const named = [...sourcesOf].filter(([, sources]) => sources.has(source));
    if (named.length !== 1) continue;
    if (chosen && chosen !== named[0][0]) return false;
    chosen = named[0][0];
  }
  if (!chosen) return false;
  union(chosen, g);
  return true;
}

/** Key, display name and kind of a cluster: the alias entry if one is in it, else the full name most sources
 *  use (then most mentions, then the longer). */
function settle(members: Group[], aliases: AliasIndex['byKey']): Settled {
  const alias = members.find((g) => g.alias);
  if (alias) {
    const entry = aliases.get(alias.key)!;
    return { key: entry.key, canonical: entry.canonical, kind: entry.type };
  }
  const longest = Math.max(...members.map((g) => g.variants[0].length));
  const named = members.filter((g) => g.variants[0].length === longest);
  const score = (g: Group) => [new Set(g.claims.map((c) => c.source)).size, g.claims.length, g.key.length];
  named.sort((a, b) => compareScores(score(b), score(a)) || compareKeys(a.key, b.key));
  const best = named[0];
  return { key: best.key, canonical: best.claims[0].entity!.canonical, kind: majorityKind(members) };
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

const KIND_ORDER: ClaimKind[] = ['person', 'organization', 'place'];

function ownKind(g: Group): ClaimKind {
  return (g.ownKind ??= majorityKind([g]));
}

/** Most frequent kind among the groups' claims; names of several words count double (their kind is surer). */
function majorityKind(groups: Group[]): ClaimKind {
  // Votes per KIND_ORDER entry, and for the first claim's kind (the default, whatever it is).
  const votes = KIND_ORDER.map(() => 0);
  let best: ClaimKind = groups[0].claims[0].kind;
  let bestVotes = 0;
  for (const g of groups) {
    // A group's claims share its key, so they share its weight.
    const weight = g.key.includes('-') ? 2 : 1;
    for (const c of g.claims) {
      const k = KIND_ORDER.indexOf(c.kind);
      if (k !== -1) votes[k] += weight;
      if (c.kind === best) bestVotes += weight;
    }
  }
  for (let k = 0; k < KIND_ORDER.length; k++) {
    if (votes[k] > bestVotes) {
      best = KIND_ORDER[k];
      bestVotes = votes[k];
    }
  }
  return best;
}
