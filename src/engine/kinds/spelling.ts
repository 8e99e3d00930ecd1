// spelling-variants: one entity written several ways by sources of one language (Tolstoy / Tolstoi,
// Catherine / Katherine). Across languages a different form is a translation (Rusland), not a variant.

import type { Claim, Finding, Severity } from '../../model.js';
import type { AlignedSlot } from '../../align/index.js';
import type { Check, RuleDefinition } from '../types.js';
import { distance } from 'fastest-levenshtein';
import { fillTemplate } from '../template.js';
import { pushTo } from '../../collections.js';
import { QUESTION_ENTITY_KEY } from '../../align/keys.js';
import { folded, isAcronym, withoutPossessive, writtenForms, type SameWord } from '../names.js';
import { draftSpellingFindings, type NameStyle } from './draft-spelling.js';
import { nextLetterRun } from '../../text/tokens.js';

interface SpellingOptions {
  /** Per language: word endings that are a house's habit in organisation and place names (ise / ize). */
  houseStyle?: Record<string, [string, string][]>;
  /** Per language: plural endings of nouns, dropped before names are compared. */
  plurals?: Record<string, string[]>;
  /** Per language: first names and their short forms (david: [dave]), one name in a person's name. */
  shortForms?: Record<string, Record<string, string[]>>;
  /** Severity of a draft's name that no source gives but one writes alike (--primary); the rule's own by default. */
  draftSeverity?: Severity;
}

const NO_SHORT_FORMS: SameWord = () => false;

export const spellingVariants: Check = (rule, ctx) => {
  const options = (rule.options as SpellingOptions | undefined) ?? {};
  const houseStyle = options.houseStyle ?? {};
  const plurals = new Map(Object.entries(options.plurals ?? {}));
  const shortForms = new Map(Object.entries(options.shortForms ?? {}).map(([lang, names]) => [lang, shortFormOf(names)]));
  const language = new Map(ctx.sources.map((s) => [s.id, s.language]));
  const texts = new Map(ctx.sources.map((s) => [s.id, s.text]));
  const findings: Finding[] = [];
  for (const slot of ctx.slots) {
    if (!slot.claims[0]?.entity || QUESTION_ENTITY_KEY.test(slot.key)) continue;
    // Written one way throughout (the usual case): no variants, in any language.
    const first = slot.mentions[0].text;
    if (slot.mentions.every((m) => m.text === first)) continue;
    const byLanguage = new Map<string, Claim[]>();
    for (const m of slot.mentions) {
      const lang = language.get(m.source) ?? '';
      pushTo(byLanguage, lang, m);
    }
    for (const [lang, mentions] of byLanguage) {
      const person = slot.kind === 'person';
      const habits = person ? [] : (houseStyle[lang] ?? []);
      const sameWord = (person && shortForms.get(lang)) || NO_SHORT_FORMS;
      const finding = variantsFinding(rule, slot, mentions, habits, sameWord, plurals.get(lang), texts);
      if (finding) findings.push(finding);
    }
  }
  // In draft mode, the draft's names are also compared with names of other slots, as this language writes them.
  const draftStyle = (lang: string): NameStyle => ({
    comparable: (name, kind) => withHabits(comparable(name, plurals.get(lang)), kind === 'person' ? [] : (houseStyle[lang] ?? [])),
    sameWord: shortForms.get(lang) ?? NO_SHORT_FORMS,
  });
  findings.push(...draftSpellingFindings(rule, ctx, options.draftSeverity ?? rule.severity, draftStyle));
  return findings;
};

function variantsFinding(
  rule: RuleDefinition,
  slot: AlignedSlot,
  mentions: Claim[],
  habits: readonly [string, string][],
  sameWord: SameWord,
  plurals: readonly string[] | undefined,
  texts: ReadonlyMap<string, string>,
): Finding | undefined {
  const spellings = writtenForms(mentions);
  // Forms written with a full stop right after them: "Tex." beside "Texas" is an abbreviation, not a spelling.
  const abbreviated = new Set<string>();
  for (const m of mentions) if (texts.get(m.source)?.[m.end] === '.') abbreviated.add(withoutPossessive(m.text));
  if (spellings.size < 2) return undefined;
  // Variants are full forms of the same shape written differently (Tolstoy / Tolstoi, Smit / Smid).
  // A surname beside the full name, an acronym beside the name or another acronym (US / USA), or U.S. beside US
  // are not. A word in the singular or the plural (rule option `plurals`) is one name (Election / Elections
  // Commission, Texas Ranger / Rangers, Deep Throat / Throats): names of every kind are typed from capitals and
  // cues, and a team, a nickname or a firm is often typed a person, so a surname's -s (Philip / Philips) is given
  // up with them.
  const written = [...spellings.keys()];
  const comparables = written.map((name) => withHabits(comparable(name, plurals), habits));
  const acronym = written.map(isAcronym);
  const hyphen = written.map((name) => name.includes('-'));
  // A sentence's own full stop may follow a name too: an abbreviation drops at least two letters.
  // Compared as folded, before number is dropped: "Tex." shortens "Texas", whose -s is no plural.
  const shortens = (i: number, j: number) => {
    if (!abbreviated.has(written[i])) return false;
    const [short, long] = [folded(written[i]), folded(written[j])];
    return long.length >= short.length + 2 && long.startsWith(short);
  };
  const entries = [...spellings];
  // Which spellings are variants of which, decided once per pair.
  const variants = entries.map((_, i) =>
    entries.map((_, j) => j !== i && !(acronym[i] && acronym[j]) && isVariant(comparables[i], comparables[j], hyphen[i] || hyphen[j], sameWord) && !shortens(i, j) && !shortens(j, i)),
  );
  // A spelling whose every source also writes a variant of it, or of its last words, is their slip ("Turkeminstan"
  // in a text that spells Turkmenistan three times; "Bob Woodard" in one that later writes "Woodward"): the sources
  // do not disagree on the name.
  const partVariant = (i: number, k: number) => {
    const part = comparables[k].split(' ').length;
    const whole = comparables[i].split(' ');
    return part < whole.length && isVariant(whole.slice(-part).join(' '), comparables[k], hyphen[i] || hyphen[k], sameWord);
  };
  const slip = entries.map(([, sources], i) =>
    sources.every((source) => entries.some(([, by], j) => (variants[i][j] || partVariant(i, j)) && by.includes(source))),
  );
  const forms = entries.filter((_, i) => !slip[i] && entries.some((_, j) => variants[i][j] && !slip[j]));
  if (forms.length < 2) return undefined;
  return {
    ruleId: rule.id,
    severity: rule.severity as Finding['severity'],
    message: fillTemplate(rule.message, {
      label: slot.label,
      variants: forms.map(([w, s]) => `"${w}" (${s.join(', ')})`).join(', '),
    }),
    slot: slot.id,
    sources: [...new Set(forms.flatMap(([, s]) => s))],
    claims: slot.claims.filter((c) => forms.some(([, s]) => s.includes(c.source))),
    docs: rule.docs,
  };
}

