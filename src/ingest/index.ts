// The ingest stage: a story folder (or one file) → Sources with decoded text, metadata, language and sentences.

import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { InputError } from '../errors.js';
import { BinaryFileError } from './decode.js';
import { ingestText } from './source.js';
import { checkStoryReferences, inferPublished, readStorySettings } from './story.js';

export { ingestText, type SourceSettings } from './source.js';
export { BinaryFileError } from './decode.js';

export interface IngestResult {
  sources: Source[];
  notices: string[];
  /** Source id of the editor's draft when story.json names one. */
  primary?: string;
}

/** The files of a story folder that are sources. */
export const SOURCE_EXTENSION = /\.(?:txt|md|html?)$/i;

/** Every .txt, .md and .html file directly in `folder`, in name order, plus story.json's settings. */
export function ingestFolder(folder: string, langs: Map<string, Language>): IngestResult {
  const entries = folderEntries(folder);
  const settings = readStorySettings(folder) ?? {};
  const notices: string[] = [];
  const files: { id: string; file: string }[] = [];
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    // story.json is the folder's settings, read above: expected, so no notice.
    if (isFolder(entry, file) || entry.name === 'story.json') continue;
    if (!SOURCE_EXTENSION.test(entry.name)) {
      notices.push(`${file}: skipped (not a text source)`);
      continue;
    }
    const stem = entry.name.slice(0, -path.extname(entry.name).length);
    const id = files.some((f) => f.id === stem) ? entry.name : stem;
    if (id !== stem) notices.push(`${file}: id "${stem}" is taken by another file; using "${id}"`);
    files.push({ id, file });
  }
  checkStoryReferences(settings, folder, files.map((f) => f.id), [...langs.keys()]);

  const sources: Source[] = [];
  for (const { id, file } of files) {
    try {
      const source = ingestText(id, file, readFileSync(file), langs, settings.sources?.[id]);
      sources.push(source);
      notices.push(...source.notices);
    } catch (e) {
      if (e instanceof BinaryFileError) notices.push(`${file}: skipped (binary file)`);
      else if (isFsError(e)) notices.push(`${file}: skipped (cannot read: ${e.code})`);
      else throw e;
    }
  }
  if (sources.length === 0) throw new InputError(`${folder}: no .txt, .md or .html sources found; pass a story folder`);
  return {
    sources: inferPublished(sources, settings.published),
    notices,
    ...(settings.primary === undefined ? {} : { primary: settings.primary }),
  };
}

/** One file on its own (`crosscheck extract FILE`): no story.json, no borrowed date. */
export function ingestFile(file: string, langs: Map<string, Language>, id?: string): Source {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = isFsError(e) ? e.code : 'error';
    const hint = code === 'EISDIR' ? 'it is a folder; use "crosscheck check" for a story folder' : 'check the path';
    throw new InputError(`${file}: cannot read (${code}); ${hint}`);
  }
  return ingestText(id ?? path.basename(file, path.extname(file)), file, bytes, langs);
}

function folderEntries(folder: string): Dirent[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch {
    throw new InputError(`${folder}: no such folder; pass a story folder`);
  }
  if (!isDirectory) {
    throw new InputError(`${folder}: not a folder; pass a story folder (or "crosscheck extract" for one file)`);
  }
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Subfolders (also through symlinks) are not sources and not worth a notice. */
function isFolder(entry: Dirent, file: string): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function isFsError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}
