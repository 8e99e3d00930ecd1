import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { fingerprint, formatSarif, regionOf, relativeUri } from '../../src/report/sarif.js';
import { report, texts } from './fixtures/stories.js';

const options = { color: false, cwd: '/repo' };

// The official schema is draft-04; its only draft-04-only keywords are the header's `$schema` and `id`. Its
// `language` pattern has a stray `]` that only non-unicode regular expressions accept.
function sarifValidator() {
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(new URL('./fixtures/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile({ $id: id, ...schema });
}
const validate = sarifValidator();

function parse(r: Report, cwd = options.cwd) {
  return JSON.parse(formatSarif(r, { ...options, cwd }));
}

describe('formatSarif', () => {
  const log = parse(report);
  const results = log.runs[0].results;

  it('is valid SARIF 2.1.0', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
  });

  it('the schema check can fail', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'info';
    delete broken.runs[0].tool.driver.name;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/tool/driver', '/runs/0/results/0/level']),
    );
  });

  it('lists each rule once with a level, a description and a help link', () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(log.runs[0].tool.driver.name).toBe('crosscheck');
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual([
      'corroboration',
      'date-agreement',
      'numeric-agreement',
      'story-metadata',
      'quote-fidelity',
    ]);
    expect(rules[2]).toEqual({
      id: 'numeric-agreement',
      shortDescription: { text: 'crosscheck rule: Numeric agreement' },
      helpUri: 'https://example.org/crosscheck/rules/numeric-agreement',
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[1].defaultConfiguration.level).toBe('note');
    for (const result of results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('locates a finding on its first claim with a relative URI and the related claims of its slot', () => {
    const error = results.find((r: { level: string }) => r.level === 'error');
    expect(error.message.text).toBe('Workers killed: 12 (a, d) vs 15 (c) — <b>check</b> & correct.');
    expect(error.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'corpus/harbour-fire/c.txt' },
          region: { startLine: 2, startColumn: 18, endLine: 2, endColumn: 28 },
        },
      },
    ]);
    expect(texts['corpus/harbour-fire'].c.split('\n')[1].slice(17, 27)).toBe('15 workers');
    expect(error.relatedLocations.map((l: { id: number; message: { text: string } }) => [l.id, l.message.text])).toEqual([
      [1, 'a: 12 workers'],
      [2, 'd: 12 arbeiders'],
    ]);
    expect(error.relatedLocations[1].physicalLocation.artifactLocation.uri).toBe('corpus/harbour-fire/d.txt');
  });

  it('computes end line and column of a claim that spans lines', () => {
    const quote = report.stories[0].slots[3].claims[1];
    expect(regionOf(quote)).toEqual({ startLine: 3, startColumn: 81, endLine: 4, endColumn: 15 });
    expect(texts['corpus/harbour-fire'].c.split('\n')[2].slice(80)).toBe('"a dark day\r');
    expect(texts['corpus/harbour-fire'].c.split('\n')[3].slice(0, 14)).toBe('for all of us"');
  });

  it('counts columns in UTF-16 units, as the run declares', () => {
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    const amount = report.stories[1].slots[0].claims[0];
    expect(regionOf(amount)).toEqual({ startLine: 1, startColumn: 26, endLine: 1, endColumn: 43 });
  });

  it('puts a finding without claims on the story folder, without a region', () => {
    const metadata = results.find((r: { ruleId: string }) => r.ruleId === 'story-metadata');
    expect(metadata.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'corpus/harbour-fire/' } } }]);
    expect(metadata.relatedLocations).toBeUndefined();
  });

  it('percent-encodes URIs and keeps them relative to cwd', () => {
    const vote = results.find((r: { message: { text: string } }) => r.message.text.startsWith('Both'));
    expect(vote.locations[0].physicalLocation.artifactLocation.uri).toBe('corpus/budget%20vote/x.txt');
    expect(relativeUri('/repo/corpus', '/repo/corpus/a b/x.txt')).toBe('a%20b/x.txt');
    expect(relativeUri('/repo', '/repo/corpus/x#1.txt')).toBe('corpus/x%231.txt');
    expect(relativeUri('/repo/sub', '../corpus/x.txt')).toBe('../corpus/x.txt');
    expect(relativeUri('/repo/corpus', '.', true)).toBe('./');
  });

  it('fingerprints ignore order and position but not what was said', () => {
    const error = report.stories[0].findings[2];
    const reordered = { ...error, sources: [...error.sources].reverse(), claims: [...error.claims].reverse() };
    const moved = { ...error, claims: error.claims.map((c) => ({ ...c, start: c.start + 5, line: c.line + 1 })) };
    const reworded = { ...error, claims: error.claims.map((c, i) => (i === 0 ? { ...c, text: '16 workers' } : c)) };
    expect(fingerprint(reordered)).toBe(fingerprint(error));
    expect(fingerprint(moved)).toBe(fingerprint(error));
    expect(fingerprint(reworded)).not.toBe(fingerprint(error));
    expect(fingerprint({ ...error, ruleId: 'other' })).not.toBe(fingerprint(error));
    const prints = results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['crosscheck/v1']);
    expect(new Set(prints).size).toBe(results.length);
    expect(prints[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('always has a results array', () => {
    const clean = parse({ version: 1, stories: [{ ...report.stories[1], findings: [] }] });
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules).toEqual([]);
    expect(validate(clean)).toBe(true);
    expect(parse({ version: 1, stories: [] }).runs[0].results).toEqual([]);
  });
});
