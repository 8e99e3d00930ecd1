import { describe, expect, it } from 'vitest';
import { ingestText, BinaryFileError } from '../../src/ingest/index.js';
import { bytesOf, ingestString, languages, sentenceTexts } from './helpers.js';

const ingestBytes = (bytes: Uint8Array, name = 'a.txt') => ingestText('a', name, bytes, languages());

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('decoding', () => {
  it('drops a UTF-8 BOM so offsets start at the first character', () => {
    const s = ingestBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('Kim met Putin. He left.')]));
    expect(s.text).toBe('Kim met Putin. He left.');
    expect(sentenceTexts(s)).toEqual(['Kim met Putin.', 'He left.']);
    expect(s.sentences[0].start).toBe(0);
    expect(s.notices).toEqual([]);
  });

  it.each([false, true])('reads UTF-16 with a BOM (big endian: %s)', (bigEndian) => {
    const s = ingestBytes(utf16('Oekraïne meldde 6.000 doden.\nDe regering zei niets.', bigEndian));
    expect(s.text).toBe('Oekraïne meldde 6.000 doden.\nDe regering zei niets.');
    expect(s.language).toBe('nl');
    expect(sentenceTexts(s)).toEqual(['Oekraïne meldde 6.000 doden.', 'De regering zei niets.']);
  });

  it('keeps CRLF in the text but never in a sentence', () => {
    const s = ingestString('Quake hits Chile\r\nA quake hit Chile on Monday.\r\nAt least 20 died.\r\n');
    expect(s.text).toContain('\r\n');
    expect(sentenceTexts(s)).toEqual(['# Quake hits Chile', 'A quake hit Chile on Monday.', 'At least 20 died.']);
    expect(s.lineStarts).toEqual([0, 18, 48, 67]);
  });

  it('replaces invalid UTF-8 and says how many bytes', () => {
    const bytes = new Uint8Array([...bytesOf('Oekra'), 0xef, ...bytesOf('ne en K'), 0xff, ...bytesOf('rsk.')]);
    const s = ingestBytes(bytes);
    expect(s.text).toBe('Oekra\uFFFDne en K\uFFFDrsk.');
    expect(s.notices).toEqual(['a.txt: 2 invalid bytes replaced']);
  });

  it('does not count a replacement character written in the file', () => {
    expect(ingestString('A \uFFFD sign.').notices).toEqual([]);
  });

  it('rejects binary (NUL bytes without a UTF-16 BOM)', () => {
    expect(() => ingestBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(BinaryFileError);
    expect(() => ingestBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toThrow('a.txt: binary file');
  });

  it('takes an empty file as a source with no sentences', () => {
    const s = ingestBytes(new Uint8Array());
    expect(s.text).toBe('');
    expect(s.sentences).toEqual([]);
    expect(s.language).toBe('en');
  });
});

describe('markup', () => {
  const html = [
    '<html><head><title>Quake hits Chile</title><style>p { color: red }</style></head>',
    '<body><!-- nav: Comments --><p>SANTIAGO (Reuters) - A strong quake hit Chile on Monday. At least 20 people died.</p>',
    '<script>if (a < b) x = "<p>Fake sentence.</p>";</script><p>Rescuers said 3 < 4 was true.</p>',
    '<p>© 2010 Reuters</p></body></html>',
  ].join('\n');

  it('blanks tags, comments and script/style bodies to spaces, keeping length and lines', () => {
    const s = ingestString(html, 'quake.html');
    expect(s.text.length).toBe(html.length);
    expect(s.lineStarts).toHaveLength(4);
    expect(s.text).not.toMatch(/<[a-z!/]|>|color|Fake|nav/);
    expect(sentenceTexts(s)).toEqual([
      '# Quake hits Chile',
      'A strong quake hit Chile on Monday.',
      'At least 20 people died.',
      'Rescuers said 3 < 4 was true.',
    ]);
    for (const sentence of s.sentences) expect(s.text.slice(sentence.start, sentence.end)).toBe(html.slice(sentence.start, sentence.end));
    expect(s.agency).toBe('Reuters');
  });

  it('treats block tags as paragraph breaks even on one line', () => {
    const s = ingestString('<h1>Quake hits Chile</h1><p>A quake hit Chile on Monday</p>', 'q.htm');
    expect(sentenceTexts(s)).toEqual(['# Quake hits Chile', '# A quake hit Chile on Monday']);
  });

  it('blanks Markdown line openers', () => {
    const s = ingestString('# Quake hits Chile\n\n> A quake hit.\n\n- At least 20 died.\n', 'q.md');
    expect(s.text).toBe('  Quake hits Chile\n\n  A quake hit.\n\n  At least 20 died.\n');
    expect(sentenceTexts(s)).toEqual(['# Quake hits Chile', 'A quake hit.', 'At least 20 died.']);
  });
});
