import { describe, expect, it } from 'vitest';
import { detectLineage, loadLineageOptions, type LineageOptions } from '../../src/lineage/index.js';
import { lcsLength } from '../../src/lineage/sequence.js';
import { textAnchors } from '../../src/lineage/anchors.js';
import { tokenize } from '../../src/text/tokens.js';
import type { Claim } from '../../src/model.js';
import { seedSources, sourceOf } from './helpers.js';

const options = loadLineageOptions();

describe('seed story', () => {
  const lineage = detectLineage(seedSources(), [], options);

  it('groups the shortened copy, the rewrite and the translation, and nothing else', () => {
    expect(lineage.of).toEqual({ '000': '000', '001': '000', '002': '000', '003': '003', '004': '003' });
  });

  it('names each relation with its evidence', () => {
    const rel = Object.fromEntries(lineage.links.map((l) => [`${l.a}-${l.b}`, l]));
    expect(Object.keys(rel).sort()).toEqual(['000-001', '000-002', '003-004']);
    expect(rel['003-004'].relation).toBe('copy');
    expect(rel['003-004'].evidence.shingles).toBeGreaterThan(0.9);
    expect(rel['000-001'].relation).toBe('rewrite');
    expect(rel['000-002'].relation).toBe('translation');
    expect(rel['000-002'].evidence.sequence).toBeGreaterThanOrEqual(options.translation.sequence);
  });

  it('does not call the Dutch text a translation of the independent AFP story', () => {
    const [, , nl, afp] = seedSources();
    expect(detectLineage([nl, afp], [], options).links).toEqual([]);
  });
});

describe('anchors and order', () => {
  it('reads numbers in either separator style and names, not sentence-initial words', () => {
    const en = sourceOf('en', 'The army sent 6,000 men to Kursk.\nThe Kursk trip was long.', 'en');
    const nl = sourceOf('nl', 'Het leger stuurde 6.000 man naar Koersk.\nDe reis naar Kursk duurde lang.', 'nl');
    expect(textAnchors(en, tokenize(en.text), 4)).toEqual(['6000', 'kurs', 'kurs']);
    expect(textAnchors(nl, tokenize(nl.text), 4)).toEqual(['6000', 'koer', 'kurs']);
  });

  it('takes each capitalised part of a hyphenated word, and no lower-case or accented word start', () => {
    const s = sourceOf('en', 'Talks on the Russia-Ukraine war, said the pro-Kremlin élite of Ölsen and Ölsen.', 'en');
    expect(textAnchors(s, tokenize(s.text), 4)).toEqual(['russ', 'ukra', 'krem', 'olse', 'olse']);
  });

  it('counts a longest common subsequence bit-parallel, across word boundaries', () => {
    expect(lcsLength(Int32Array.from([1, 2, 3, 4]), Int32Array.from([2, 4, 3]))).toBe(2);
    const long = Int32Array.from({ length: 100 }, (_, i) => i % 7);
    const other = Int32Array.from({ length: 70 }, (_, i) => (i * 3) % 7);
    expect(lcsLength(long, other)).toBe(naiveLcs(long, other));
  });

  it('uses claim anchors (canonical keys) when the text names differ', () => {
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota'];
    const a = sourceOf('a', names.map((n) => `Xx ${n}q met.`).join('\n'), 'en');
    const b = sourceOf('b', names.map((n) => `Yy Zz${n}w zag.`).join('\n'), 'nl');
    expect(detectLineage([a, b], [], options).links).toEqual([]);
    const claims = [a, b].flatMap((s) =>
      [...s.text.matchAll(/[A-Z]\w+[qw]\b/g)].map((m, i) => entityClaim(s.id, m.index!, m[0], names[i].toLowerCase())),
    );
    expect(detectLineage([a, b], claims, options).links.map((l) => l.relation)).toEqual(['translation']);
  });
});

describe('many sources', () => {
  const synthetic = syntheticFolder(30);
  const sketchy: LineageOptions = { ...options, sketch: { ...options.sketch, aboveSources: 5 } };

  it('finds the planted copies pairwise', () => {
    const groups = groupsOf(detectLineage(synthetic, [], options).of);
    expect(groups).toEqual([['s00', 's10', 's20'], ['s01', 's11', 's21'], ['s02', 's12', 's22']]);
  });

  it('gives the same groups through MinHash + LSH', () => {
    expect(detectLineage(synthetic, [], sketchy).of).toEqual(detectLineage(synthetic, [], options).of);
  });

  // Speed is measured by `npm run bench` (lineage against number of sources); the timeouts only catch a hang.
  it('handles 200 sources of ~3 KB of dense random text', { timeout: 30_000 }, () => {
    const result = detectLineage(syntheticFolder(200, 3000), [], options);
    expect(Object.keys(result.of)).toHaveLength(200);
  });

  it('finishes a 200,000-digit line and 3 MB news sources in two languages', { timeout: 30_000 }, () => {
    const [en, , nl] = seedSources();
    const grow = (text: string) => text.repeat(Math.ceil(3_000_000 / text.length));
    const digits = sourceOf('d', '7'.repeat(200_000));
    const result = detectLineage([digits, sourceOf('b', grow(en.text)), sourceOf('c', grow(nl.text), 'nl')], [], options);
    expect(result.of.b).toBe(result.of.c); // a translation of one story, however long
  });
});

function naiveLcs(a: Int32Array, b: Int32Array): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.length];
}

function entityClaim(source: string, start: number, text: string, key: string): Claim {
  return { id: `${source}@${start}`, source, kind: 'person', text, start, end: start + text.length, line: 1, column: 1, sentence: 0, value: key, entity: { key, canonical: key } };
}

function groupsOf(of: Record<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [id, g] of Object.entries(of)) groups.set(g, [...(groups.get(g) ?? []), id]);
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort());
}

/** Pseudo-random words from a seed: texts that share nothing unless planted. */
function randomText(seed: number, chars: number): string {
  let x = seed * 2654435761;
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const w = (x >>> 8).toString(36);
    words.push(w);
    length += w.length + 1;
  }
  return words.join(' ');
}

/** Sources s00..; s1x and s2x are copies of s0x for x < 3 (s2x truncated, with another header). */
function syntheticFolder(count: number, chars = 1500) {
  return Array.from({ length: count }, (_, i) => {
    const id = `s${String(i).padStart(2, '0')}`;
    const original = i % 10;
    if (count <= 30 && original < 3 && i >= 10) {
      const text = randomText(original + 1, chars);
      return sourceOf(id, i >= 20 ? `Header ${id}\n${text.slice(0, chars * 0.6)}` : text);
    }
    return sourceOf(id, randomText(i + 1, chars));
  });
}
