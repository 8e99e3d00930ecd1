import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ingestFile, ingestFolder } from '../../src/ingest/index.js';
import { SEED, languages } from './helpers.js';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function story(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-ingest-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(path.join(folder, name));
    else writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

const ingest = (folder: string) => ingestFolder(folder, languages());

describe('the seed story folder', () => {
  const result = ingest(SEED);

  it('reads every source in name order with its language', () => {
    expect(result.sources.map((s) => [s.id.slice(0, 3), s.language])).toEqual([
      ['000', 'en'], ['001', 'en'], ['002', 'nl'], ['003', 'en'], ['004', 'en'],
    ]);
    expect(result.sources[0].path).toBe(path.join(SEED, '000_597433b99e995c5b.txt'));
    expect(result.notices).toEqual([]);
    expect(result.primary).toBeUndefined();
  });

  it('lends the date 001 and 003 agree on to the undated sources', () => {
    expect(result.sources.map((s) => [s.published, s.publishedInferred])).toEqual([
      ['2025-06-18', true], ['2025-06-18', false], ['2025-06-18', true], ['2025-06-18', false], ['2025-06-18', true],
    ]);
  });

  it('keeps every sentence an exact, trimmed substring', () => {
    for (const s of result.sources) {
      expect(s.sentences.length).toBeGreaterThan(10);
      for (const x of s.sentences) expect(s.text.slice(x.start, x.end)).toMatch(/^\S(?:[^\n]*\S)?$/);
    }
  });
});

describe('story folders', () => {
  it('skips other files with a notice, subfolders silently, binary files with a notice', () => {
    const folder = story({
      'b.txt': 'Second.',
      'a.md': '# First\n\nText.',
      'c.html': '<p>Third.</p>',
      'notes.docx': 'x',
      'photo.txt': new Uint8Array([0x89, 0x50, 0, 0]),
      'sub/': '',
    });
    const r = ingest(folder);
    expect(r.sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(r.notices).toEqual([
      `${path.join(folder, 'notes.docx')}: skipped (not a text source)`,
      `${path.join(folder, 'photo.txt')}: skipped (binary file)`,
    ]);
  });

  it('collects the notices of sources', () => {
    const r = ingest(story({ 'a.txt': new Uint8Array([0x41, 0xff, 0x2e]) }));
    expect(r.notices).toEqual([`${path.join(r.sources[0].path)}: 1 invalid byte replaced`]);
  });

  it('keeps ids unique when two files share a name', () => {
    const r = ingest(story({ 'a.txt': 'One.', 'a.md': 'Two.' }));
    expect(r.sources.map((s) => s.id)).toEqual(['a', 'a.txt']);
  });

  it('does not borrow a date when the dated sources disagree', () => {
    const r = ingest(story({ 'a.txt': '2025-06-18\nOne.', 'b.txt': '2025-06-19\nTwo.', 'c.txt': 'Three.' }));
    expect(r.sources.map((s) => s.published)).toEqual(['2025-06-18', '2025-06-19', null]);
  });

  it('gives a dateline\'s day without a year the year nearest the story\'s dates', () => {
    const r = ingest(
      story({
        'a.txt': '2025-01-02\nOne.',
        'b.txt': 'WASHINGTON, Dec. 30 (Reuters) - Two.',
        'c.txt': 'SEOUL, June 18 (Yonhap) -- Three.',
        'd.txt': 'Four.',
      }),
    );
    // December 30 is three days before January 2, 2025, not 363 days after it; a source without a day takes the
    // one date the dated sources agree on.
    expect(r.sources.map((s) => [s.published, s.publishedInferred])).toEqual([
      ['2025-01-02', false],
      ['2024-12-30', true],
      ['2025-06-18', true],
      ['2025-01-02', true],
    ]);
  });

  it('takes the year of a dateline\'s day from story.json when it gives one', () => {
    const r = ingest(story({ 'a.txt': 'WASHINGTON, June 3 (Reuters) - One.', 'story.json': JSON.stringify({ published: '2024-06-04' }) }));
    expect(r.sources.map((s) => [s.published, s.publishedInferred])).toEqual([['2024-06-03', true]]);
  });

  it.each([
    ['a missing folder', () => path.join(tmpdir(), 'crosscheck-no-such-folder'), /no such folder; pass a story folder/],
    ['a file', () => path.join(SEED, '000_597433b99e995c5b.txt'), /not a folder; pass a story folder/],
    ['an empty folder', () => story({}), /no \.txt, \.md or \.html sources found; pass a story folder/],
    ['a folder of non-sources', () => story({ 'x.pdf': 'x', 'y.txt': new Uint8Array([0, 1]) }), /no \.txt, \.md or \.html sources/],
  ])('rejects %s with one line', (_what, folder, message) => {
    const f = folder();
    expect(() => ingest(f)).toThrow(InputError);
    expect(() => ingest(f)).toThrow(message);
    expect(() => ingest(f)).toThrow(f);
  });

  it('skips an unreadable file with a notice', () => {
    // A dangling link cannot be read by anyone, root included (chmod 000 would not stop root).
    const folder = story({ 'a.txt': 'One.' });
    symlinkSync(path.join(folder, 'gone.txt'), path.join(folder, 'b.txt'));
    expect(ingest(folder).notices).toEqual([`${path.join(folder, 'b.txt')}: skipped (cannot read: ENOENT)`]);
  });
});

describe('story.json', () => {
  it('applies primary, story date and per-source settings', () => {
    const settings = {
      primary: 'draft',
      published: '2025-06-18',
      sources: { wire: { agency: 'Agence France-Presse', language: 'nl', published: '2025-06-17' } },
    };
    const r = ingest(story({ 'draft.txt': 'The leader met the envoy.', 'wire.txt': 'The leader met the envoy.', 'story.json': JSON.stringify(settings) }));
    expect(r.primary).toBe('draft');
    expect(r.sources.map((s) => [s.id, s.language, s.agency, s.published, s.publishedInferred])).toEqual([
      ['draft', 'en', null, '2025-06-18', true],
      ['wire', 'nl', 'AFP', '2025-06-17', false],
    ]);
    expect(r.notices).toEqual([]);
  });

  it.each([
    // The did-you-mean of unknown keys comes from src/schema/validate.ts (it needs ajv's `verbose` option).
    [{ primry: 'a' }, /\/: unknown key "primry"/],
    [{ sources: { a: { agncy: 'AFP' } } }, /\/sources\/a: unknown key "agncy"/],
    [{ published: '18-06-2025' }, /\/published: must match pattern/],
    [{ primary: 'drat' }, /\/primary: no source "drat" in the folder \(did you mean "draft"\?\)/],
    [{ sources: { wyre: {} } }, /\/sources\/wyre: no source "wyre" in the folder \(did you mean "wire"\?\)/],
    [{ sources: { wire: { language: 'nll' } } }, /no language "nll" in rules\/lang \(did you mean "nl"\?\)/],
  ])('rejects %j', (settings, message) => {
    const folder = story({ 'draft.txt': 'One.', 'wire.txt': 'Two.', 'story.json': JSON.stringify(settings) });
    expect(() => ingest(folder)).toThrow(InputError);
    expect(() => ingest(folder)).toThrow(message);
    expect(() => ingest(folder)).toThrow(path.join(folder, 'story.json'));
  });

  it('rejects story.json that is not JSON', () => {
    const folder = story({ 'a.txt': 'One.', 'story.json': '{ "primary": ' });
    expect(() => ingest(folder)).toThrow(/story\.json: invalid JSON/);
  });
});

describe('single files', () => {
  it('reads one file with its id from the name, or the id given', () => {
    const file = path.join(SEED, '003_6667e44cdf16746f.txt');
    const s = ingestFile(file, languages());
    expect([s.id, s.path, s.published, s.publishedInferred, s.agency]).toEqual(['003_6667e44cdf16746f', file, '2025-06-18', false, 'AFP']);
    expect(ingestFile(file, languages(), 'x').id).toBe('x');
  });

  it('rejects a missing file, a folder and a binary file', () => {
    expect(() => ingestFile('/no/such/file.txt', languages())).toThrow(/\/no\/such\/file\.txt: cannot read \(ENOENT\); check the path/);
    expect(() => ingestFile(SEED, languages())).toThrow(/EISDIR.*story folder/);
    const folder = story({ 'p.txt': new Uint8Array([1, 0, 2]) });
    expect(() => ingestFile(path.join(folder, 'p.txt'), languages())).toThrow(InputError);
  });
});
