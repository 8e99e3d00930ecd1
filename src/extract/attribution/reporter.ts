// Who says something in a stretch of a sentence: a reporting cue ("said", "according to", "aldus") next to a
// named entity, with a few words (titles, "a … official", a date) allowed between them. A pronoun next to the
// cue stands for the last reporter found in the source, else the last person named before it.

import type { Source } from '../../model.js';
import type { Language } from '../../lexicon/load.js';
import type { Token } from '../../text/tokens.js';
import { sourceContext, type SentenceRange, type SourceContext } from '../entity/context.js';
import { entityLexicon, type EntityLexicon } from '../entity/lexicon.js';
import { findMentions, type Mention } from '../entity/mentions.js';
import { findQuotes } from '../quote/scan.js';
import { LastSourceCache } from '../entity/last-source.js';

/** Words allowed between a cue and its reporter ("meldde het door de staat bestuurde Centraal …"). */
const MAX_GAP = 6;

interface Found {
  key: string;
  gap: number;
}

interface Cue {
  from: number;
  to: number;
  before: boolean;
  after: boolean;
}

const finders = new LastSourceCache<ReporterFinder>();

/** The finder of a source, built once for the quote and attribution passes, with its memory cleared. */
export function reporterFinder(source: Source, lang: Language): ReporterFinder {
  let finder = finders.get(source);
  if (!finder || finder.lang !== lang) finders.set(source, (finder = new ReporterFinder(source, lang)));
  return finder.reset();
}

export class ReporterFinder {
  readonly ctx: SourceContext;
  readonly lex: EntityLexicon;
  readonly mentions: Mention[];
  /** Token index → 1 when inside a quotation (marks included): neither cues nor reporters there. */
  readonly quoted: Uint8Array;
  private readonly startingAt = new Map<number, Mention>();
  private readonly endingAt = new Map<number, Mention>();
  private last: string | undefined;

  constructor(
    source: Source,
    readonly lang: Language,
  ) {
    this.ctx = sourceContext(source);
    this.lex = entityLexicon(lang);
    this.mentions = findMentions(source, lang);
    for (const m of this.mentions) {
      this.startingAt.set(m.from, m);
      this.endingAt.set(m.to, m);
    }
    this.quoted = markQuoted(this.ctx.tokens, findQuotes(source, this.lex));
  }

  /** Forget the last reporter (pronouns resolve within one pass over the source). */
  reset(): this {
    this.last = undefined;
    return this;
  }

  /** Reporter of the cue in tokens [from, to) whose name sits closest to it; on a tie the first cue, or the
   *  last one when scanning `toward` the end (the cue nearest a quote that precedes it). */
  find(from: number, to: number, toward: 'start' | 'end' = 'start'): string | undefined {
    const cues = this.cues(from, to);
    if (toward === 'end') cues.reverse();
    let best: Found | undefined;
    for (const cue of cues) {
      const found = (cue.before ? this.nameBefore(cue.from, from) : undefined) ?? (this.inverts(cue) ? this.nameAfter(cue.to, to) : undefined);
      if (found && (!best || found.gap < best.gap)) best = found;
    }
    if (best) this.last = best.key;
    return best?.key;
  }

  /** "according to X" always looks ahead; a verb that also follows names ("said") only after punctuation:
   *  `…," said Kim` but not `state media said Kim had …`. */
  private inverts(cue: Cue): boolean {
    if (!cue.after) return false;
    return !cue.before || this.ctx.tokens[cue.from - 1]?.kind === 'punct';
  }

  /** Reporter of a whole sentence. */
  findInSentence(r: SentenceRange): string | undefined {
    return this.find(r.from, r.to);
  }

  private cues(from: number, to: number): Cue[] {
    const t = this.ctx.tokens;
    const out: Cue[] = [];
    for (let i = from; i < to; i++) {
      if (this.quoted[i] || t[i].kind !== 'word' || !this.lex.cueFirstWords.has(t[i])) continue;
      const b = this.lex.nameBefore.matchAt(t, i);
      const a = this.lex.nameAfter.matchAt(t, i);
      const end = Math.max(b?.to ?? 0, a?.to ?? 0);
      if (end === 0 || end > to) continue;
      out.push({ from: i, to: end, before: b?.to === end, after: a?.to === end });
      i = end - 1;
    }
    return out;
  }

  /** The entity that ends just before the cue, stepping over a few words, one appositive ("Hong Min, a senior
   *  analyst at …, told") and places ("an official in Seoul said"). */
  private nameBefore(cue: number, limit: number): Found | undefined {
    const t = this.ctx.tokens;
    if (cue - 1 >= limit && this.lex.pronouns.has(t[cue - 1])) return this.resolvePronoun(cue - 1);
    let appositive = true;
    for (let k = cue, gap = 0; k > limit && gap <= MAX_GAP; k--, gap++) {
      const m = this.endingAt.get(k);
      if (m && m.from >= limit && !this.isLocation(m)) return { key: m.key, gap };
      if (this.quoted[k - 1]) return undefined;
      if (t[k - 1].text === ',' && appositive) {
        appositive = false;
        const open = this.previousComma(k - 1, limit);
        if (open < 0) return undefined;
        k = open + 1;
        continue;
      }
      if (!passable(t[k - 1])) return undefined;
    }
    return undefined;
  }

  /** "in Seoul": a place after a place preposition says where, not who. */
  private isLocation(m: Mention): boolean {
    const before = this.ctx.tokens[m.from - 1];
    return m.kind === 'place' && before !== undefined && this.lex.placePrepositions.has(before);
  }

  private previousComma(i: number, limit: number): number {
    for (let k = i - 1; k >= limit; k--) if (this.ctx.tokens[k].text === ',') return k;
    return -1;
  }

  private nameAfter(cue: number, limit: number): Found | undefined {
    const t = this.ctx.tokens;
    if (cue < limit && this.lex.pronouns.has(t[cue])) return this.resolvePronoun(cue);
    for (let k = cue, gap = 0; k < limit && gap <= MAX_GAP; k++, gap++) {
      const m = this.startingAt.get(k);
      if (m && m.to <= limit) return { key: m.key, gap };
      if (this.quoted[k] || !passable(t[k])) return undefined;
    }
    return undefined;
  }

  /** The last reporter of the source, else the last person named before the pronoun. */
  private resolvePronoun(at: number): Found | undefined {
    if (this.last) return { key: this.last, gap: 0 };
    for (let n = this.mentions.length - 1; n >= 0; n--) {
      const m = this.mentions[n];
      if (m.to <= at && m.kind === 'person') return { key: m.key, gap: 0 };
    }
    return undefined;
  }
}

/** Tokens a reporter search may step over: words and the brackets of "(KCNA)". */
function passable(t: Token): boolean {
  return t.kind === 'word' || t.text === '(' || t.text === ')';
}

function markQuoted(tokens: Token[], quotes: { markStart: number; markEnd: number }[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length && q < quotes.length; i++) {
    while (q < quotes.length && quotes[q].markEnd <= tokens[i].start) q++;
    if (q < quotes.length && tokens[i].start >= quotes[q].markStart) quoted[i] = 1;
  }
  return quoted;
}
