// The lexicon snapshot (src/lexicon/snapshot.ts, written by `npm run build`): what it gives back equals what the
// lexicons compile to from rules/, and a changed rules file makes runs compile again. Uses the built dist/ modules.

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
const dist = (root: string, module: string) => import(pathToFileURL(path.join(root, 'dist', module)).href);

describe('lexicon snapshot', () => {
  it('gives back what the lexicons compile to', async () => {
    const [{ loadLanguages }, { aliasIndex }, { RULES_DIR }, ingest, entity, quantity, date] = await Promise.all(
      ['lexicon/load.js', 'extract/entity/aliases.js', 'schema/validate.js', 'ingest/lexicon.js', 'extract/entity/lexicon.js', 'extract/quantity/lexicon.js', 'extract/date/lexicon.js'].map((m) => dist(ROOT, m)),
    );
    const { prebuilt } = await dist(ROOT, 'lexicon/snapshot.js');
    expect(prebuilt('aliases', {})).toBeDefined(); // built, and the rules are unchanged
    // Another spelling of the bundled folder is not the bundled one: compiled, not taken from the snapshot.
    expect(aliasIndex()).toStrictEqual(aliasIndex(path.join(RULES_DIR, 'entities') + path.sep));
    for (const lang of loadLanguages().values()) {
      const copy = { code: lang.code, sections: lang.sections }; // not loaded from rules/lang: compiled
      expect(ingest.ingestLexicon(lang)).toStrictEqual(ingest.ingestLexicon(copy));
      expect(entity.entityLexicon(lang)).toStrictEqual(entity.entityLexicon(copy));
      expect(quantity.quantityLexicon(lang)).toStrictEqual(quantity.quantityLexicon(copy));
      expect(date.dateLexicon(lang)).toStrictEqual(date.dateLexicon(copy));
    }
  });

  it('is not used once a rules file changes', async () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-snapshot-'));
    try {
      cpSync(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true, preserveTimestamps: true });
      cpSync(path.join(ROOT, 'rules'), path.join(copy, 'rules'), { recursive: true });
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      const { prebuilt } = await dist(copy, 'lexicon/snapshot.js');
      expect(prebuilt('aliases', {})).toBeDefined();
      const cities = path.join(copy, 'rules/entities/cities.json');
      writeFileSync(cities, readFileSync(cities, 'utf8').replace('"Caïro"', '"Kairo"'));
      const fresh = await import(`${pathToFileURL(path.join(copy, 'dist/lexicon/snapshot.js')).href}?changed`);
      expect(fresh.prebuilt('aliases', {})).toBeUndefined();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
