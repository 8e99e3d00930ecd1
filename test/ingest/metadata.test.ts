import { describe, expect, it } from 'vitest';
import { ingestString, metadataTexts, seed, sentenceTexts } from './helpers.js';

describe('metadata of the seed story', () => {
  it('001: header date with trailing number, MENAFN dateline', () => {
    const s = seed('001');
    expect(metadataTexts(s)).toEqual([
      ['header-date', 'date 2025-06-18 403', '2025-06-18'],
      ['dateline', '(MENAFN)', 'MENAFN'],
    ]);
    expect(s.published).toBe('2025-06-18');
    expect(s.agency).toBe('MENAFN');
    expect(sentenceTexts(s)[0]).toBe("# N. Korea's Leader Vows Full Commitment to Russia Partnership Deal");
    expect(sentenceTexts(s)[1]).toMatch(/^North Korean leader Kim Jong Un has promised/);
  });

  it('003: header date prefix (the caption stays text), byline, credit', () => {
    const s = seed('003');
    expect(metadataTexts(s)).toEqual([
      ['header-date', 'date 2025-06-18', '2025-06-18'],
      ['byline', 'By Claire LEE', undefined],
      ['credit', '© 2025 AFP', 'AFP'],
    ]);
    expect(s.agency).toBe('AFP');
    const first = sentenceTexts(s)[0];
    expect(first).toMatch(/^Russian security chief Sergei Shoigu \(L\) and North Korean leader/);
    expect(sentenceTexts(s).some((t) => t.includes('Claire') || t.includes('©'))).toBe(false);
  });

  it('004: SEOUL (AFP/RSS) dateline and trailing Comments', () => {
    const s = seed('004');
    expect(metadataTexts(s)).toEqual([
      ['dateline', 'SEOUL (AFP/RSS):', 'AFP'],
      ['boilerplate', 'Comments', undefined],
    ]);
    expect(s.agency).toBe('AFP');
    expect(s.published).toBeNull();
    expect(sentenceTexts(s)[1]).toMatch(/^North Korea will send military builders/);
    expect(sentenceTexts(s).at(-1)).not.toBe('Comments');
  });

  it('000 and 002 carry no metadata', () => {
    expect(seed('000').metadata).toEqual([]);
    expect(seed('002').metadata).toEqual([]);
  });
});

describe('header dates', () => {
  it.each([
    ['Airbus wins tanker deal\nMarch 01, 2008\nAirbus won.', '2008-03-01'],
    ['Airbus wint tankercontract\n01-Mar-08\nAirbus won het contract van de luchtmacht.', '2008-03-01'],
    ['Posted: May 24, 2005\nThe dam broke.', '2005-05-24'],
    ['Flood in Texas\nJune 6, 2005\nThe dam broke.', '2005-06-06'],
    ['2013-09-26\nThe dam broke.', '2013-09-26'],
    ['published: 2012-04-04\nThe dam broke.', '2012-04-04'],
  ])('%j → %s', (text, iso) => {
    const s = ingestString(text);
    expect(s.published).toBe(iso);
    expect(s.metadata[0].kind).toBe('header-date');
    expect(sentenceTexts(s).join('|')).not.toMatch(/\d{4}|Posted/);
  });

  it('is not taken below the third line, from prose, or from an impossible day', () => {
    expect(ingestString('One.\nTwo.\nThree.\nMarch 01, 2008\n').published).toBeNull();
    expect(ingestString('The dam broke on March 01, 2008, officials said.').published).toBeNull();
    expect(ingestString('date 2025-02-30 403\nText.').published).toBeNull();
    expect(ingestString('2025-06-18x\nText.').published).toBeNull();
  });
});

