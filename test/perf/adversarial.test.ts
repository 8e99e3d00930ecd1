// Adversarial text through the whole pipeline and through each stage of extraction alone. No absolute time
// limits (the machine is shared): each input runs at size n and 8n, and the 8n run must cost < 40× the n run,
// so a quadratic stage (64×) fails while a linear one (8×) passes with room for noise. n = 25 KB keeps the file
// under a couple of minutes while stages are linear; the 8n inputs (200 KB lines, 200,000-digit runs) are the
// sizes that hang a backtracking regex.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Source } from '../../src/model.js';
import { checkStory } from '../../src/pipeline.js';
import { InputError } from '../../src/errors.js';
import { loadLanguages, type Language } from '../../src/lexicon/load.js';
import { ingestText, BinaryFileError } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { extractQuantities } from '../../src/extract/quantity/index.js';
import { extractDates } from '../../src/extract/date/index.js';
import { extractEntities } from '../../src/extract/entity/index.js';
import { extractQuotes } from '../../src/extract/quote/index.js';
import { extractIdentifiers } from '../../src/extract/identifier/index.js';
import { attributeClaims } from '../../src/extract/attribution/index.js';
import { bundledRules, corpusStories, withStory } from './story.js';

const N = 25_000;
const GROWTH = 8;
const MAX_RATIO = 40;
/** Below this a run is all noise; ratios are taken against at least this many milliseconds. */
const FLOOR_MS = 5;
/** The same for one stage inside a pipeline run, whose single 8n run is noisier than a whole warm run. */
const STAGE_FLOOR_MS = 10;

/** Repeat `unit` until the text is about `size` characters long. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

/** Capitalised pseudo-words from a fixed generator: a name-like run with no sentence end. */
function capitalisedWords(size: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const words: string[] = [];
  for (let n = 0; n < size; ) {
    const len = 3 + Math.floor(next() * 7);
    let w = String.fromCharCode(65 + Math.floor(next() * 26));
    for (let i = 1; i < len; i++) w += String.fromCharCode(97 + Math.floor(next() * 26));
    words.push(w);
    n += w.length + 1;
  }
  return words.join(' ');
}

/** The corpus story's prose with its line breaks removed: one very long line. */
function proseLine(size: number): string {
  const story = corpusStories()[0];
  const prose = readdirSync(story)
    .sort()
    .map((f) => readFileSync(path.join(story, f), 'utf8'))
    .join(' ')
    .replace(/\s+/g, ' ');
  return fill(prose + ' ', size);
}

/** Many short sentences, each with a figure, a date, names and a quote: claims as dense as text allows. */
function denseClaims(size: number): string {
  const lines: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const line = `On June ${(i % 28) + 1}, ${i + 2} troops and ${i * 3 + 1} builders reached Moscow, Sergei Shoigu said: "${i} more".`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n');
}

const INPUTS: Record<string, (size: number) => string> = {
  'one long digit run': (size) => fill('7', size),
  'digits with repeated commas': (size) => fill('1,', size),
  'digits with repeated dots': (size) => fill('1.', size),
  'digits with mixed separators and spaces': (size) => fill('1 000,5.', size),
  'phone-like digit groups': (size) => fill('0845 125-22.', size),
  'digit pairs split by single separators': (size) => fill('12 ', size) + fill('34-', size / 2),
  'nested brackets': (size) => fill('(', size / 2) + '6,000' + fill(')', size / 2),
  'mixed nested brackets and quotes': (size) => fill('([{"«„', size / 2) + '12' + fill('”»}])', size / 2),
  'repeated quotes': (size) => fill('"“”„\'‘’`´«»', size),
  'repeated apostrophes': (size) => fill("'s ", size),
  'capitalised words': capitalisedWords,
  'repeated at least': (size) => fill('at least ', size) + '5 people',
  'repeated ten minste': (size) => fill('ten minste ', size) + '5 mensen',
  'repeated month names and numbers': (size) => fill('June 4 2025 juni 4 ', size),
  'whitespace runs': (size) => 'A' + fill(' \t', size) + '6,000 troops.',
  'many empty lines': (size) => fill('\n', size / 2) + fill('A.\n', size / 2),
  'one very long line of prose (200 KB at 8n)': proseLine,
  'mixed scripts': (size) => fill('Москва 東京 القاهرة 🙂 e\u0301 ３ ٣ Ἀθῆναι 서울 ', size),
  'dense claims': denseClaims,
};

const rules = bundledRules();
const langs = loadLanguages();
const languages: Language[] = [...langs.values()];

function ingest(text: string | Buffer): Source {
  return ingestText('adversarial', 'adversarial.txt', typeof text === 'string' ? Buffer.from(text) : text, langs);
}

/** The lexicon the pipeline would use for a source. */
const languageOf = (source: Source): Language => langs.get(source.language) ?? langs.get('en')!;

/** Each stage of extraction alone, on a source already ingested. */
const STAGES: Record<string, (source: Source, lang: Language) => unknown> = {
  quantity: extractQuantities,
  date: extractDates,
  entity: extractEntities,
  quote: extractQuotes,
  identifier: extractIdentifiers,
  attribution: (source, lang) => attributeClaims(source, lang, []),
};

