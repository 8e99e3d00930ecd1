import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from '../../../src/extract/identifier/index.js';
import { sourceOf } from '../entity/helpers.js';

const phones = (text: string) => extractIdentifiers(sourceOf(text, 'en')).map((c) => [c.text, c.value]);

describe('extractIdentifiers', () => {
  it('reads phone numbers with a trunk prefix, a country code, an area code or a North American grouping', () => {
    expect(phones('Anyone with information is asked to call police on 0845 125 2222 or Crimestoppers on 0800 555111.')).toEqual([
      ['0845 125 2222', '08451252222'],
      ['0800 555111', '0800555111'],
    ]);
    expect(phones('Call the hotline at +31 20 555 0101 or (555) 201-4477, or 206-448-8160 after six.')).toEqual([
      ['+31 20 555 0101', '+31205550101'],
      ['(555) 201-4477', '5552014477'],
      ['206-448-8160', '2064488160'],
    ]);
  });
  it('leaves dates, amounts, scores and years alone', () => {
    expect(phones('On 07-10-2008 and 2008-10-07 the index fell 1 000 000 points to 10 000 000; it was 2 1/2 years, 3-2 at half time, in 1990-1991.')).toEqual([]);
    expect(phones('The company employs 55 000 people and made 20.1 billion in 2005.')).toEqual([]);
  });
  it('gives each number the sentence it stands in', () => {
    const [c] = extractIdentifiers(sourceOf('Police said little.\nCall 0845 125 2222 now.', 'en'));
    expect(c.sentence).toBe(1);
    expect(c.identifier).toEqual({ type: 'phone' });
  });
});
