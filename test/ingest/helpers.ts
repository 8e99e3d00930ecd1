// Test helpers: ingest a string as a file of the given name or a seed file, and read back sentences and metadata.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../src/lexicon/load.js';
import { loadLanguages } from '../../src/lexicon/load.js';
import type { Source } from '../../src/model.js';
import { ingestText, type SourceSettings } from '../../src/ingest/index.js';

export function languages(): Map<string, Language> {
  return loadLanguages();
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function ingestString(text: string, name = 'a.txt', meta?: SourceSettings): Source {
  return ingestText(name.replace(/\.[^.]+$/, ''), name, bytesOf(text), languages(), meta);
}

/** Each sentence as text, headlines marked with a leading "# ". */
export function sentenceTexts(source: Source): string[] {
  return source.sentences.map((s) => (s.headline ? '# ' : '') + source.text.slice(s.start, s.end));
}

export function metadataTexts(source: Source): [string, string, string | undefined][] {
  return source.metadata.map((m) => [m.kind, source.text.slice(m.start, m.end), m.value]);
}

export const SEED = path.resolve(import.meta.dirname, '../../corpus/korea-russia-builders');

/** A seed source by the number its file name starts with ("003"). */
export function seed(prefix: string): Source {
  const file = readdirSync(SEED).find((f) => f.startsWith(prefix))!;
  return ingestText(prefix, path.join(SEED, file), readFileSync(path.join(SEED, file)), languages());
}
