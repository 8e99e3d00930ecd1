// Peers on the same paragraphs: chrono-node (dates) and Recognizers-Text (numbers), each called per paragraph
// as their authors advise (both are superlinear on whole texts).

import { bytes, MB } from './stats.js';

/** MB/s of `parse` over the paragraphs, at most `cap` bytes of them; returns { mbps, bytes, found }. */
function throughput(paragraphs, cap, parse) {
  const input = [];
  let size = 0;
  for (const p of paragraphs) {
    if (size >= cap) break;
    input.push(p);
    size += bytes(p);
  }
  let found = 0;
  const t0 = performance.now();
  for (const p of input) found += parse(p).length;
  const seconds = (performance.now() - t0) / 1000;
  return { mbps: size / MB / seconds, bytes: size, found };
}

export async function measurePeers(paragraphs, caps) {
  const chrono = await import('chrono-node');
  const recognizers = await import('@microsoft/recognizers-text-number');
  const chronoFor = { en: (p) => chrono.parse(p), nl: (p) => chrono.nl.parse(p) };
  // Recognizers has no Dutch model; English is what it runs on Dutch text anyway.
  const numbers = (p) => recognizers.recognizeNumber(p, recognizers.Culture.English);
  const out = {};
  for (const lang of Object.keys(paragraphs)) {
    out[lang] = {
      chrono: throughput(paragraphs[lang], caps.chrono, chronoFor[lang]),
      recognizers: throughput(paragraphs[lang], caps.recognizers, numbers),
    };
  }
  return out;
}
