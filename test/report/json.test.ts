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

  it('keeps U+2028 and U+2029 inside strings as they are (line-by-line indenting once padded them with spaces)', () => {
    const [fire, vote] = report.stories;
    const odd: Report = { ...report, stories: [fire, { ...vote, path: 'a\u2028b\u2029c' }] };
    const out = formatJson(odd, options);
    expect(out).toBe(JSON.stringify(odd, null, 2) + '\n');
    expect(JSON.parse(out).stories[1].path).toBe('a\u2028b\u2029c');
  });
});
