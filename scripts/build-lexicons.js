// `npm run build`, after tsc (called by build-bundle.js): compile the lexicons of the bundled rules/ and save
// them in dist/lexicons.snapshot (see src/lexicon/snapshot.ts), which runs then deserialise instead.

import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const dist = (module) => import(pathToFileURL(path.join(DIST, module)).href);

export async function writeLexiconSnapshot() {
  const { SNAPSHOT_FILE, serializeSnapshot } = await dist('lexicon/snapshot.js');
  rmSync(SNAPSHOT_FILE, { force: true }); // compile afresh, not from the previous snapshot
  const [{ loadLanguages }, { aliasIndex }, ingest, entity, quantity, date] = await Promise.all(
    ['lexicon/load.js', 'extract/entity/aliases.js', 'ingest/lexicon.js', 'extract/entity/lexicon.js', 'extract/quantity/lexicon.js', 'extract/date/lexicon.js'].map(dist),
  );
  const parts = { aliases: { value: aliasIndex(), classes: {} } };
  for (const [code, lang] of loadLanguages()) {
    parts[`${code}/ingest`] = { value: ingest.ingestLexicon(lang), classes: {} };
    parts[`${code}/entities`] = { value: entity.entityLexicon(lang), classes: entity.LEXICON_CLASSES };
    parts[`${code}/quantities`] = { value: quantity.quantityLexicon(lang), classes: quantity.LEXICON_CLASSES };
    parts[`${code}/dates`] = { value: date.dateLexicon(lang), classes: date.LEXICON_CLASSES };
  }
  const temporary = `${SNAPSHOT_FILE}.${process.pid}.tmp`;
  writeFileSync(temporary, serializeSnapshot(parts));
  renameSync(temporary, SNAPSHOT_FILE);
  return SNAPSHOT_FILE;
}
