// Every data file that ships in rules/ is valid against its schema. The CLI trusts these files at run time
// (it validates only what users give it), so this test is what keeps them honest.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR, validatorFor } from '../src/schema/validate.js';

function json(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(dir, f));
}

const cases: [string, string][] = [
  ...readdirSync(path.join(RULES_DIR, 'lang')).flatMap((code) =>
    files(path.join(RULES_DIR, 'lang', code)).map((f): [string, string] => [f, `lang-${path.basename(f, '.json')}`]),
  ),
  ...files(path.join(RULES_DIR, 'entities')).map((f): [string, string] => [f, 'entities']),
  ...files(path.join(RULES_DIR, 'checks')).map((f): [string, string] => [f, 'rule']),
  ...['align', 'lineage', 'frames', 'units', 'agencies', 'identifiers'].map((n): [string, string] => [path.join(RULES_DIR, `${n}.json`), n]),
];

describe('bundled rules/ data', () => {
  it('covers every data file in rules/', () => {
    const all = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const full = path.join(dir, f);
        if (statSync(full).isDirectory()) return f === 'schemas' ? [] : all(full);
        return f.endsWith('.json') ? [full] : [];
      });
    expect(all(RULES_DIR).sort()).toEqual(cases.map(([f]) => f).sort());
  });

  it.each(cases)('%s is valid', (file, schema) => {
    const v = validatorFor(schema);
    expect(v(json(file)), JSON.stringify(v.errors)).toBe(true);
  });

  it.each(files(path.join(RULES_DIR, 'checks')))('%s has valid options for its kind', (file) => {
    const rule = json(file) as { kind: string; options?: object };
    const v = validatorFor(`kinds/${rule.kind}`);
    expect(v(rule.options ?? {}), JSON.stringify(v.errors)).toBe(true);
  });
});
