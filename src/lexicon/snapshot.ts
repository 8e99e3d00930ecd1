// Compiled lexicons saved by `npm run build` (scripts/build-lexicons.js) in dist/lexicons.snapshot, so a run over
// the bundled rules/ deserialises them instead of normalising every phrase and alias again in cold code (~20 ms of
// a small story's first run). The snapshot holds the text of every rules file it was built from; when any of them
// differs, a file was added or removed, or tsc ran since the snapshot, it is ignored and the lexicons are compiled.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { RULES_DIR } from '../schema/validate.js';
import { type Language, isBundled } from './load.js';
import { SNAPSHOT_FILE } from './snapshot-file.js';

export { SNAPSHOT_FILE };

/** Classes a lexicon holds, by name: their instances lose their prototype in v8.serialize and get it back here. */
export type ClassRegistry = Record<string, abstract new (...args: never[]) => unknown>;

interface SnapshotFile {
  /** Rules file (relative to rules/) → its text when the snapshot was built. */
  sources: Record<string, string>;
  /** Lexicon name ("en/dates", "aliases") → its own serialisation, deserialised on first use only. */
  parts: Record<string, Uint8Array>;
}

interface Part {
  value: unknown;
  /** Every class instance inside `value` (the same objects, v8.serialize keeps identity) with its class name. */
  instances: [object, string][];
}

let loaded: SnapshotFile | null | undefined;

/** The prebuilt lexicon `name`, or undefined when there is no snapshot or the rules changed since. */
export function prebuilt<T>(name: string, classes: ClassRegistry): T | undefined {
  loaded ??= readSnapshot();
  const bytes = loaded?.parts[name];
  if (!bytes) return undefined;
  const part = v8.deserialize(bytes) as Part;
  for (const [object, className] of part.instances) Object.setPrototypeOf(object, classes[className]!.prototype);
  return part.value as T;
}

/** The prebuilt section lexicon ("dates", …) of a language loaded from the bundled rules/lang. */
export function prebuiltLexicon<T>(lang: Language, section: string, classes: ClassRegistry): T | undefined {
  return isBundled(lang) ? prebuilt<T>(`${lang.code}/${section}`, classes) : undefined;
}

function readSnapshot(): SnapshotFile | null {
  if (process.env.CROSSCHECK_VALIDATE_BUNDLED) return null;
  try {
    // tsc re-emits every module: this one newer than the snapshot → the lexicon code may have changed since.
    if (statSync(fileURLToPath(import.meta.url)).mtimeMs > statSync(SNAPSHOT_FILE).mtimeMs) return null;
    const file = v8.deserialize(readFileSync(SNAPSHOT_FILE)) as SnapshotFile;
    const current = rulesSources();
    const files = Object.keys(file.sources);
    const same = files.length === current.length && current.every((f) => file.sources[f] === readFileSync(path.join(RULES_DIR, f), 'utf8'));
    return same ? file : null;
  } catch {
    return null; // none, or unreadable (another Node version's format): compile as usual
  }
}

/** The rules files lexicons are built from, relative to rules/. */
function rulesSources(): string[] {
  const json = (dir: string) => readdirSync(path.join(RULES_DIR, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  const langs = readdirSync(path.join(RULES_DIR, 'lang')).sort();
  return [...langs.flatMap((code) => json(path.join('lang', code))), ...json('entities'), 'units.json', 'frames.json'];
}

/** The snapshot's bytes: `parts` serialised one by one, with the text of every rules file. */
export function serializeSnapshot(parts: Record<string, { value: unknown; classes: ClassRegistry }>): Buffer {
  const file: SnapshotFile = { sources: {}, parts: {} };
  for (const f of rulesSources()) file.sources[f] = readFileSync(path.join(RULES_DIR, f), 'utf8');
  for (const [name, { value, classes }] of Object.entries(parts)) {
    const part: Part = { value, instances: classInstances(value, classes) };
    file.parts[name] = v8.serialize(part);
  }
  return v8.serialize(file);
}

/** Every instance of a registered class reachable from `value`; anything else that v8.serialize would flatten
 * or refuse (another class, a function) throws, so a lexicon that grows one fails the build, not a run. */
function classInstances(value: unknown, classes: ClassRegistry): [object, string][] {
  const found: [object, string][] = [];
  const seen = new Set<object>();
  const names = new Map(Object.entries(classes).map(([name, c]) => [c.prototype as object, name]));
  const visit = (v: unknown): void => {
    if (typeof v === 'function') throw new Error('lexicon snapshot: a lexicon holds a function');
    // v8.serialize keeps a RegExp and a typed array as they are.
    if (v === null || typeof v !== 'object' || seen.has(v) || v instanceof RegExp || ArrayBuffer.isView(v)) return;
    seen.add(v);
    const proto = Object.getPrototypeOf(v) as object;
    if (v instanceof Map) for (const [k, x] of v) (visit(k), visit(x));
    else if (v instanceof Set) for (const x of v) visit(x);
    else if (Array.isArray(v)) v.forEach(visit);
    else {
      if (proto !== Object.prototype) {
        const name = names.get(proto);
        if (!name) throw new Error(`lexicon snapshot: unregistered class ${proto.constructor.name}`);
        found.push([v, name]);
      }
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return found;
}
