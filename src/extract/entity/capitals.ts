// Names in lines written wholly in capitals ("BC ATTORNEY GENERAL WALLY OPAL ISSUED A STATEMENT"): capitals there
// tell no name from a word, so a source reads none from them on its own (context.ts). Here, once every source is
// read, the story's names of two words or more are looked for in those lines, spelled alike (names.ts), so a
// wire sent in capitals aligns with the others and its spellings are checked too.

import type { Claim, Source } from '../../model.js';
import { tokensIn } from '../../text/tokens.js';
import { pushTo } from '../../collections.js';
import { makeClaim } from '../claim.js';
import { entityRecord } from './index.js';
import { foldName, keyOfFolded, similarNames, tokensOfKey } from './names.js';

const SMALL_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

interface KnownName {
  kind: Claim['kind'];
  tokens: string[];
}

/** The claims with the story's names added where sentences in capitals write them. */
export function withNamesInCapitals(sources: Source[], claims: Claim[]): Claim[] {
  const capitalLines = sources.flatMap((source) => source.sentences.filter((s) => inCapitals(source.text.slice(s.start, s.end))).map((sentence) => ({ source, sentence })));
  if (capitalLines.length === 0) return claims;
  const known = knownNames(claims);
  if (known.size === 0) return claims;
  const namesBySource = new Map<string, Claim[]>();
  for (const c of claims) if (c.entity) pushTo(namesBySource, c.source, c);
  const added: Claim[] = [];
  const replaced = new Set<Claim>();
  for (const { source, sentence } of capitalLines) {
    // Names the source found itself (known acronyms, names of its own body) stay as they are, unless the story's
    // name covers them and more ("CUMBRIA" of "CUMBRIA POLICE").
    const found = (namesBySource.get(source.id) ?? []).filter((c) => c.start < sentence.end && c.end > sentence.start);
    const words = tokensIn(source, sentence.start, sentence.end).filter((t) => t.kind === 'word');
    const folded = words.map((t) => foldName(t.text));
    for (let i = 0; i < words.length; ) {
      const name = (known.get(folded[i]) ?? []).find((n) => similarNames(folded.slice(i, i + n.tokens.length), n.tokens));
      const end = name ? i + name.tokens.length : i;
      const start = words[i].start;
      const stop = name ? words[end - 1].end : start;
      const overlapping = found.filter((c) => c.start < stop && c.end > start);
      if (!name || overlapping.some((c) => c.start < start || c.end > stop || c.end - c.start === stop - start)) {
        i++;
        continue;
      }
      for (const c of overlapping) replaced.add(c);
      const key = keyOfFolded(folded.slice(i, end).join(' '));
      const text = source.text.slice(start, stop);
      added.push(makeClaim(source, name.kind, start, stop, sentence.index, text, { entity: entityRecord({ key, canonical: text }) }));
      i = end;
    }
  }
  if (added.length === 0) return claims;
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return [...claims.filter((c) => !replaced.has(c)), ...added].sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start || a.end - b.end);
}

/** Some letters, none of them small. */
function inCapitals(text: string): boolean {
  return !SMALL_LETTER.test(text) && LETTER.test(text);
}

/** Names of two words or more read from ordinary text, by first word, longest first. */
function knownNames(claims: Claim[]): Map<string, KnownName[]> {
  const byFirst = new Map<string, KnownName[]>();
  const seen = new Set<string>();
  for (const c of claims) {
    if (!c.entity || seen.has(c.entity.key) || !SMALL_LETTER.test(c.text)) continue;
    seen.add(c.entity.key);
    const tokens = tokensOfKey(c.entity.key);
    if (tokens.length < 2) continue;
    pushTo(byFirst, tokens[0], { kind: c.kind, tokens });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}
