// Small helpers for timing and printing.

export const MB = 1e6;

export function bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

/** Milliseconds of CPU (user + system) this process has used: unlike wall time, other processes do not inflate it. */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Run fn once and return [result, wall ms, CPU ms]. */
export function timed(fn) {
  const t0 = performance.now();
  const c0 = cpuMs();
  const out = fn();
  return [out, performance.now() - t0, cpuMs() - c0];
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function fmt(n, digits = 1) {
  return Number.isFinite(n) ? n.toFixed(digits) : String(n);
}

/** Print rows (arrays of cells) as an aligned table; the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const numeric = (cell) => /^[-+]?[\d.,]+(?:[×%]| ms| s| MB)?$/.test(String(cell));
  const line = (r) => '  ' + r.map((cell, c) => (numeric(cell) ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join('  ');
  console.log(line(rows[0]));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

export function heading(title) {
  console.log(`\n## ${title}`);
}

/** A deterministic generator in [0, 1), so every bench run writes the same folders. */
export function seededRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