/** CPU time of this process in ms: other jobs on a shared machine slow the wall clock, not this. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Per-part milliseconds of the fastest of `runs` runs (the least disturbed by other work on the machine).
 * `prepare` runs untimed and returns the work, so every run starts from fresh objects: per-source caches cannot
 * hide cost. The work may return its own split of the time (the pipeline's stage timings) beside the total.
 */
function fastest(prepare: () => () => Record<string, number> | void, runs: number): Record<string, number> {
  let best: Record<string, number> = { total: Infinity };
  for (let i = 0; i < runs; i++) {
    const work = prepare();
    const t0 = cpuMs();
    const parts = work() ?? {};
    const total = cpuMs() - t0;
    if (total < best.total) best = { ...parts, total };
  }
  return best;
}

/**
 * Cost growth from n (after a warm-up) to 8n, per part. 8n is measured again only when the first try is near
 * the limit, where noise could decide; far above it the stage is superlinear anyway. At size n the total is
 * floored at FLOOR_MS and each part at STAGE_FLOOR_MS, so that tiny stages do not turn noise into ratios.
 */
function growth(prepare: (size: number) => () => Record<string, number> | void): Record<string, number> {
  prepare(N)();
  const small = fastest(() => prepare(N), 3);
  const measureBig = () => fastest(() => prepare(N * GROWTH), 1);
  const floor = (part: string) => (part === 'total' ? FLOOR_MS : STAGE_FLOOR_MS);
  const ratios = (big: Record<string, number>) =>
    Object.fromEntries(Object.keys(big).map((part) => [part, big[part] / Math.max(floor(part), small[part] ?? 0)]));
  let best = ratios(measureBig());
  // Stage timings are wall clock: near the limit, measure again and keep each part's better figure.
  for (let retry = 0; retry < 2 && Object.values(best).some((r) => r >= MAX_RATIO && r < 2 * MAX_RATIO); retry++) {
    const again = ratios(measureBig());
    best = Object.fromEntries(Object.keys(best).map((part) => [part, Math.min(best[part], again[part] ?? Infinity)]));
  }
  return best;
}

function expectExactSpans(claims: Claim[], texts: Record<string, string>): void {
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThanOrEqual(c.start);
    expect(c.text).toBe(texts[c.source].slice(c.start, c.end));
    expect(c.line).toBeGreaterThanOrEqual(1);
    expect(c.column).toBeGreaterThanOrEqual(1);
  }
}

describe('adversarial input grows linearly', () => {
  for (const [name, generate] of Object.entries(INPUTS)) {
    it(name, () => {
      const ratios: Record<string, number> = {};
      // Whole pipeline: the input and a half-size variant of it as a second source, so lineage and align pair them.
      const pipeline = growth((size) => () =>
        withStory({ a: generate(size), b: generate(size / 2) }, (folder) => {
          const r = checkStory(folder, rules);
          expectExactSpans(r.claims, Object.fromEntries(r.sources.map((s) => [s.id, s.text])));
          return r.timings;
        }),
      );
      for (const [stage, ratio] of Object.entries(pipeline)) ratios[stage === 'total' ? 'pipeline' : `pipeline ${stage}`] = ratio;
      const texts = new Map([N, N * GROWTH].map((size) => [size, Buffer.from(generate(size))]));
      ratios.ingest = growth((size) => () => void ingest(texts.get(size)!)).total;
      const lang = languageOf(ingest(texts.get(N)!));
      for (const [stage, fn] of Object.entries(STAGES)) {
        ratios[`${stage} (${lang.code})`] = growth((size) => {
          const source = ingest(texts.get(size)!);
          return () => void fn(source, lang);
        }).total;
      }
      const superlinear = Object.entries(ratios).filter(([, r]) => r >= MAX_RATIO);
      expect(superlinear.map(([stage, r]) => `${stage}: ${r.toFixed(0)}× for ${GROWTH}× the text`)).toEqual([]);
    }, 120_000);
  }
});

describe('arbitrary text', () => {
  const fragments = ['6,000', '6.000', '0845 125 2222', '(555) 201-4477', '+31 20', '4,6 miljard', 'June 4', '4 juni', '"', '“', "'", '(', ')', 'at least', 'zo\'n', 'Kim Jong Un', '\n', '\r\n', '\u0000', '\ufeff', '\ud800'];
  const text = fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), fc.constantFrom(...fragments)), { maxLength: 24 })
    .map((parts) => parts.join(' '));

  it('never makes an extractor throw, and every span is exact', () => {
    fc.assert(
      fc.property(text, (t) => {
        let source: Source;
        try {
          source = ingest(t);
        } catch (e) {
          if (e instanceof BinaryFileError) return; // NUL bytes: rejected as binary, by design
          throw e;
        }
        for (const lang of languages) {
          const claims = extractClaims(source, lang);
          expectExactSpans(claims, { [source.id]: source.text });
          attributeClaims(source, lang, claims);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('never makes the pipeline throw anything but a user-facing InputError', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        withStory({ a, b }, (folder) => {
          try {
            const r = checkStory(folder, rules);
            expectExactSpans(r.claims, Object.fromEntries(r.sources.map((s) => [s.id, s.text])));
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        });
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
