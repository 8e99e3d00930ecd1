// MinHash signatures + LSH banding: candidate pairs for large folders in near-linear time. Two sets with
// Jaccard similarity J share at least one band with probability 1 − (1 − J^rows)^bands; every candidate is then
// measured exactly, so the sketch only decides which pairs are looked at.

export interface SketchShape {
  bands: number;
  rows: number;
}

/** Pairs [i, j] (i < j) of sets that collide in at least one band; empty sets take part in none. */
export function candidatePairs(sets: readonly Uint32Array[], shape: SketchShape): [number, number][] {
  const seeds = seedsFor(shape.bands * shape.rows);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (let band = 0; band < shape.bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let s = 0; s < sets.length; s++) {
      if (sets[s].length === 0) continue;
      let key = band;
      for (let r = 0; r < shape.rows; r++) key = Math.imul(key ^ minHash(sets[s], seeds[band * shape.rows + r]), 0x01000193);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(s);
      else buckets.set(key, [s]);
    }
    for (const bucket of buckets.values())
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) {
          const id = bucket[x] * sets.length + bucket[y];
          if (!seen.has(id)) {
            seen.add(id);
            pairs.push([bucket[x], bucket[y]]);
          }
        }
  }
  return pairs;
}

function minHash(set: Uint32Array, seed: number): number {
  let min = 0xffffffff;
  for (let i = 0; i < set.length; i++) {
    let h = Math.imul(set[i] ^ seed, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    if (h < min) min = h;
  }
  return min;
}

/** Fixed seeds (a simple LCG), so a folder always yields the same candidates. */
function seedsFor(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let x = 0x9e3779b9;
  for (let i = 0; i < count; i++) seeds[i] = x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
  return seeds;
}
