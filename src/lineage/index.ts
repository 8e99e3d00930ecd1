// Which sources share an origin: copies and rewrites (same language, word shingles) and translations
// (across languages, the order of numbers, dates and names). Corroboration then counts lineages, not files.

import type { Claim, Lineage, LineageLink, Source } from '../model.js';
import { claimAnchors, textAnchors } from './anchors.js';
import { groupIds } from './groups.js';
import { type LineageOptions } from './options.js';
import { shingleSet, tokenHashes, hashString } from './shingles.js';
import { intersectionSize, uniqueSorted } from '../collections.js';
import { candidatePairs } from './sketch.js';
import { sequenceScore } from './sequence.js';
import { tokensOf } from '../text/tokens.js';

export type { LineageOptions } from './options.js';
export { loadLineageOptions } from './options.js';

const NO_HASHES = new Uint32Array(0);

interface Profile {
  source: Source;
  shingles: Uint32Array;
  /** Anchor sequences (symbol ids), from the text and from claims. Made on first use: most pairs of a folder are
   *  told apart by their shingles alone and never ask. */
  anchors: () => Int32Array[];
  /** Distinct anchors hashed, for the sketch path (empty when the folder is small enough for every pair). */
  anchorSet: Uint32Array;
}

export function detectLineage(sources: Source[], claims: Claim[], options: LineageOptions): Lineage {
  const profiles = profile(sources, claims, options);
  const links: LineageLink[] = [];
  for (const [i, j] of pairsToCompare(profiles, options)) {
    const link = compare(profiles[i], profiles[j], options);
    if (link) links.push(link);
  }
  links.sort((x, y) => (x.a === y.a ? cmp(x.b, y.b) : cmp(x.a, y.a)));
  return { of: groupIds(sources.map((s) => s.id), links), links };
}

function profile(sources: Source[], claims: Claim[], options: LineageOptions): Profile[] {
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.source);
    if (list) list.push(c);
    else claimsOf.set(c.source, [c]);
  }
  const symbols = new Map<string, number>();
  const symbol = (key: string) => symbols.get(key) ?? (symbols.set(key, symbols.size), symbols.size - 1);
  // A name repeated back to back ("Apple … Apple") says nothing more about order: keep one.
  // Order is judged on the first maxAnchors, which keeps the quadratic-ish LCS bounded on huge sources.
  const toIds = (keys: string[]) => {
    const ids = new Int32Array(Math.min(keys.length, options.translation.maxAnchors));
    let n = 0;
    for (let i = 0; i < keys.length && n < ids.length; i++) if (i === 0 || keys[i - 1] !== keys[i]) ids[n++] = symbol(keys[i]);
    return ids.subarray(0, n);
  };
  const sketched = sources.length > options.sketch.aboveSources;
  return sources.map((source) => {
    const tokens = tokensOf(source);
    let keys: string[][] | undefined;
    const anchorKeys = () => (keys ??= [textAnchors(source, tokens, options.translation.namePrefix), claimAnchors(claimsOf.get(source.id) ?? [])]);
    let ids: Int32Array[] | undefined;
    return {
      source,
      shingles: shingleSet(tokenHashes(tokens, source.text), options.shingleSize),
      anchors: () => (ids ??= anchorKeys().map((k) => toIds(k))),
      anchorSet: sketched ? uniqueSorted(Uint32Array.from(anchorKeys().flat(), hashString)) : NO_HASHES,
    };
  });
}

/** Every pair in a small folder; in a large one, the pairs that MinHash + LSH bands say may be similar. */
function pairsToCompare(profiles: Profile[], options: LineageOptions): [number, number][] {
  if (profiles.length <= options.sketch.aboveSources) {
    const all: [number, number][] = [];
    for (let i = 0; i < profiles.length; i++) for (let j = i + 1; j < profiles.length; j++) all.push([i, j]);
    return all;
  }
  const tooShort = (p: Profile) => p.shingles.length < options.minShingles;
  const byWords = candidatePairs(profiles.map((p) => (tooShort(p) ? new Uint32Array(0) : p.shingles)), options.sketch);
  const byAnchors = candidatePairs(profiles.map((p) => p.anchorSet), options.sketch);
  const seen = new Set(byWords.map(([i, j]) => i * profiles.length + j));
  return [...byWords, ...byAnchors.filter(([i, j]) => !seen.has(i * profiles.length + j))];
}

function compare(p: Profile, q: Profile, options: LineageOptions): LineageLink | undefined {
  const [a, b] = cmp(p.source.id, q.source.id) <= 0 ? [p.source.id, q.source.id] : [q.source.id, p.source.id];
  if (p.source.language === q.source.language) {
    const smaller = Math.min(p.shingles.length, q.shingles.length);
    if (smaller < options.minShingles) return undefined;
    const shared = intersectionSize(p.shingles, 0, p.shingles.length, q.shingles, 0, q.shingles.length);
    const containment = shared / smaller;
    const evidence = { shingles: round(containment), shared };
    if (containment >= options.copy.containment) return { a, b, relation: 'copy', evidence };
    if (containment < options.rewrite.containment) return undefined;
    // Independent articles quote the same statements; a rewrite also keeps the original's order of facts.
    const order = anchorAgreement(p, q, options);
    return order.score >= options.rewrite.sequence
      ? { a, b, relation: 'rewrite', evidence: { ...evidence, sequence: round(order.score) } }
      : undefined;
  }
  const order = anchorAgreement(p, q, options);
  return order.score >= options.translation.sequence
    ? { a, b, relation: 'translation', evidence: { sequence: round(order.score), shared: order.shared } }
    : undefined;
}

/** Best order agreement of the two sources' anchors, from the text or from claims, where both have enough. */
function anchorAgreement(p: Profile, q: Profile, options: LineageOptions): { score: number; shared: number } {
  let best = { score: 0, shared: 0 };
  const pAnchors = p.anchors();
  const qAnchors = q.anchors();
  for (let k = 0; k < pAnchors.length; k++) {
    if (Math.min(pAnchors[k].length, qAnchors[k].length) < options.translation.minAnchors) continue;
    const s = sequenceScore(pAnchors[k], qAnchors[k]);
    if (s.score > best.score) best = s;
  }
  return best;
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
