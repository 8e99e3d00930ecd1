// Bench text: the corpus/ stories and the real news in ../shared/data, split by language into pools of
// paragraphs, then packed (and repeated when the pool is short) into story folders in a temp dir.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bytes } from './stats.js';

/** Paragraph pools per language: { en: string[], nl: string[] }, and where they came from. */
export async function loadPools(root, dataDir) {
  const { ingestFile } = await import(path.join(root, 'dist/ingest/index.js'));
  const { loadLanguages } = await import(path.join(root, 'dist/lexicon/load.js'));
  const langs = loadLanguages();
  const pools = { en: [], nl: [] };
  const add = (lang, text) => pools[lang]?.push(...paragraphs(text));
  // corpus/ stories mix languages: let ingest's language detection sort them.
  for (const story of leafFolders(path.join(root, 'corpus'))) {
    for (const file of textFiles(story)) add(ingestFile(file, langs).language, readFileSync(file, 'utf8'));
  }
  for (const folder of leafFolders(path.join(dataDir, 'ecbplus'))) for (const f of textFiles(folder)) add('en', readFileSync(f, 'utf8'));
  for (const folder of leafFolders(path.join(dataDir, 'meantime-pairs'))) {
    for (const lang of ['en', 'nl']) {
      const f = path.join(folder, `${lang}.txt`);
      if (existsSync(f)) add(lang, readFileSync(f, 'utf8'));
    }
  }
  return pools;
}

/** Every folder under `dir` that holds .txt files directly (the story folders), in name order. */
export function leafFolders(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  if (entries.some((e) => e.isFile() && e.name.endsWith('.txt')) && entries.every((e) => !e.isDirectory())) return [dir];
  for (const e of entries) if (e.isDirectory()) out.push(...leafFolders(path.join(dir, e.name)));
  return out;
}

function textFiles(folder) {
  return readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => path.join(folder, n))
    .filter((f) => statSync(f).isFile());
}

function paragraphs(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

/** Reads a pool in order, starting again at the top when it runs out. */
export class PoolReader {
  constructor(pool) {
    this.pool = pool;
    this.at = 0;
  }

  /** Whole paragraphs, one per line, until the text reaches `target` UTF-8 bytes. */
  take(target) {
    const lines = [];
    let size = 0;
    while (size < target) {
      const line = this.pool[this.at++ % this.pool.length];
      lines.push(line);
      size += bytes(line) + 1;
    }
    return lines.join('\n') + '\n';
  }
}

/** Write one story folder of the given source texts; returns its path and size in bytes. */
export function writeFolder(dir, texts) {
  mkdirSync(dir, { recursive: true });
  let size = 0;
  texts.forEach((text, i) => {
    writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), text);
    size += bytes(text);
  });
  return { folder: dir, bytes: size };
}

/** Folders of five sources of 3–20 KB each until `total` bytes are written. */
export function writeStories(reader, total, dir, random) {
  const folders = [];
  let written = 0;
  while (written < total) {
    const texts = Array.from({ length: 5 }, () => reader.take(3000 + Math.floor(random() * 17000)));
    const story = writeFolder(path.join(dir, `story-${String(folders.length).padStart(4, '0')}`), texts);
    folders.push(story);
    written += story.bytes;
  }
  return folders;
}
