// unsupported-claim: in draft-vs-wires mode, a claim of the draft that no other source gives.
//
// Alignment is strict about what answers one question, so a draft figure can stand alone in its slot although a
// wire gives it: under the same key in a slot the context split off, as the counterpart of a rewrite or
// translation whose key differs ("nog twee fabrieken" / "two more plants"), or in the paired sentence of a wire: as
// a claim of the same figure or date under another key, or where no claim was read, in digits or as a number word
// ("alle 51 Indonesische luchtvaartmaatschappijen" / "all 51 of Indonesia's air carriers"; "vijf toestellen" /
// "leasing rights to five"); "today" of the draft, by a paired sentence of a wire published that day.
// Each of those is support; only a figure no source gives in any of these ways is reported. A figure that stands in
// no slot (it says nothing of what it counts) is judged by its counterparts and paired sentences alone.

import type { Claim, Finding, Source } from '../../model.js';
import type { AlignedSlot } from '../../align/index.js';
import { agreeAsCounterparts, compatible } from '../../align/compatible.js';
import { sameEra } from '../../align/keys.js';
import type { Check, CheckContext } from '../types.js';
import { fillTemplate } from '../template.js';
import { pushTo } from '../../collections.js';
import { section, type Language } from '../../lexicon/load.js';
import { tokensIn } from '../../text/tokens.js';
import { fromCanonical, loadUnits } from '../../normalize/units.js';

interface UnsupportedOptions {
  /** Claim kinds checked for support; entities and quotes are often legitimately the draft's own. */
  kinds?: string[];
}

export const unsupportedClaim: Check = (rule, ctx) => {
  if (!ctx.primary) return [];
  const kinds = new Set((rule.options as UnsupportedOptions | undefined)?.kinds ?? ['quantity', 'date']);
  const support = supportIndex(ctx);
  const findings: Finding[] = [];
  for (const slot of ctx.slots) {
    if (!kinds.has(slot.kind)) continue;
    const draft = slot.claims.find((c) => c.source === ctx.primary);
    if (!draft || slot.claims.length > 1) continue;
    if (slot.mentions.some((m) => support.given(m, slot))) continue;
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: fillTemplate(rule.message, { label: slot.label, value: draft.text.replace(/\s+/g, ' ') }),
      slot: slot.id,
      sources: [draft.source],
      claims: [draft],
      docs: rule.docs,
    });
  }
  if (kinds.has('quantity')) findings.push(...unslottedFigures(rule, ctx, support));
  return findings;
};

/** The label of a figure that says nothing of what it counts, and so stands in no slot. */
const FIGURE_LABEL = 'figure';

/**
 * A draft figure that says nothing of what it counts ("… en eindigde op 31.490,09") has no slot, and so no slot
 * to stand alone in; it is reported when its sentence is paired with a related source's, none of which gives it.
 * An unpaired sentence says nothing either way: a bare number there is often no claim at all.
 */
function unslottedFigures(rule: Parameters<Check>[0], ctx: CheckContext, support: ReturnType<typeof supportIndex>): Finding[] {
  const slotted = new Set<string>();
  for (const slot of ctx.slots) for (const m of slot.mentions) slotted.add(m.id);
  const out: Finding[] = [];
  for (const claim of ctx.claims) {
    if (claim.source !== ctx.primary || claim.quantity?.number == null || claim.quantity.qualifier === 'vague' || slotted.has(claim.id)) continue;
    if (!ctx.counterparts?.sentences.get(claim.source)?.has(claim.sentence) || support.givenAlone(claim)) continue;
    out.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: fillTemplate(rule.message, { label: FIGURE_LABEL, value: claim.text.replace(/\s+/g, ' ') }),
      sources: [claim.source],
      claims: [claim],
      docs: rule.docs,
    });
  }
  return out;
}

