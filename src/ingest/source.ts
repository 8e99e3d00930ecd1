// One file's bytes → a Source: decode, blank markup, language, metadata, sentences.

import path from 'node:path';
import type { Source } from '../model.js';
import type { Language } from '../lexicon/load.js';
import { lineStarts } from '../text/positions.js';
import { decodeBytes } from './decode.js';
import { type Blanked, blankHtml, blankMarkdown } from './markup.js';
import { splitLines } from './lines.js';
import { detectLanguage } from './language.js';
import { ingestLexicon } from './lexicon.js';
import { findMetadata } from './metadata.js';
import { splitSentences } from './sentences.js';
import { knownAgency } from './agencies.js';
import type { SourceSettings } from './story.js';

export type { SourceSettings } from './story.js';

/** Pure: no file system. `meta` (from story.json) overrides what the text says. Throws BinaryFileError. */
export function ingestText(
  id: string,
  sourcePath: string,
  bytes: Uint8Array,
  langs: ReadonlyMap<string, Language>,
  meta: SourceSettings = {},
): Source {
  const decoded = decodeBytes(bytes, sourcePath);
  const { text, layout } = blankMarkup(decoded.text, sourcePath);
  const lines = splitLines(layout);
  const language = meta.language ?? detectLanguage(layout, langs);
  const lang = langs.get(language) ?? { code: language, sections: {} };
  const lex = ingestLexicon(lang);
  // A header date may be written in another language than the story ("01-Mar-08" in Dutch copy).
  const dateLanguages = [lang, ...[...langs.values()].filter((l) => l !== lang)];
  const metadata = findMetadata(layout, lines, lex, dateLanguages);
  const n = decoded.replaced;
  return sourceRecord({
    id,
    path: sourcePath,
    text,
    language,
    published: meta.published ?? metadata.published ?? null,
    publishedInferred: false,
    agency: meta.agency !== undefined ? (knownAgency(meta.agency) ?? meta.agency) : (metadata.agency ?? null),
    metadata: metadata.spans,
    sentences: splitSentences(layout, lines, metadata.spans, lex),
    lineStarts: lineStarts(text),
    notices: n > 0 ? [`${sourcePath}: ${n} invalid byte${n === 1 ? '' : 's'} replaced`] : [],
  });
}

/** The source with a publication date borrowed from its story. */
export function withInferredDate(s: Source, published: string): Source {
  return sourceRecord({ ...s, published, publishedInferred: true });
}

/** Every source in one hidden class: a spread copy has another, and the stages after ingest, meeting both on
 *  new text, were deoptimised and compiled again. */
function sourceRecord(s: Source): Source {
  return {
    id: s.id,
    path: s.path,
    text: s.text,
    language: s.language,
    published: s.published,
    publishedInferred: s.publishedInferred,
    agency: s.agency,
    metadata: s.metadata,
    sentences: s.sentences,
    lineStarts: s.lineStarts,
    notices: s.notices,
  };
}

function blankMarkup(text: string, sourcePath: string): Blanked {
  const ext = path.extname(sourcePath).toLowerCase();
  if (ext === '.html' || ext === '.htm') return blankHtml(text);
  if (ext === '.md') return blankMarkdown(text);
  return { text, layout: text };
}
