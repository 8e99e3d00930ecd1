// Every data file that ships in rules/ is valid against its schema. The CLI trusts these files at run time
// (it validates only what users give it), so this test is what keeps them honest.

import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

describe('a bundled rules/ file at run time', () => {
  // Written under rules/schemas/, which no loader lists, and removed after. The built module is the one a run
  // uses: `npm test` builds first, so it and the build's stamp (dist/lexicons.snapshot) exist.
  const file = path.join(RULES_DIR, 'schemas', `edited-${process.pid}.json`);
  const edited = { id: 'composition', kind: 'composition', severity: 'eror', description: 'x', message: 'x', docs: 'https://x.org' };

  it('is validated when it changed after the build, and trusted when it did not', async () => {
    const { validateOrThrow } = (await import('../dist/schema/validate.js')) as typeof import('../src/schema/validate.js');
    writeFileSync(file, JSON.stringify(edited));
    try {
      expect(() => validateOrThrow('rule', edited, file)).toThrow(/edited-\d+\.json: invalid rule — \/severity: .*did you mean "error"/);
      const longAgo = new Date('2000-01-01');
      utimesSync(file, longAgo, longAgo);
      expect(() => validateOrThrow('rule', edited, file)).not.toThrow();
    } finally {
      rmSync(file, { force: true });
    }
  });
});