describe('datelines, bylines, credits, boilerplate', () => {
  it.each([
    ['WASHINGTON (Reuters) - The talks failed.', 'WASHINGTON (Reuters) -', 'Reuters'],
    ['AMSTERDAM (ANP) - De besprekingen mislukten.', 'AMSTERDAM (ANP) -', 'ANP'],
    ['SEOUL, June 18 (Yonhap) -- The talks failed.', 'SEOUL, June 18 (Yonhap) --', 'Yonhap'],
    ['Washington (The Associated Press) — The talks failed.', 'Washington (The Associated Press) —', 'AP'],
    ['(Agence France-Presse) The talks failed.', '(Agence France-Presse)', 'AFP'],
  ])('dateline %j', (text, span, agency) => {
    const s = ingestString(text);
    expect(metadataTexts(s)).toEqual([['dateline', span, agency]]);
    expect(s.agency).toBe(agency);
    expect(sentenceTexts(s)).toEqual([text.slice(span.length + 1)]);
  });

  it.each([
    ['WASHINGTON, June 3, 2025 (Reuters) - The talks failed.', '2025-06-03', '2025-06-03'],
    ['WASHINGTON, June 3 (Reuters) - The talks failed.', '--06-03', null],
    ['SEOUL, June 18 (Yonhap) -- The talks failed.', '--06-18', null],
    ['RANCHO MIRAGE, Calif., Dec. 9 (AP) — The actress checked in.', '--12-09', null],
    ['DEN HAAG, 3 juni 2025 (ANP) - De besprekingen mislukten.', '2025-06-03', '2025-06-03'],
    ['BEIRUT, 18 June 2025 — The talks failed.', '2025-06-18', '2025-06-18'],
    ['MALAGA, Aug. 14, 2025 —\nThe fire spread.', '2025-08-14', '2025-08-14'],
    ['LOS ANGELES, Calif. (AP) — The talks failed.', undefined, null],
    ['SEOUL, June 31 (Yonhap) -- The talks failed.', undefined, null],
  ])('reads the day of dateline %j', (text, date, published) => {
    const s = ingestString(text);
    expect(s.metadata.map((m) => [m.kind, m.date])).toEqual([['dateline', date]]);
    expect(s.published).toBe(published);
  });

  it('keeps a header date over the day of a dateline', () => {
    expect(ingestString('2025-06-04\nWASHINGTON, June 3, 2025 (Reuters) - The talks failed.').published).toBe('2025-06-04');
  });

  it('does not take a line ending in a dash for a dateline unless its place is in capitals', () => {
    expect(ingestString('Then came the fire —\nIt spread.').metadata).toEqual([]);
  });

  it('does not take a bracket in prose for a dateline', () => {
    expect(ingestString('Kim (R) met Shoigu (L) on Tuesday.').metadata).toEqual([]);
    expect(ingestString('Officials (who asked not to be named) said so.').metadata).toEqual([]);
    expect(ingestString('(Laughter) He went on.').agency).toBeNull();
  });

  it('finds bylines in the language of the source', () => {
    const s = ingestString('Door Jan de Vries\n\nDe regering heeft woensdag het plan goedgekeurd.');
    expect(s.language).toBe('nl');
    expect(metadataTexts(s)).toEqual([['byline', 'Door Jan de Vries', undefined]]);
    expect(metadataTexts(ingestString('BY CLAIRE LEE, AFP\nThe talks failed.'))).toEqual([['byline', 'BY CLAIRE LEE, AFP', 'AFP']]);
  });

  it('does not take prose opening with the byline word for a byline', () => {
    expect(ingestString('By Tuesday, the army had left the town.').metadata).toEqual([]);
    expect(ingestString('By 2025 the plan was ready').metadata).toEqual([]);
  });

  it('reads credits with ©, (c) or the credit word', () => {
    expect(metadataTexts(ingestString('Text.\n(c) 2025 Reuters'))).toEqual([['credit', '(c) 2025 Reuters', 'Reuters']]);
    expect(ingestString('Text.\nCopyright 2024 The Associated Press. All rights reserved.').agency).toBe('AP');
    expect(ingestString('(c) the third option is worse.').metadata).toEqual([]);
  });

  it('drops boilerplate lines, also with counts around them', () => {
    const s = ingestString('The talks failed.\nShare this article\nComments (3)\n');
    expect(metadataTexts(s).map(([kind, text]) => [kind, text])).toEqual([
      ['boilerplate', 'Share this article'],
      ['boilerplate', 'Comments (3)'],
    ]);
    expect(sentenceTexts(s)).toEqual(['The talks failed.']);
    expect(ingestString('Comments made by the minister angered many.').metadata).toEqual([]);
  });

  it('lets story settings override what the text says', () => {
    const s = ingestString('SEOUL (AFP) - Text.', 'a.txt', { agency: 'associated press', published: '2020-01-02', language: 'nl' });
    expect([s.agency, s.published, s.language]).toEqual(['AP', '2020-01-02', 'nl']);
  });
});
