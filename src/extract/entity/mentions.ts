// Named-entity mentions of one source: capitalised runs (with name particles, initials and, inside organisation
// names, connectors) cut into alias matches, qualifiers (demonyms, titles, honorifics, stopwords) and unknown
// chunks; each typed by alias data, cues around it, or its shape. One left-to-right pass per sentence; alias
// look-ups only inside runs, which are short.

import type { Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import { normToken, type Token } from '../../text/tokens.js';
import { normWord } from '../../text/vocabulary.js';
import { aliasIndex, lookupAlias, type AliasEntry, type EntityKind } from './aliases.js';
import { entityLexicon, type EntityLexicon, type WordList } from './lexicon.js';
import { isCapitalised, isLowerWord, sourceContext, type SentenceRange, type SourceContext } from './context.js';
import { foldName, keyOfFolded } from './names.js';
import { LastSourceCache } from './last-source.js';

/** How a mention's kind was decided, strongest first. */
export type Evidence = 'alias' | 'cue' | 'shape' | 'weak';

export interface Mention {
  /** Offsets of the name (a possessive ending excluded). */
  start: number;
  end: number;
  /** Token indices [from, to). */
  from: number;
  to: number;
  sentence: number;
  kind: EntityKind;
  /** Provisional key: alias key, or the folded name; story-wide keys are settled in normalize/entity.ts. */
  key: string;
  canonical: string;
  evidence: Evidence;
  title?: string;
  event?: string;
  /** For a place: the provisional key of the person who lives there ("Smith, 36, of Springfield"). */
  residentOf?: string;
}

export const EVIDENCE_RANK: Record<Evidence, number> = { alias: 3, cue: 2, shape: 1, weak: 0 };

/** Longest alias look-up, in tokens (initials take two: "U", "."). */
const MAX_ALIAS_TOKENS = 12;
/** A longer capitalised run is shouting or a list, not a name: only known names are taken from it. */
const MAX_RUN_TOKENS = 16;
/** Words of a title phrase that may come before the capitalised run it ends in ("minister van" of "minister van
 *  Buitenlandse Zaken"). */
const MAX_TITLE_LEAD = 4;

/** How far (tokens) a title may sit after ", " and an event word from its place. */
const TITLE_AFTER_GAP = 3;
const EVENT_REACH = 20;
const POSSESSIVE = /['’]s$/i;
const COMPOUND_TAIL = /[-‐]\p{Ll}+$/u;
/** What compoundHead says of a word that is no name at all. */
const NOT_A_NAME = Symbol('not a name');

const cache = new LastSourceCache<{ lang: Language; mentions: Mention[] }>();

export function findMentions(source: Source, lang: Language): Mention[] {
  const hit = cache.get(source);
  if (hit && hit.lang === lang) return hit.mentions;
  const mentions = new MentionScanner(sourceContext(source), entityLexicon(lang)).scan();
  cache.set(source, { lang, mentions });
  return mentions;
}

/** Names found in the body of a source, for picking them out of its headlines. */
interface Known {
  byKey: Map<string, Mention>;
  firstWords: Set<string>;
}

interface Span {
  from: number;
  to: number;
  key: string;
}

class MentionScanner {
  private readonly tokens: Token[];
  private readonly aliases = aliasIndex();
  private readonly out: Mention[] = [];
  /** Folded text of each token, computed on first use (filled up front: written out of order, a growing array
   *  would fall back to slow dictionary elements). */
  private readonly pieces: (string | undefined)[];

  constructor(
    private readonly ctx: SourceContext,
    private readonly lex: EntityLexicon,
  ) {
    this.tokens = ctx.tokens;
    this.pieces = new Array<string | undefined>(this.tokens.length).fill(undefined);
  }

  scan(): Mention[] {
    // Body sentences first: a headline's capitals only count for names the body also has.
    for (const r of this.ctx.ranges) if (!r.titleCase) this.scanSentence(r);
    const headlines = this.ctx.ranges.filter((r) => r.titleCase);
    if (headlines.length > 0) {
      const known: Known = { byKey: new Map(this.out.map((m) => [m.key, m])), firstWords: new Set(this.out.map((m) => m.key.split('-')[0])) };
      for (const r of headlines) this.scanSentence(r, known);
    }
    this.out.sort((a, b) => a.start - b.start);
    this.linkAcronyms();
    typeWeakMentions(this.out);
    return this.out;
  }

  /** Runs of a body sentence are segmented; in a headline (`known` given) only known names are picked out. */
  private scanSentence(r: SentenceRange, known?: Known): void {
    const found: Mention[] = [];
    for (let i = r.from; i < r.to; ) {
      if (!isCapitalised(this.tokens[i])) {
        i++;
        continue;
      }
      const j = this.runEnd(i, r.to);
      if (known || j - i > MAX_RUN_TOKENS) this.pickKnown(i, j, r, known, found);
      else this.segment(i, j, r, found);
      i = j;
    }
    let events: { key: string; from: number }[] | undefined;
    for (const m of found) {
      if (m.kind === 'person') m.title = this.titleBefore(m.from, r, found) ?? this.titleAfter(m.to, r, found);
      const resident = this.residentBefore(m, found);
      if (resident) {
        // "of Elm Street, Springfield": the home is told down to the town, the last name of the chain.
        let home = m;
        for (let next = found.indexOf(m) + 1; found[next]?.from === home.to + 1 && this.tokens[home.to].text === ','; next++) home = found[next];
        home.kind = 'place';
        home.residentOf = resident.key;
      }
      if (m.kind === 'place' && m.from > r.from && this.lex.eventPrepositions.has(this.tokens[m.from - 1])) {
        events ??= this.lex.events.phrases.findAll(this.tokens, r.from, r.to).map((e) => ({ key: e.value, from: e.from }));
        m.event = nearest(events, m.from);
      }
    }
    this.out.push(...found);
  }

  /**
   * The person whose home a name is: "Smith, 36, of Springfield", "Smith, of Springfield", "Jansen (36) uit
   * Zwolle" — a person, an optional age between commas or brackets, a residence link, then the name.
   */
  private residentBefore(m: Mention, found: readonly Mention[]): Mention | undefined {
    const t = this.tokens;
    const link = t[m.from - 1];
    if (!link || !isLowerWord(link) || !this.lex.residenceLinks.has(link)) return undefined;
    let k = m.from - 2; // the token before the link, then the person's last token
    if (t[k]?.text === ')') {
      if (t[k - 1]?.kind !== 'number' || t[k - 2]?.text !== '(') return undefined;
      k -= 3;
    } else if (t[k]?.text === ',') {
      k -= t[k - 1]?.kind === 'number' && t[k - 2]?.text === ',' ? 3 : 1;
    } else return undefined;
    return found.find((p) => p.kind === 'person' && p.to === k + 1);
  }

  /** Longest alias or known name at each position of a run, left to right. */
  private pickKnown(a: number, b: number, r: SentenceRange, known: Known | undefined, found: Mention[]): void {
    for (let pos = a; pos < b; ) {
      const alias = this.aliasAt(pos, b);
      if (alias) {
        found.push(this.aliasMention(pos, alias.to, r, alias.entry));
        pos = alias.to;
        continue;
      }
      let e = known?.firstWords.has(this.piece(pos).split(' ')[0]) ? Math.min(b, pos + MAX_ALIAS_TOKENS) : pos;
      for (; e > pos; e--) {
        const like = known!.byKey.get(keyOfFolded(this.foldSpan(pos, e)));
        if (like) {
          found.push(this.mention(pos, e, r, like.kind, like.key, like.canonical, like.evidence));
          break;
        }
      }
      pos = e > pos ? e : pos + 1;
    }
  }

  // ── runs ──────────────────────────────────────────────────────────────────────────────────────────

  private runEnd(i: number, to: number): number {
    const t = this.tokens;
    let j = i;
    let named = false; // an organisation or non-entity cue word so far: connectors may follow
    let place = false; // a place word opened the run: a place connector may follow ("Gulf of Aden")
    while (j < to) {
      const tok = t[j];
      if (isCapitalised(tok)) {
        if (this.isInitial(j, to)) {
          j += 2;
          continue;
        }
        if (j > i && this.lex.weekdays.has(tok)) break;
        if (this.lex.organizationCues.has(tok) || this.lex.nonEntityCues.has(tok)) named = true;
        if (j === i && this.lex.placeCues.has(tok)) place = true;
        j++;
        if (POSSESSIVE.test(tok.text) && !this.continuesAfterPossessive(i, j, to)) break;
        continue;
      }
      if (j === i || !isLowerWord(tok)) break;
      // Particles may chain ("von der Leyen"); a connector joins only inside an organisation name, and a place
      // connector after a place word ("Gulf of Aden").
      let k = j;
      while (k < to && isLowerWord(t[k]) && this.lex.particles.has(t[k])) k++;
      if (k === j && ((named && this.lex.connectors.has(tok)) || (place && this.lex.placeConnectors.has(tok)))) k++;
      if (k === j || k >= to || !isCapitalised(t[k]) || this.lex.weekdays.has(t[k])) break;
      j = k;
    }
    return j;
  }

  /** A single capital followed by a touching period: "N." of "N. Korea", "U." of "U.N.". */
  private isInitial(j: number, to: number): boolean {
    const tok = this.tokens[j];
    const next = this.tokens[j + 1];
    return tok.text.length === 1 && j + 1 < to && next.text === '.' && next.start === tok.end;
  }

  /** "Korean People's Army" goes on; "Russia's Security Council" stops: Russia is a name by itself. */
  private continuesAfterPossessive(i: number, j: number, to: number): boolean {
    if (j >= to || !isCapitalised(this.tokens[j]) || this.aliasOf(i, j)) return false;
    for (let k = j; k < to && k < j + 4 && isCapitalised(this.tokens[k]); k++) {
      if (this.lex.organizationCues.has(this.tokens[k])) return true;
    }
    return false;
  }

  // ── segmentation ──────────────────────────────────────────────────────────────────────────────────

  private segment(a: number, b: number, r: SentenceRange, found: Mention[]): void {
    const whole = this.aliasOf(a, b);
    if (whole) return void found.push(this.aliasMention(a, b, r, whole));
    let lead = a;
    while (lead < b && this.leadingNoise(lead, a, b)) lead++;
    lead = Math.max(lead, this.titleEndInside(a, b));
    const head = b - lead === 1 ? this.compoundHead(lead, r) : undefined;
    if (head === NOT_A_NAME) return;
    if (head) return void found.push(head);
    if (lead >= b || this.anyCue(lead, b, this.lex.nonEntityCues)) return;
    if (this.anyCue(lead, b, this.lex.organizationCues) && !this.aliasAt(lead, b)) {
      const m = this.chunkMention(lead, b, r, 'organization', 'cue');
      if (m) found.push(m);
      return;
    }
    // "Gulf of Aden" is one place, though Aden alone is a known one.
    if (this.lex.placeCues.has(this.tokens[lead]) && this.anyCue(lead + 1, b - 1, this.lex.placeConnectors)) {
      const m = this.chunkMention(lead, b, r, 'place', 'cue');
      if (m) found.push(m);
      return;
    }
    for (let pos = lead; pos < b; ) {
      const alias = this.aliasAt(pos, b);
      if (alias) {
        found.push(this.aliasMention(pos, alias.to, r, alias.entry));
        pos = alias.to;
        continue;
      }
      const skip = this.qualifierLength(pos, b);
      if (skip > 0) {
        pos += skip;
        continue;
      }
      let k = pos + 1;
      while (k < b && !this.aliasAt(k, b) && this.qualifierLength(k, b) === 0) k += this.isInitial(k, b) ? 2 : 1;
      const m = this.unknownMention(pos, this.withoutTrailingParticles(pos, k), r);
      if (m) found.push(m);
      pos = k;
    }
  }

  /** A name cut before a known one keeps no particle at its end: "Jan Smit van | Unilever". */
  private withoutTrailingParticles(a: number, b: number): number {
    const t = this.tokens;
    while (b - 1 > a && isLowerWord(t[b - 1]) && this.lex.particles.has(t[b - 1])) b--;
    return b;
  }

  /** "Utrecht-centrum": a known name with a lower-case compound tail is that name (Korean "Jong-un" has no alias
   *  head, so it stays whole). A demonym with one is an adjective, no name ("Ukrainian-born", "Soviet-era"). */
  private compoundHead(i: number, r: SentenceRange): Mention | typeof NOT_A_NAME | undefined {
    const tok = this.tokens[i];
    // Most runs of one word have no hyphen: spared the Unicode regex.
    const tail = tok.text.includes('-') || tok.text.includes('‐') ? COMPOUND_TAIL.exec(tok.text) : null;
    if (!tail) return undefined;
    const name = tok.text.slice(0, tok.text.length - tail[0].length);
    const entry = lookupAlias(this.aliases, foldName(name), name, 0, name.length);
    if (!entry) return this.lex.demonyms.phrases.matchAt([normToken(normWord(name))], 0) ? NOT_A_NAME : undefined;
    const m = this.aliasMention(i, i + 1, r, entry);
    m.end = tok.start + name.length;
    return m;
  }

  /** Sentence-initial function words, stopwords and honorifics before the name proper. */
  private leadingNoise(i: number, runStart: number, b: number): boolean {
    const t = this.tokens[i];
    // "A." of "A.J. Smith" is an initial, not the article.
    if (this.aliasAt(i, b) || this.isInitial(i, b)) return false;
    // A function word opening a run is positional at a sentence start, and a title's article elsewhere
    // ("The Language of God"); a run that is only that word is dropped too.
    if (i === runStart && this.lex.sentenceStarters.has(t) && (this.ctx.initial[i] || i + 1 < b)) return true;
    return this.lex.stopwords.has(t) || this.lex.honorifics.has(t);
  }

  /** Demonym, stopword, or title / honorific that is not the end of the run: not part of a name. A demonym
   *  alone is never a name; a title at the end of a run may be one ("Martin Luther King"), unless it is an
   *  acronym, which is no surname ("SeaMicro CEO"). */
  private qualifierLength(i: number, b: number): number {
    const t = this.tokens;
    const demonym = this.lex.demonyms.phrases.matchAt(t, i);
    if (demonym && demonym.to <= b) return demonym.to - i;
    if (this.lex.stopwords.has(t[i]) && !this.isInitial(i, b)) return 1;
    const title = this.lex.titles.phrases.matchAt(t, i);
    const len = title && title.to <= b ? title.to - i : this.lex.titles.suffixKey(t[i]) || this.lex.honorifics.has(t[i]) ? 1 : 0;
    return len > 0 && (i + len < b || (len === 1 && isAcronym(t[i].text))) ? len : 0;
  }

  /** Longest alias starting at i within the run; a one-word place alias that starts a longer unknown name
   *  ("Paris Hilton", "Jordan Smith") is not taken. */
  private aliasAt(i: number, b: number): { to: number; entry: AliasEntry } | undefined {
    if (!this.aliases.firstTokens.has(this.piece(i))) return undefined;
    for (let e = Math.min(b, i + MAX_ALIAS_TOKENS); e > i; e--) {
      const entry = this.aliasOf(i, e);
      if (!entry) continue;
      const oneWord = e - i === 1;
      if (!oneWord || e === b || entry.type !== 'place' || this.qualifierLength(e, b) > 0 || this.lex.stopwords.has(this.tokens[e])) {
        return { to: e, entry };
      }
      return undefined;
    }
    return undefined;
  }

  private anyCue(a: number, b: number, list: WordList): boolean {
    for (let i = a; i < b; i++) if (list.has(this.tokens[i])) return true;
    return false;
  }

  // ── mentions ──────────────────────────────────────────────────────────────────────────────────────

  private aliasMention(a: number, b: number, r: SentenceRange, entry: AliasEntry): Mention {
    return this.mention(a, b, r, entry.type, entry.key, entry.canonical, 'alias');
  }

  private unknownMention(a: number, b: number, r: SentenceRange): Mention | undefined {
    const t = this.tokens;
    const words = countWords(t, a, b);
    if (words === 0 || (b - a === 1 && t[a].text.length === 1)) return undefined;
    // A common word capitalised by its position opens the chunk: drop it ("Following Hong Min …").
    if (words > 1 && this.ctx.initial[a] && this.isCommonWord(t[a].norm) && !this.isInitial(a, b)) return this.unknownMention(a + 1, b, r);
    const [kind, evidence] = this.classify(a, b, words);
    if (words === 1 && evidence === 'weak') {
      // A function word, or a word only ever capitalised by its position, is no name.
      if (this.lex.sentenceStarters.has(t[a])) return undefined;
      if (this.ctx.initial[a] && !this.ctx.capitalisedInside.has(t[a].norm)) return undefined;
    }
    return this.chunkMention(a, b, r, kind, evidence);
  }

  private isCommonWord(norm: string): boolean {
    return this.ctx.lowerCase.has(norm) && !this.ctx.capitalisedInside.has(norm);
  }

  private classify(a: number, b: number, words: number): [EntityKind, Evidence] {
    const t = this.tokens;
    const before = t[a - 1];
    if (this.titleEndingAt(a) || (before && this.lex.honorifics.has(before))) return ['person', 'cue'];
    if (words === 1 && isAcronym(t[a].text)) return ['organization', 'cue'];
    // "Kent County", "Mount Ember", "Elm Street": a place word opens or closes the name.
    if (words >= 2 && (this.lex.placeCues.has(t[a]) || this.lex.placeCues.has(t[b - 1]))) return ['place', 'cue'];
    if (before && isLowerWord(before) && this.lex.placePrepositions.has(before) && words <= 3) return ['place', 'cue'];
    if (this.titleMatchAfter(b)) return ['person', 'cue'];
    // "Smith said": whoever speaks is a name, even at a sentence start.
    if (b < t.length && this.lex.nameBefore.matchAt(t, b)) return ['person', 'cue'];
    if (words >= 2 && words <= 4) return ['person', 'shape'];
    return ['organization', 'weak'];
  }

  private chunkMention(a: number, b: number, r: SentenceRange, kind: EntityKind, evidence: Evidence): Mention | undefined {
    const end = this.nameEnd(b);
    const name = this.ctx.source.text.slice(this.tokens[a].start, end);
    const folded = foldName(name);
    return folded === '' ? undefined : this.mention(a, b, r, kind, keyOfFolded(folded), name, evidence);
  }

  /** Every mention has the same shape (one hidden class keeps the hot paths monomorphic). */
  private mention(a: number, b: number, r: SentenceRange, kind: EntityKind, key: string, canonical: string, evidence: Evidence): Mention {
    const start = this.tokens[a].start;
    return { start, end: this.nameEnd(b), from: a, to: b, sentence: r.sentence, kind, key, canonical, evidence, title: undefined, event: undefined };
  }

  /** End of a name whose last token is tokens[b - 1], without a possessive ending. */
  private nameEnd(b: number): number {
    const last = this.tokens[b - 1];
    return POSSESSIVE.test(last.text) ? last.end - 2 : last.end;
  }

  private aliasOf(a: number, b: number): AliasEntry | undefined {
    return lookupAlias(this.aliases, this.foldSpan(a, b), this.ctx.source.text, this.tokens[a].start, this.tokens[b - 1].end);
  }

  /** Folded span, built from folded tokens: touching tokens join without a space ("U.N." → "un"). */
  private foldSpan(a: number, b: number): string {
    let out = this.piece(a);
    for (let i = a + 1; i < b; i++) {
      const p = this.piece(i);
      if (p === '') continue;
      out += this.tokens[i].start === this.tokens[i - 1].end ? p : ' ' + p;
    }
    return out;
  }

  private piece(i: number): string {
    return (this.pieces[i] ??= foldName(this.tokens[i].text));
  }

  // ── titles ────────────────────────────────────────────────────────────────────────────────────────

  /** Where a title that begins before the run ends inside it ("minister van Buitenlandse Zaken Ali Demir"): its
   *  capitalised words are the title's, not the name's. The run's start when there is none. */
  private titleEndInside(a: number, b: number): number {
    const t = this.tokens;
    for (let s = Math.max(0, a - MAX_TITLE_LEAD); s < a; s++) {
      const m = this.lex.titles.phrases.matchAt(t, s);
      if (m && m.to > a && m.to < b) return m.to;
    }
    return a;
  }

  /** A title phrase whose last token is just before i (an honorific may sit between). */
  private titleEndingAt(i: number): Span | undefined {
    const t = this.tokens;
    let end = i;
    if (end > 0 && this.lex.honorifics.has(t[end - 1])) end--;
    // "the Sheriff's Department": what follows a possessive title is the officer's, not the officer.
    if (end > 0 && POSSESSIVE.test(t[end - 1].text)) return undefined;
    // Farthest start first, so the longest title wins ("security chief" over "chief").
    const mayEnd = end > 0 && this.lex.titles.phrases.mayEndWith(t[end - 1]);
    for (let s = Math.max(0, end - 4); mayEnd && s < end; s++) {
      if (!wordsBetween(t, s, end)) continue;
      const m = this.lex.titles.phrases.matchAt(t, s);
      if (m && m.to === end) return { from: s, to: end, key: m.value };
    }
    const suffix = end > 0 ? this.lex.titles.suffixKey(t[end - 1]) : undefined;
    return suffix ? { from: end - 1, to: end, key: suffix } : undefined;
  }

  /** ", a senior analyst …" after a name. */
  private titleMatchAfter(b: number): Span | undefined {
    const t = this.tokens;
    if (t[b]?.text !== ',') return undefined;
    for (let k = b + 1; k < t.length && k <= b + 1 + TITLE_AFTER_GAP && t[k].kind === 'word'; k++) {
      const m = this.lex.titles.phrases.matchAt(t, k);
      if (m) return { from: k, to: m.to, key: m.value };
      const suffix = this.lex.titles.suffixKey(t[k]);
      if (suffix) return { from: k, to: k + 1, key: suffix };
      if (!isLowerWord(t[k])) return undefined;
    }
    return undefined;
  }

  /** "North Korean leader" → "leader:north-korea"; "Russia's security chief" → "security-chief:russia";
   *  "Chargers general manager" → "general-manager:chargers" (an organisation right before its officer). */
  private titleBefore(i: number, r: SentenceRange, found: Mention[]): string | undefined {
    const title = this.titleEndingAt(i);
    if (!title || title.from < r.from) return undefined;
    const t = this.tokens;
    const mayEnd = title.from > 0 && this.lex.demonyms.phrases.mayEndWith(t[title.from - 1]);
    for (let s = Math.max(r.from, title.from - 3); mayEnd && s < title.from; s++) {
      const d = this.lex.demonyms.phrases.matchAt(t, s);
      if (d && d.to === title.from) return `${title.key}:${d.value}`;
    }
    const owner = found.find((m) => m.to === title.from && (POSSESSIVE.test(t[m.to - 1].text) || m.kind === 'organization'));
    return owner ? `${title.key}:${owner.key}` : title.key;
  }

  /** "Jane Doe, head of the national Security Council" → "head:security-council". */
  private titleAfter(b: number, r: SentenceRange, found: Mention[]): string | undefined {
    const title = this.titleMatchAfter(b);
    if (!title || title.to >= r.to) return title?.key;
    const t = this.tokens;
    const link = t[title.to];
    if (!isLowerWord(link) || !(this.lex.connectors.has(link) || this.lex.placePrepositions.has(link))) {
      return title.key;
    }
    const at = (i: number) => found.find((m) => m.from === i);
    const owner = at(title.to + 1) ?? (isLowerWord(t[title.to + 1]) ? at(title.to + 2) : undefined);
    if (!owner) return title.key;
    const owned = POSSESSIVE.test(t[owner.to - 1].text) ? at(owner.to) : undefined;
    return owned ? `${title.key}:${owned.key}:${owner.key}` : `${title.key}:${owner.key}`;
  }

  // ── source-level fixes ────────────────────────────────────────────────────────────────────────────

  /** "Korean Central News Agency (KCNA)": the acronym in brackets right after a name is that name. */
  private linkAcronyms(): void {
    const t = this.tokens;
    for (let n = 1; n < this.out.length; n++) {
      const m = this.out[n];
      const prev = this.out[n - 1];
      if (m.to - m.from !== 1 || !isAcronym(t[m.from].text) || m.evidence === 'alias') continue;
      if (t[m.from - 1]?.text !== '(' || t[m.to]?.text !== ')' || prev.to !== m.from - 1) continue;
      if (!initialsMatch(t[m.from].text, this.ctx.source.text.slice(prev.start, prev.end))) continue;
      Object.assign(m, { kind: prev.kind, key: prev.key, canonical: prev.canonical, evidence: prev.evidence });
    }
  }
}

/** Weak one-word mentions take the kind a stronger mention of the same name has in this source, or person
 *  when they are the first or last word of a person's name here ("Tolstoy" of "Aleksey Tolstoy"). */
function typeWeakMentions(mentions: Mention[]): void {
  const best = new Map<string, Mention>();
  const nameParts = new Set<string>();
  for (const m of mentions) {
    const b = best.get(m.key);
    if (!b || EVIDENCE_RANK[m.evidence] > EVIDENCE_RANK[b.evidence]) best.set(m.key, m);
    const dash = m.key.indexOf('-');
    if (m.kind === 'person' && dash > 0) nameParts.add(m.key.slice(0, dash)).add(m.key.slice(m.key.lastIndexOf('-') + 1));
  }
  for (const m of mentions) {
    if (m.evidence !== 'weak') continue;
    const b = best.get(m.key)!;
    if (b.evidence !== 'weak') m.kind = b.kind;
    else if (nameParts.has(m.key)) m.kind = 'person';
  }
}

function nearest(events: { key: string; from: number }[], i: number): string | undefined {
  let best: { key: string; from: number } | undefined;
  for (const e of events) {
    const d = Math.abs(e.from - i);
    if (d <= EVENT_REACH && (!best || d < Math.abs(best.from - i))) best = e;
  }
  return best?.key;
}

function wordsBetween(t: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t[i].kind !== 'word') return false;
  return true;
}

function countWords(t: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (t[i].kind === 'word') n++;
  return n;
}

const LOWER_LETTER = /\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;

function isAcronym(text: string): boolean {
  return text.length >= 2 && !LOWER_LETTER.test(text) && ANY_LETTER.test(text);
}

/** The acronym's letters follow the capitals of the name in order, starting with its first. */
function initialsMatch(acronym: string, name: string): boolean {
  const capitals = (name.match(/\p{Lu}/gu) ?? []).join('');
  if (capitals[0] !== acronym[0]) return false;
  let k = 0;
  for (const c of capitals) if (c === acronym[k]) k++;
  return k === acronym.length;
}
