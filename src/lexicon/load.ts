// Language knowledge is data: rules/lang/<code>/<section>.json, each section validated by
// rules/schemas/lang-<section>.schema.json. A new language is a new folder of these files, no code.

import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { RULES_DIR, readJsonFile, validateOrThrow, didYouMean } from '../schema/validate.js';

export interface Language {
  code: string;
  /** Section name (file name without .json) → validated content. */
  sections: Record<string, unknown>;
}

let cache: Map<string, Language> | undefined;

/** Whether a language was loaded from the bundled rules/lang (so its lexicons may come from the snapshot). */
export function isBundled(lang: Language): boolean {
  return cache?.get(lang.code) === lang;
}

/** Every language under rules/lang, loaded and validated once per process. */
export function loadLanguages(dir = path.join(RULES_DIR, 'lang')): Map<string, Language> {
  if (cache && dir === path.join(RULES_DIR, 'lang')) return cache;
  const langs = new Map<string, Language>();
  for (const code of readdirSync(dir).sort()) {
    const folder = path.join(dir, code);
    const sections: Record<string, unknown> = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const section = file.slice(0, -'.json'.length);
      const full = path.join(folder, file);
      if (!existsSync(path.join(RULES_DIR, 'schemas', `lang-${section}.schema.json`))) {
        throw new InputError(`${full}: unknown lexicon section "${section}"${didYouMean(section, knownSections())}`);
      }
      sections[section] = validateOrThrow(`lang-${section}`, readJsonFile(full), full);
    }
    langs.set(code, { code, sections });
  }
  if (dir === path.join(RULES_DIR, 'lang')) cache = langs;
  return langs;
}

function knownSections(): string[] {
  return readdirSync(path.join(RULES_DIR, 'schemas'))
    .filter((f) => f.startsWith('lang-'))
    .map((f) => f.slice('lang-'.length, -'.schema.json'.length));
}

/** A section of a language, or an empty object when the language does not define it. */
export function section<T>(lang: Language, name: string): Partial<T> {
  return (lang.sections[name] ?? {}) as Partial<T>;
}