/** Whether another source gives a draft claim outside its slot. */
function supportIndex(ctx: CheckContext): { given: (claim: Claim, slot: AlignedSlot) => boolean; givenAlone: (claim: Claim) => boolean } {
  const draft = ctx.primary!;
  const byId = new Map(ctx.claims.map((c) => [c.id, c]));
  const sources = new Map(ctx.sources.map((s) => [s.id, s]));
  const slotsByKey = new Map<string, AlignedSlot[]>();
  for (const slot of ctx.slots) pushTo(slotsByKey, slot.key, slot);
  const counterpart = (claim: Claim): boolean => {
    for (const id of ctx.counterparts?.claims.get(claim.id) ?? []) if (compatible(byId.get(id)!, claim)) return true;
    return false;
  };
  const sameKey = (claim: Claim, slot: AlignedSlot): boolean => {
    for (const other of slotsByKey.get(slot.key)!) {
      if (other === slot) continue;
      for (const c of other.claims) if (c.source !== draft && compatible(c, claim) && sameEra(c, claim)) return true;
    }
    return false;
  };
  const draftLanguage = (claim: Claim): string => sources.get(claim.source)!.language;
  // Claims of the other sources by sentence, for what a paired sentence gives.
  const bySentence = new Map<string, Claim[]>();
  for (const c of ctx.claims) if (c.source !== draft) pushTo(bySentence, `${c.source}#${c.sentence}`, c);
  const inPairedSentence = (claim: Claim): boolean => {
    const digits = digitRuns(claim.text);
    const number = wholeNumber(claim);
    for (const { source, sentences } of ctx.counterparts?.sentences.get(claim.source)?.get(claim.sentence) ?? []) {
      const paired = sources.get(source)!;
      if (sentences.some((i) => bySentence.get(`${source}#${i}`)?.some((c) => c.kind === claim.kind && sameFigure(c, claim) && agreeAsCounterparts(c, claim) && sameEra(c, claim)))) return true;
      if (ofPublicationTime(claim) && paired.published?.startsWith(claim.date!.iso)) return true;
      if (digits.length > 0 && containsRun(sentences.flatMap((i) => digitRuns(sentenceText(paired, i))), digits)) return true;
      if (number !== undefined && sentences.some((i) => writesNumberWord(paired, i, number, [ctx.languages?.get(paired.language), ctx.languages?.get(draftLanguage(claim))]))) return true;
    }
    return false;
  };
  return {
    given: (claim, slot) => counterpart(claim) || sameKey(claim, slot) || inPairedSentence(claim),
    givenAlone: (claim) => counterpart(claim) || inPairedSentence(claim),
  };
}

/** Two claims state one number (however hedged), or neither states one (vague amounts, dates): a vague amount, or
 *  a bound of another number, in a paired sentence fits a changed figure too ("hundreds of points" / "105", "more
 *  than 7,000" / "7.465,90"). */
function sameFigure(a: Claim, b: Claim): boolean {
  return a.quantity?.number === b.quantity?.number;
}

/** "today", "this year", "deze maand": the period its source was published in, which a copy or translation
 *  published then speaks of in the same sentence without writing it ("today's plan" / "dit plan"). */
function ofPublicationTime(claim: Claim): boolean {
  return claim.date?.said !== undefined && claim.date.said.endsWith(' 0');
}

/** The one whole number a figure states ("vijf", "5", "five aircraft", the 2 of "2 hours", kept in days), not a
 *  range or a vague amount. */
function wholeNumber(claim: Claim): number | undefined {
  const q = claim.quantity;
  if (!q || q.number === null || q.qualifier === 'range' || q.qualifier === 'vague') return undefined;
  const def = q.unitWritten === undefined ? undefined : loadUnits().get(q.unitWritten);
  const stated = def ? Math.round(fromCanonical(def, q.number) * 1e6) / 1e6 : q.number;
  return Number.isInteger(stated) ? stated : undefined;
}

/**
 * The sentence writes the number as a word of its language ("five" for the draft's "vijf" or "5"), or of the
 * draft's (a word left untranslated: "five megapixel"); one may be its article, the numeral of a language that
 * writes "een" for both, the "a" of "a hundred".
 */
function writesNumberWord(source: Source, index: number, number: number, langs: readonly (Language | undefined)[]): boolean {
  const s = source.sentences[index];
  const tokens = tokensIn(source, s.start, s.end);
  for (const lang of langs) {
    if (!lang) continue;
    const numbers = section<{ words: Record<string, number>; articles: string[] }>(lang, 'numbers');
    const words = numbers.words ?? {};
    const articles = number === 1 ? (numbers.articles ?? []) : [];
    for (const t of tokens) if (t.kind === 'word' && (words[t.norm] === number || articles.includes(t.norm))) return true;
  }
  return false;
}

/** The digit runs of a figure stand in a sentence's one after another: "7,2" is in "US$7.2 bn", not in "787 … 7". */
function containsRun(written: readonly string[], digits: readonly string[]): boolean {
  for (let i = 0; i + digits.length <= written.length; i++) if (digits.every((d, k) => written[i + k] === d)) return true;
  return false;
}

function sentenceText(source: Source, index: number): string {
  const s = source.sentences[index];
  return source.text.slice(s.start, s.end);
}

/** The runs of digits a figure is written with, thousands separators dropped and leading zeros too: "5.700" and
 *  "5,700" are one run, "20,1" and "20.1" the same two. */
function digitRuns(text: string): string[] {
  const joined = text.replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1');
  return (joined.match(/\d+/g) ?? []).map((d) => d.replace(/^0+(?=\d)/, ''));
}
