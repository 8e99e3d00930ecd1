import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/normalize/date.js';
import type { Claim, DateInfo, Source } from '../../src/model.js';
import { sourceOf } from '../extract/date/source.js';
import { claimWith } from '../helpers/claim.js';

const langs = new Map();

function claim(pending: DateInfo['pending'], extra: Partial<DateInfo> = {}, source = 'src'): Claim {
  return claimWith({ id: `${source}@0:date`, source, kind: 'date', value: 'x', date: { iso: '', precision: 'day', relative: true, inferred: false, pending, ...extra } });
}

function resolveOne(pending: DateInfo['pending'], published: string | null, extra: Partial<DateInfo> = {}, src: Partial<Source> = {}) {
  const source = sourceOf('x', { published, ...src });
  return resolveDates([claim(pending, extra)], [source], langs)[0];
}

describe('resolveDates', () => {
  // 2025-06-18 is a Wednesday.
  it.each([
    [{ weekday: 3, tense: 'none' }, '2025-06-18'],
    [{ weekday: 3, tense: 'past', marked: 1 }, '2025-06-11'],
    [{ weekday: 3, tense: 'past' }, '2025-06-18'],
    [{ weekday: 2, tense: 'none' }, '2025-06-17'],
    [{ weekday: 4, tense: 'none' }, '2025-06-12'],
    [{ weekday: 5, tense: 'future' }, '2025-06-20'],
    [{ weekday: 3, tense: 'future', marked: 1 }, '2025-06-25'],
    [{ weekday: 3, tense: 'future' }, '2025-06-18'],
    [{ unit: 'day', offset: -1 }, '2025-06-17'],
    [{ unit: 'week', offset: -1 }, '2025-06'],
    [{ unit: 'month', offset: -6 }, '2024-12'],
    [{ unit: 'year', offset: -1 }, '2024'],
    [{ month: 6, day: 4, tense: 'none' }, '2025-06-04'],
    [{ month: 12, day: 20, tense: 'none' }, '2024-12-20'],
    [{ month: 12, day: 20, tense: 'future' }, '2025-12-20'],
    [{ month: 6, day: 25, tense: 'past' }, '2024-06-25'],
    [{ month: 4, tense: 'none' }, '2025-04'],
    [{ month: 12, tense: 'none' }, '2024-12'],
    [{ month: 6, tense: 'none' }, '2025-06'],
    [{ month: 7, tense: 'none' }, '2025-07'],
    [{ month: 11, tense: 'none' }, '2025-11'],
    [{ month: 6, tense: 'past' }, '2024-06'],
    [{ month: 3, tense: 'future' }, '2026-03'],
    [{ weekday: 2, tense: 'none', time: 'T12:30' }, '2025-06-17T12:30'],
  ])('%j → %s', (pending, value) => {
    const c = resolveOne(pending, '2025-06-18');
    expect(c.value).toBe(value);
    expect(c.date!.iso).toBe(value);
    expect(c.date!.pending).toBeUndefined();
  });

  it('crosses a year boundary: yesterday on January 1st, last week in early March', () => {
    expect(resolveOne({ unit: 'day', offset: -1 }, '2025-01-01').value).toBe('2024-12-31');
    expect(resolveOne({ unit: 'week', offset: -1 }, '2025-03-03').value).toBe('2025-02');
    expect(resolveOne({ month: 2, day: 29, tense: 'none' }, '2024-06-01').value).toBe('2024-02-29');
    expect(resolveOne({ month: 2, tense: 'none' }, '2025-12-01').value).toBe('2026-02');
    expect(resolveOne({ month: 6, tense: 'none' }, '2025-12-01').value).toBe('2025-06');
  });

  it('marks a borrowed year, and a borrowed publication date, as inferred', () => {
    expect(resolveOne({ month: 6, day: 4, tense: 'none' }, '2025-06-18', { relative: false }).date).toMatchObject({ inferred: true, relative: false });
    expect(resolveOne({ unit: 'day', offset: 0 }, '2025-06-18').date!.inferred).toBe(false);
    expect(resolveOne({ unit: 'day', offset: 0 }, '2025-06-18', {}, { publishedInferred: true }).date!.inferred).toBe(true);
  });

  it('leaves a claim alone without a publication date, and never crashes', () => {
    const c = resolveOne({ weekday: 2, tense: 'none' }, null);
    expect(c.value).toBe('x');
    expect(c.date!.pending).toEqual({ weekday: 2, tense: 'none' });
    expect(resolveOne({ weekday: 2 }, 'not a date').date!.pending).toEqual({ weekday: 2 });
    const orphan = claim({ unit: 'day', offset: 1 }, {}, 'missing');
    expect(resolveDates([orphan], [], langs)).toEqual([orphan]);
  });

  it('passes other claims through untouched', () => {
    const done = claim(undefined, { iso: '2024-06', precision: 'month', relative: false });
    expect(resolveDates([done], [sourceOf('x', { published: '2025-06-18' })], langs)[0]).toBe(done);
  });
});
