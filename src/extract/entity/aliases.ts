// General world knowledge from rules/entities/*.json: every spelling (folded) → one canonical entity.
// Loaded on first use, validated with the entities schema.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ClaimKind } from '../../model.js';
import { prebuilt } from '../../lexicon/snapshot.js';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../../schema/validate.js';
import { tokenize } from '../../text/tokens.js';
import { foldName, keyOfFolded } from './names.js';

export type EntityKind = Extract<ClaimKind, 'person' | 'place' | 'organization'>;

export interface AliasEntry {
  key: string;
  canonical: string;
  type: EntityKind;
}

interface AliasFile {
  entities: { key?: string; canonical: string; type: EntityKind; aliases: string[] }[];
}

export interface AliasIndex {
  byFolded: Map<string, AliasEntry>;
  /** Spellings written without lower case ("UN", "U.S.", "WHO"): they match only text written so too, or "Un"
   *  of Park Jong Un would be the United Nations. */
  acronyms: Map<string, AliasEntry>;
  /** Folded forms given only by abbreviations written with a full stop ("Tex.", "Calif."), to the abbreviation
   *  without it: see `abbreviated`. */
  abbreviations: Map<string, string>;
  byKey: Map<string, AliasEntry>;
  /** Folded first token of every spelling: a cheap test before trying spans that start at a token. */
  firstTokens: Set<string>;
}

const cache = new Map<string, AliasIndex>();
const LOWER = /\p{Ll}/u;
/** A spelling with lower case that ends in a full stop: an abbreviation ("Calif."), not an acronym ("U.S."). */
const ABBREVIATION = /\p{Ll}\.$/u;

/**
 * The entry the span text[start, end) names, `folded` being its folded form: any spelling when it is written
 * with lower case, acronyms only in capitals. The span is sliced only for an acronym hit: most spans name
 * nothing, and slicing each would be wasted.
 */
export function lookupAlias(index: AliasIndex, folded: string, text: string, start: number, end: number): AliasEntry | undefined {
  const entry = index.byFolded.get(folded);
  if (entry) {
    const abbreviation = index.abbreviations.get(folded);
    if (abbreviation === undefined || abbreviated(text, start, end, abbreviation)) return entry;
  }
  const acronym = index.acronyms.get(folded);
  return acronym && !LOWER.test(text.slice(start, end)) ? acronym : undefined;
}

/**
 * An abbreviation names its entity with its full stop ("Tex."), or without it as written in the place of a state
 * after a town ("Rancho Mirage, Calif"): elsewhere "Tex" is a nickname, "I'll" is no Illinois and "MD" a doctor.
 */
function abbreviated(text: string, start: number, end: number, abbreviation: string): boolean {
  if (text[end] === '.' || text[end - 1] === '.') return true;
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  return text[before] === ',' && text.slice(start, end) === abbreviation;
}

const BUNDLED_DIR = path.join(RULES_DIR, 'entities');

export function aliasIndex(dir = BUNDLED_DIR): AliasIndex {
  let index = cache.get(dir);
  if (!index) cache.set(dir, (index = (dir === BUNDLED_DIR ? prebuilt<AliasIndex>('aliases', {}) : undefined) ?? compile(dir)));
  return index;
}

function compile(dir: string): AliasIndex {
  const index: AliasIndex = { byFolded: new Map(), acronyms: new Map(), abbreviations: new Map(), byKey: new Map(), firstTokens: new Set() };
  const unabbreviated = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const full = path.join(dir, file);
    const data = validateOrThrow<AliasFile>('entities', readJsonFile(full), full);
    for (const e of data.entities) {
      const entry: AliasEntry = { key: e.key ?? keyOfFolded(foldName(e.canonical)), canonical: e.canonical, type: e.type };
      index.byKey.set(entry.key, entry);
      for (const spelling of [e.canonical, ...e.aliases]) {
        const folded = foldName(spelling);
        // First file and entry win, so a later duplicate spelling cannot silently move a name.
        const map = LOWER.test(spelling) ? index.byFolded : index.acronyms;
        if (!map.has(folded)) map.set(folded, entry);
        if (ABBREVIATION.test(spelling)) index.abbreviations.set(folded, spelling.slice(0, -1));
        else unabbreviated.add(folded);
        index.firstTokens.add(foldName(tokenize(spelling)[0].text));
      }
    }
  }
  for (const folded of unabbreviated) index.abbreviations.delete(folded);
  return index;
}
