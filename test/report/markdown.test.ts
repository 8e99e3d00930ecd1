import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { report } from './fixtures/stories.js';

const options = { color: false, cwd: '/repo' };
const output = formatMarkdown(report, options);
const lines = output.split('\n');

function tableRow(label: string): string[] {
  const row = lines.find((line) => line.startsWith('| ') && line.includes(` | ${label} |`));
  if (!row) throw new Error(`no row for ${label}`);
  // Split on pipes that are not escaped.
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('formatMarkdown', () => {
  it('writes a summary line per story', () => {
    expect(output).toContain('### `corpus/harbour-fire`');
    expect(output).toContain(
      '**4 sources · 2 origins · 5 slots** (✖ 1 conflict · ✔ 3 agree · ● 1 single) — **1 error**, 2 warnings, 2 infos',
    );
    expect(output).toContain('**2 sources · 2 origins · 1 slot** (✖ 0 conflict · ✔ 1 agree · ● 0 single) — 0 errors, 0 warnings, 1 info');
    mkdirSync('test/out', { recursive: true });
    writeFileSync('test/out/report.md', output);
  });

  it('lists findings errors first, warnings next, infos folded away', () => {
    const severities = lines.filter((line) => line.startsWith('- ')).map((line) => line.split('**')[1]);
    expect(severities).toEqual(['error', 'warning', 'warning', 'info', 'info', 'info']);
    const error = lines.find((line) => line.includes('**error**'));
    expect(error).toBe(
      '- ❌ **error** [`numeric-agreement`](https://example.org/crosscheck/rules/numeric-agreement) — ' +
        'Workers killed: 12 (a, d) vs 15 (c) — &lt;b&gt;check&lt;/b&gt; &amp; correct. (slot *workers killed*: a, c, d)',
    );
    expect(lines.find((line) => line.includes('`story-metadata`'))).toMatch(/\(story: b, c, d\)$/);
    expect(output.indexOf('<details><summary>2 infos</summary>')).toBeGreaterThan(output.indexOf('`story-metadata`'));
  });

  it('writes a slot × source table, conflicts first, — for a source without a claim', () => {
    const header = lines.find((line) => line.startsWith('|  | Slot |'));
    expect(header).toBe('|  | Slot | a (en) | b (en) | c (en) | d (nl) |');
    expect(tableRow('workers killed')).toEqual(['✖ conflict', 'workers killed', '12 workers', '—', '15 workers', '12 arbeiders']);
    expect(tableRow('firefighters deployed')).toEqual([
      '● single',
      'firefighters deployed',
      'About 300 firefighters',
      'about 300 firefighters',
      '—',
      '—',
    ]);
    const order = ['workers killed', 'firefighters deployed', 'date of the fire'].map((label) => output.indexOf(` | ${label} |`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('escapes pipes, line breaks and Markdown-active characters in cells', () => {
    expect(tableRow('mayor: "a dark day"')).toEqual([
      '✔ agree',
      'mayor: "a dark day"',
      '"a dark day \\| for all of us"',
      '—',
      '"a dark day for all of us"',
      '—',
    ]);
    // Every table row keeps the same number of cells.
    const firstStory = output.slice(0, output.indexOf('### ', output.indexOf('### ') + 1)).split('\n');
    const rows = firstStory.filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
  });

  it('neutralises links, mentions, HTML and emphasis in report strings', () => {
    expect(escapeMarkdown('<img src=x> [a](b) @team #12 *x* _y_ `z` $m$ ~s~ a\\b')).toBe(
      '&lt;img src=x&gt; \\[a\\](b) \\@team \\#12 \\*x\\* \\_y\\_ \\`z\\` \\$m\\$ \\~s\\~ a\\\\b',
    );
    expect(escapeMarkdown('one\r\ntwo\nthree\rfour')).toBe('one two three four');
    expect(escapeMarkdown('plain words, 4.6 billion (approx.)')).toBe('plain words, 4.6 billion (approx.)');
  });

  it('shortens long cells without splitting a surrogate pair', () => {
    const text = `${'x'.repeat(79)}😀${'y'.repeat(50)}`;
    const long: Report = structuredClone(report);
    long.stories[1].slots[0].claims[0].text = text;
    const row = formatMarkdown(long, options).split('\n').find((line) => line.startsWith('| ✔ agree | budget approved'));
    expect(row).toContain(`| ${'x'.repeat(79)}… |`);
  });

  it('says so when there is nothing to show', () => {
    expect(formatMarkdown({ version: 1, stories: [] }, options)).toBe('## crosscheck report\n\n_No stories were checked._\n');
    const empty: Report = structuredClone(report);
    empty.stories[1].slots = [];
    expect(formatMarkdown(empty, options)).toContain('_No checkable claims were found._');
  });
});