/** Two spellings, each already made comparable(); `hyphenated` when either was written with a hyphen. */
function isVariant(a: string, b: string, hyphenated: boolean, sameWord: SameWord): boolean {
  if (a === b) return false;
  const x = a.split(' ');
  const y = b.split(' ');
  // A part written joined in one and apart in the other (DelGiudice / Del Giudice); initials are house style
  // (P J / PJ, once dots are gone), and so is a hyphen (made a space by comparable: Pin Up / Pinup).
  if (x.length !== y.length) {
    if (x.join('') === y.join('')) return [...x, ...y].every((w) => w.length > 1) && !hyphenated;
    // A middle initial given or left out is house style; the words around it are still compared.
    const [u, v] = [withoutMiddleInitials(x), withoutMiddleInitials(y)];
    return u.length === v.length && nearWords(u, v, sameWord);
  }
  return nearWords(x, y, sameWord);
}

/** Same number of words, each pair the same or a near spelling (Tolstoy/Tolstoi), not another word (US/America),
 *  and not all the same; a first name beside its short form (David / Dave) counts as the same. */
function nearWords(x: string[], y: string[], sameWord: SameWord): boolean {
  const same = (w: string, i: number) => w === y[i] || sameWord(w, y[i]);
  return !x.every(same) && x.every((w, i) => same(w, i) || distance(w, y[i]) <= Math.max(2, Math.floor(w.length / 3)));
}

/** The rule option's names of one language as a test of two words (either order). */
function shortFormOf(names: Record<string, string[]>): SameWord {
  const pairs = new Set(Object.entries(names).flatMap(([name, short]) => short.map((s) => `${name} ${s}`)));
  return (a, b) => pairs.has(`${a} ${b}`) || pairs.has(`${b} ${a}`);
}

function withoutMiddleInitials(words: string[]): string[] {
  return words.filter((w, i) => w.length > 1 || i === 0 || i === words.length - 1);
}

/** Each word with a house-style ending written the one way ("recognised" → "recognized"; the first pair that fits). */
function withHabits(name: string, habits: readonly [string, string][]): string {
  if (habits.length === 0) return name;
  return name
    .split(' ')
    .map((word) => {
      const habit = habits.find(([from]) => word.length > from.length + 1 && word.endsWith(from));
      return habit ? word.slice(0, -habit[0].length) + habit[1] : word;
    })
    .join(' ');
}

/** Case, dots and hyphens are house style (U.S. / US, Kim Jong-un / Kim Jong Un), not spelling; nor is number (the
 *  language's plural endings dropped from each word). */
function comparable(name: string, plurals: readonly string[] | undefined): string {
  const written = folded(name);
  return plurals ? withoutPlurals(written, plurals) : written;
}

/** Each word (a run of letters) without a plural ending that leaves three letters or more, the shortest such
 *  ending when several fit ("rangers" → "ranger", "verkiezingen" → "verkiezing", "bus" as it is). Code, not a
 *  \p{L} regex: its first compile would cost a small run more than every name it reads. */
function withoutPlurals(name: string, endings: readonly string[]): string {
  let out = '';
  let from = 0;
  for (let run = nextLetterRun(name); run; run = nextLetterRun(name, run.end)) {
    out += name.slice(from, run.start) + withoutEnding(name.slice(run.start, run.end), endings);
    from = run.end;
  }
  return out + name.slice(from);
}

function withoutEnding(word: string, endings: readonly string[]): string {
  let cut = 0;
  for (const ending of endings) if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM && (cut === 0 || ending.length < cut)) cut = ending.length;
  return cut === 0 ? word : word.slice(0, -cut);
}

/** Letters a word keeps when its plural ending is dropped: "bus" and "gas" are no plurals. */
const MIN_STEM = 3;
