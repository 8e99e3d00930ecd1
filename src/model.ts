// The plain data that flows between pipeline stages. Every stage takes and returns these shapes;
// nothing here holds behaviour. Offsets count UTF-16 code units of the decoded text, `end` is exclusive,
// lines and columns start at 1.

export type Severity = 'error' | 'warning' | 'info';

/** A stretch of a source that is metadata (header date, dateline, byline, credit, boilerplate), not claims. */
export interface MetadataSpan {
  kind: 'header-date' | 'dateline' | 'byline' | 'credit' | 'boilerplate';
  start: number;
  end: number;
  /** What the span says, normalised: an ISO date for a header date, the agency for a dateline or credit. */
  value?: string;
  /** The day a dateline gives: ISO ("2025-06-03"), or a month-day ("--06-03") when it writes no year. */
  date?: string;
}

/** A claim-bearing stretch of text. Headlines are sentences too, flagged so alignment can weigh them. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  headline: boolean;
}

export interface Source {
  id: string;
  /** Path as given on the command line joined with the file name. */
  path: string;
  /** Decoded text (BOM removed, invalid bytes replaced); all offsets refer to it. */
  text: string;
  language: string;
  /** Publication date (ISO, day precision) or null when nothing gives it. */
  published: string | null;
  /** True when `published` was borrowed from the other sources of the story. */
  publishedInferred: boolean;
  agency: string | null;
  metadata: MetadataSpan[];
  sentences: Sentence[];
  /** Offsets where each line starts, for line/column lookup. */
  lineStarts: number[];
  /** Problems met while reading this source (replaced bytes, …), shown as notices. */
  notices: string[];
}

export type ClaimKind = 'quantity' | 'date' | 'person' | 'place' | 'organization' | 'quote' | 'identifier';

export type Qualifier =
  | 'exact'
  | 'approximate'
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'range'
  | 'vague';

export interface Interval {
  min: number;
  max: number;
}

/** An amount's conversion stated beside it, in the canonical unit. */
export interface Alternate {
  number: number;
  unit: string;
  /** The conversion as written, when a unit of fixed factor does not give it from the amount, however both were
   *  rounded ("44C (115F)": 115 °F is 46.1 °C). */
  mismatch?: { number: number; unit: string };
}

export interface QuantityInfo {
  /** The stated number (for a range, its midpoint; for a vague amount, null). */
  number: number | null;
  /** The interval the wording allows, after qualifiers ("at least 50" → 50..Infinity). */
  interval: Interval;
  qualifier: Qualifier;
  /** Lexicon key of a vague amount ("thousands", "dozens"). */
  vague?: string;
  /** Canonical unit key from the lexicon ("km", "usd", "percent"); absent for plain counts. */
  unit?: string;
  /** The unit key as written, before conversion to the canonical unit ("mile" of "60 miles", whose `unit` is "km"). */
  unitWritten?: string;
  /** The same amount in another unit stated beside it ("20 million euros ($26 million)"). */
  alternates?: Alternate[];
  /** Canonical role / head noun key ("personnel", "engineers", "killed"); undefined when none was found. */
  role?: string;
  /** The head noun as written. */
  head?: string;
  /** Canonical predicate key ("send", "kill", "wound"). */
  predicate?: string;
  /** Slot frame id from rules/frames that this quantity fills, if any. */
  frame?: string;
  /** How the amount is organised, when the text says so: {"battalion": 2} or {"regiment": 1, "battalion": 2}. */
  formation?: Record<string, number>;
  /** The period an amount of money is paid per ("$23 million per season" → "season"): a rate, not a total. */
  per?: string;
  /** Whose figure it is, as written ("Acme's 10 percent share", "Acme had 7.2%"). */
  owner?: string;
  /** The whole a share is of, its head noun as written ("voters" of "90 percent of eligible voters"). */
  whole?: string;
  /** The person the sentence introduced by their age before this figure ("36-year-old Jane Doe fell 60 metres"):
   *  who a distance is about when the text names no other head. */
  subject?: { age: number; name?: string };
  /** The words that make this figure an update of an earlier one, from the verb to the figure ("rose from nine to
   *  12", "is opgelopen tot 12"): of a count that develops, the most recent by wording. */
  update?: string;
  /** A figure its own sentence says was replaced ("nine" of "rose from nine to 12"): not its source's answer, so
   *  alignment leaves it out. */
  replaced?: true;
  /** The story's settled name of the person an age or a distance is about (set by normalize). */
  person?: string;
  /** Id of the claim this one is a part of ("6,000 … including 1,000 engineers"). */
  partOf?: string;
  /** One of counts listed together with one predicate ("three soldiers and two civilians were killed"): a share
   *  of the frame's figure, not the whole of it. */
  listed?: true;
}

