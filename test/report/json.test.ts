import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';
import { report } from './fixtures/stories.js';

const options = { color: false, cwd: '/repo' };

describe('formatJson', () => {
  it('lays stories out as JSON.stringify(report, null, 2) does', () => {
    expect(formatJson(report, options)).toBe(JSON.stringify(report, null, 2) + '\n');
    const empty: Report = { version: report.version, stories: [] };
    expect(formatJson(empty, options)).toBe(JSON.stringify(empty, null, 2) + '\n');
  });

  it('keeps the line-by-line layout of a story whose strings hold U+2028 or U+2029', () => {
    const [fire, vote] = report.stories;
    const odd: Report = { ...report, stories: [fire, { ...vote, path: 'a\u2028b\u2029c' }] };
    const lineByLine = (s: unknown) => JSON.stringify(s, null, 2).replace(/^/gm, '    ');
    const expected = `{\n  "version": ${report.version},\n  "stories": [\n${lineByLine(fire)},\n${lineByLine(odd.stories[1])}\n  ]\n}\n`;
    expect(formatJson(odd, options)).toBe(expected);
  });
});
