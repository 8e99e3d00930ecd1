// Order-aware agreement of two anchor sequences: longest common subsequence, computed bit-parallel
// (Hyyrö's formulation of Allison–Dix), so two sequences of n and m anchors cost n·⌈m/32⌉ word operations.

/** Length of the longest common subsequence of two sequences of symbol ids. */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const words = Math.ceil(b.length / 32);
  // Match masks only for the symbols of `b` that `a` uses: the others are never looked up.
  const inA = new Set(a);
  const masks = new Map<number, Uint32Array>();
  for (let j = 0; j < b.length; j++) {
    if (!inA.has(b[j])) continue;
    let m = masks.get(b[j]);
    if (!m) masks.set(b[j], (m = new Uint32Array(words)));
    m[j >>> 5] |= 1 << (j & 31);
  }
  const v = new Uint32Array(words).fill(0xffffffff);
  for (let i = 0; i < a.length; i++) {
    const m = masks.get(a[i]);
    if (!m) continue;
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const u = (v[w] & m[w]) >>> 0;
      const sum = v[w] + u + carry; // up to 2^33: exact in a double
      carry = sum > 0xffffffff ? 1 : 0;
      v[w] = (sum >>> 0) | (v[w] & ~m[w]);
    }
  }
  let zeros = 0;
  for (let j = 0; j < b.length; j++) if ((v[j >>> 5] & (1 << (j & 31))) === 0) zeros++;
  return zeros;
}

/**
 * Common subsequence over the mean length (Dice): 1 when both sequences are the same. Unlike LCS over the shorter
 * sequence, it does not reward a short text whose few names all recur in a long, merely related one.
 */
export function sequenceScore(a: Int32Array, b: Int32Array): { score: number; shared: number } {
  const shared = lcsLength(a, b);
  const total = a.length + b.length;
  return { score: total === 0 ? 0 : (2 * shared) / total, shared };
}