export interface DateInfo {
  /** ISO 8601 at the precision the text gives: "2025", "2025-06", "2025-06-04"; a time of day alone is "T12:30". */
  iso: string;
  precision: 'year' | 'month' | 'day' | 'time';
  /** True when the text was relative (Tuesday, last year) and was resolved against a publication date. */
  relative: boolean;
  /** True when a part of the value (a year, the reference date) was borrowed rather than written. */
  inferred: boolean;
  /** Canonical event key the date is anchored to ("meet", "visit", "sign"), if one is near. */
  event?: string;
  /** Said of the future ("will meet on Friday", "next year"): when something is planned, not when it happened. */
  planned?: true;
  /** What is left to resolve against the publication date (set by extract, cleared by normalize). */
  pending?: Record<string, string | number>;
  /** The relative words once resolved, as a key ("weekday 5", "day -1"): two sources that say "Friday" mean the
   *  same Friday even when their publication dates differ (a copy republished, a translation dated later). */
  said?: string;
}

export interface EntityInfo {
  /** Canonical key shared across spellings and languages ("alexei-tolstoi"). */
  key: string;
  /** Display name of the canonical entity ("Alexei Tolstoi"). */
  canonical: string;
  /** Canonical title the text gives the person ("leader", "president"), with its country or organisation. */
  title?: string;
  /** For places: canonical event key the place is anchored to ("meet"). */
  event?: string;
  /** For places: the person who lives there ("Smith, 36, of Springfield"): a provisional key from extract, the
   *  person's canonical name after normalize. */
  residentOf?: string;
}

export interface IdentifierInfo {
  /** What the digits are: a phone number. The claim's value is its digits ("08451252222", "+31205550101"). */
  type: 'phone';
}

export interface QuoteInfo {
  /** The quoted words, lower-cased with punctuation and spacing normalised, for comparison. */
  normalized: string;
  /** Canonical entity key (or name as written) of the speaker, when the text states one. */
  speaker?: string;
}

/** JSON value of a claim in the report contract. */
export type ClaimValue = number | Interval | string | null;

export interface Claim {
  /** Unique in a story: `${source}@${start}` plus a suffix when two claims share a start. */
  id: string;
  source: string;
  kind: ClaimKind;
  /** Exact substring of the source text. */
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  /** Index into the source's sentences. */
  sentence: number;
  value: ClaimValue;
  /** Canonical key of who the text says gave this claim ("usgs", "alexei-tolstoi"). */
  attribution?: string;
  /** Set when the sentence places the claim outside the story's event (an earlier year): background, not event. */
  background?: string;
  quantity?: QuantityInfo;
  date?: DateInfo;
  entity?: EntityInfo;
  quote?: QuoteInfo;
  identifier?: IdentifierInfo;
}

export type SlotStatus = 'agree' | 'conflict' | 'single';

export interface Slot {
  id: string;
  kind: ClaimKind;
  label: string;
  /** The alignment key the slot was built from (frame/role/event), for explaining alignment. */
  key: string;
  status: SlotStatus;
  /** At most one claim per source. */
  claims: Claim[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  slot?: string;
  sources: string[];
  claims: Claim[];
  /** Documentation link of the rule. */
  docs?: string;
}

export interface LineageLink {
  a: string;
  b: string;
  relation: 'copy' | 'rewrite' | 'translation';
  /** What was similar and how much, e.g. {"shingles": 0.92} or {"sequence": 0.81}. */
  evidence: Record<string, number>;
}

export interface Lineage {
  /** Source id → lineage id (the id of the group's earliest source in name order). */
  of: Record<string, string>;
  links: LineageLink[];
}
