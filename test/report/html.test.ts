import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { escapeHtml, safeHref, scriptJson } from '../../src/report/html/escape.js';
import { highlightSource } from '../../src/report/html/highlight.js';
import type { Report } from '../../src/report/model.js';
import { report, texts } from './fixtures/stories.js';

const html = formatHtml(report, { color: false, cwd: '/repo', texts });

function dataBlock(page: string): string {
  const match = /<script type="application\/json" id="crosscheck-data">([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('no data block');
  return match[1];
}

describe('formatHtml', () => {
  it('is one self-contained page: no external references, a policy that forbids the network', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed|video|audio|source)\b|<script [^>]*src=|@import|url\(/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    // Only the two inline scripts: the page's and the inert JSON.
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('escapes source text, so markup in a source is shown, not parsed', () => {
    expect(html).toContain('&lt;script&gt;window.__xss = true; alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss = true&quot;&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('Workers killed: 12 (a, d) vs 15 (c) — &lt;b&gt;check&lt;/b&gt; &amp; correct.');
  });

  it('embeds the report as JSON that cannot close its script element', () => {
    const block = dataBlock(html);
    expect(block).not.toContain('<');
    expect(JSON.parse(block)).toEqual(report);
    const hostile: Report = structuredClone(report);
    hostile.stories[0].findings[0].message = '</script><script>alert(1)</script><!--';
    const page = formatHtml(hostile, { color: false, cwd: '/repo', texts });
    expect(JSON.parse(dataBlock(page)).stories[0].findings[0].message).toBe('</script><script>alert(1)</script><!--');
    expect(page.match(/<script\b/g)).toHaveLength(2);
  });

  it('marks every claim with its slot and status in the source columns', () => {
    expect(html).toContain('<mark class="claim st-conflict claim-end end-conflict" data-slots="0" title="workers killed — ✖ conflict">15 workers</mark>');
    expect(html.match(/<mark class="claim [^"]*" data-slots="/g)).toHaveLength(13);
    expect(html.match(/<article class="source"/g)).toHaveLength(6);
  });

  it('has a slot table whose rows are buttons, conflicts first', () => {
    const buttons = [...html.matchAll(/<button type="button" class="slot-button" data-slot="(\d+)" aria-pressed="false">([^<]*)<\/button>/g)];
    expect(buttons.map((m) => m[2])).toEqual([
      'workers killed',
      'firefighters deployed',
      'date of the fire',
      'mayor: &quot;a dark day&quot;',
      'place of the fire',
      'budget approved',
    ]);
    expect(buttons.map((m) => m[1])).toEqual(['0', '2', '1', '3', '4', '0']);
  });

  it('links rule docs only when they are web links', () => {
    expect(html).toContain('<a href="https://example.org/crosscheck/rules/numeric-agreement" rel="noreferrer">numeric-agreement</a>');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://x.org/?a="b"')).toBe('https://x.org/?a=&quot;b&quot;');
  });

  it('says so when a source text is missing or a claim is not where it says', () => {
    const page = formatHtml(report, { color: false, cwd: '/repo' });
    expect(page.match(/Source text not provided\./g)).toHaveLength(6);
    const moved = { ...texts, 'corpus/budget vote': { x: `Moved. ${texts['corpus/budget vote'].x}`, y: '' } };
    const shifted = formatHtml(report, { color: false, cwd: '/repo', texts: moved });
    expect(shifted).not.toContain('data-slots="0" title="budget approved');
  });
});

describe('highlightSource', () => {
  const span = (start: number, end: number, slot: number, status: 'agree' | 'conflict' | 'single') => ({
    start,
    end,
    slot,
    status,
    title: `s${slot}`,
  });

  it('splits overlapping claims into pieces that carry every covering slot', () => {
    const out = highlightSource('abcdefgh', [span(1, 5, 0, 'agree'), span(3, 7, 1, 'conflict')]);
    expect(out).toBe(
      'a<mark class="claim st-agree" data-slots="0" title="s0">bc</mark>' +
        '<mark class="claim st-conflict claim-end end-agree" data-slots="0 1" title="s0\ns1">de</mark>' +
        '<mark class="claim st-conflict claim-end end-conflict" data-slots="1" title="s1">fg</mark>h',
    );
  });

  it('escapes text inside and outside claims and ignores spans outside the text', () => {
    expect(highlightSource('<a>&', [span(1, 2, 0, 'single'), span(3, 99, 1, 'agree'), span(2, 2, 2, 'agree')])).toBe(
      '&lt;<mark class="claim st-single claim-end end-single" data-slots="0" title="s0">a</mark>&gt;&amp;',
    );
  });

  // Speed is measured by `npm run bench`; the timeouts only catch a hang.
  it('highlights a huge line', { timeout: 30_000 }, () => {
    const text = '9'.repeat(3_000_000);
    const spans = Array.from({ length: 2000 }, (_, i) => span(i * 1000, i * 1000 + 10, i, 'agree'));
    const out = highlightSource(text, spans);
    expect(out.match(/<mark/g)).toHaveLength(2000);
  });

  it('escapes all five special characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(scriptJson({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });
});

describe('formatHtml on a large story', () => {
  it('formats a 3 MB source with thousands of claims', { timeout: 30_000 }, () => {
    const big: Report = structuredClone(report);
    const story = big.stories[1];
    const line = 'Parliament approved 4.6 billion euros on Tuesday after a long debate about the harbour.\n';
    const text = line.repeat(Math.ceil(3_000_000 / line.length));
    story.slots = Array.from({ length: 5000 }, (_, i) => {
      const start = i * line.length * 6 + 20;
      const claim = { ...story.slots[0].claims[0], start, end: start + 17, text: text.slice(start, start + 17) };
      return { ...story.slots[0], id: `s${i}`, claims: [claim] };
    });
    const page = formatHtml(big, { color: false, cwd: '/repo', texts: { [story.path]: { x: text, y: '' } } });
    expect(page.match(/<mark class="claim st-agree claim-end end-agree" data-slots="\d+"/g)).toHaveLength(5000);
  });
});
