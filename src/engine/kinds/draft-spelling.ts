// spelling-variants in draft mode: a name that only the draft gives, written like a name the other sources give
// (Teixiera / Teixeira, Alexandra / Alexandria). Alignment keeps the two apart, as their spellings are too far apart
// to be merged as one entity, so no slot brings them together: most likely the draft's slip.

import type { Finding, Severity } from '../../model.js';
import type { CheckContext, RuleDefinition } from '../types.js';
import { fillTemplate } from '../template.js';
import { QUESTION_ENTITY_KEY } from '../../align/keys.js';
import { isAcronym, writtenForms, type SameWord } from '../names.js';

/** How one language writes names: a name made comparable (house style and number dropped) for its entity kind,
 *  and first names that are one name (David / Dave). */
export interface NameStyle {
  comparable: (name: string, kind: string) => string;
  sameWord: SameWord;
}

/** Findings for the draft's names that are near spellings of the other sources' names, in the draft's language. */
export function draftSpellingFindings(
  rule: RuleDefinition,
  ctx: CheckContext,
  severity: Severity,
  styleOf: (language: string) => NameStyle,
): Finding[] {
  const primary = ctx.primary;
  const draftLanguage = ctx.sources.find((s) => s.id === primary)?.language;
  if (!primary || draftLanguage === undefined) return [];
  const named = ctx.slots.filter((slot) => slot.claims[0]?.entity && !QUESTION_ENTITY_KEY.test(slot.key));
  const draftOnly = named.filter((slot) => slot.mentions.every((m) => m.source === primary));
  if (draftOnly.length === 0) return [];
  // Across languages another form is a translation (Rusland), not a spelling.
  const sameLanguage = new Set(ctx.sources.filter((s) => s.language === draftLanguage && s.id !== primary).map((s) => s.id));
  const style = styleOf(draftLanguage);
  const wires = named.flatMap((slot) => {
    const forms = comparables(writtenForms(slot.mentions.filter((m) => sameLanguage.has(m.source))), slot.kind, style);
    return forms.length > 0 ? [{ slot, forms }] : [];
  });
  // A form another source writes the same way, as house style or number go, is supported (Bulldog / Bulldogs).
  const supported = new Set(wires.flatMap(({ forms }) => forms.map(({ words }) => words.join(' '))));
  const findings: Finding[] = [];
  for (const draft of draftOnly) {
    const draftForms = comparables(writtenForms(draft.mentions), draft.kind, style);
    if (draftForms.some(({ words }) => supported.has(words.join(' ')))) continue;
    const near = (form: WrittenForm) => draftForms.some((d) => nearSpelling(d.words, form.words, style.sameWord));
    const matched = wires.filter(({ forms }) => forms.some(near));
    if (matched.length === 0) continue;
    const nearForms = matched.flatMap(({ forms }) => forms.filter(near));
    const variants = [...draftForms, ...nearForms];
    const sourceClaims = matched.flatMap(({ slot }) => slot.claims.filter((c) => sameLanguage.has(c.source)));
    findings.push({
      ruleId: rule.id,
      severity,
      message: fillTemplate(rule.message, {
        // The name as most of the other sources write it.
        label: nearForms.reduce((a, b) => (b.sources.length > a.sources.length ? b : a)).written,
        variants: variants.map(({ written, sources }) => `"${written}" (${sources.join(', ')})`).join(', '),
      }),
      slot: draft.id,
      sources: [primary, ...new Set(sourceClaims.map((c) => c.source))],
      claims: [...draft.claims, ...sourceClaims],
      docs: rule.docs,
    });
  }
  return findings;
}

/** A way of writing a name, the sources that write it so, and its words as compared. */
interface WrittenForm {
  written: string;
  sources: string[];
  words: string[];
}

/** The written forms with their words to compare. Abbreviations (US, NATO) have forms, not spellings: left out. */
function comparables(forms: ReadonlyMap<string, string[]>, kind: string, style: NameStyle): WrittenForm[] {
  return [...forms]
    .filter(([written]) => !isAcronym(written))
    .map(([written, sources]) => ({ written, sources, words: style.comparable(written, kind).split(' ') }));
}

/** Two names that differ in spelling only, word by word; a name of fewer words is compared with the other's last
 *  words (Teixiera / Mark Teixeira). No slot joined them, so this is stricter than within a slot (see nearWord). */
function nearSpelling(x: readonly string[], y: readonly string[], sameWord: SameWord): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const tail = long.slice(long.length - short.length);
  let differs = false;
  for (let i = 0; i < short.length; i++) {
    const [u, v] = [short[i], tail[i]];
    if (u === v || sameWord(u, v)) continue;
    if (!nearWord(u, v)) return false;
    differs = true;
  }
  return differs && short.join('') !== long.join('');
}

/** A slip of the pen, not another word: the same first letter, and one edit (a transposition counts as one) in five
 *  letters or more, two in nine or more. Letters added at the end make another word as often as a slip
 *  (Lowe / Lowell, Africa / African, Democrat / Democratic) and are not one; nor are Iran / Iraq (four letters) and
 *  Colorado / Coronado (two edits in eight). */
function nearWord(u: string, v: string): boolean {
  const shorter = Math.min(u.length, v.length);
  if (shorter < 5 || u[0] !== v[0] || u.startsWith(v) || v.startsWith(u)) return false;
  const edits = editsWithin(u, v, 2);
  return edits === 1 || (edits === 2 && shorter >= 9);
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), or limit + 1 once it exceeds limit. */
function editsWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length], limit + 1);
}
