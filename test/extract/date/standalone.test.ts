import { describe, expect, it } from 'vitest';
import { loadLanguages } from '../../../src/lexicon/load.js';
import { parseStandaloneDate } from '../../../src/extract/date/standalone.js';

const langs = loadLanguages();
const en = langs.get('en')!;
const nl = langs.get('nl')!;

describe('parseStandaloneDate', () => {
  it.each([
    ['March 01, 2008', '2008-03-01'],
    ['June 6, 2005', '2005-06-06'],
    ['Posted: May 24, 2005', '2005-05-24'],
    [' date 2025-06-18 403', '2025-06-18'],
    ['01-Mar-08', '2008-03-01'],
    ['13-Jun-05', '2005-06-13'],
    ['Sun., Aug. 4, 2013 11:29 AM PDT', '2013-08-04'],
    ['Published: Tuesday, Aug. 2 2011 7:08 p. m. MDT', '2011-08-02'],
    ['12:52 p. m. EDT May 2, 2013', '2013-05-02'],
    ['8:13 AM PDT 8 / 2 / 2013', '2013-08-02'],
    ['Updated: 03 / 14 / 2013 07:51: 21 AM PDT', '2013-03-14'],
    ['2 October 2013, 15:39 (GMT+05:00)', '2013-10-02'],
    ['Edited on Mon Dec-19-05 03:49 PM', '2005-12-19'],
    ['21 July 2013 Last updated at 11:11 GMT', '2013-07-21'],
    ['Published: 09th June 2013', '2013-06-09'],
    ['MAY 3, 2013 AT 1:10PM', '2013-05-03'],
    ['10:24 AM, MON 22 JUL 2013', '2013-07-22'],
    ['on September 10th, 2010', '2010-09-10'],
    ['on Dec 23 2012, 5:03p', '2012-12-23'],
    ['November 12, 2007 - - 18:19 GMT (10:19 PST)', '2007-11-12'],
  ])('en %j → %s', (line, iso) => {
    expect(parseStandaloneDate(line, en)).toBe(iso);
  });

  it.each([
    ['01-Mar-08', '2008-03-01'],
    ['29-May-06', '2006-05-29'],
    ['10-Oct-08', '2008-10-10'],
    ['3 maart 2008', '2008-03-03'],
    ['Geplaatst op dinsdag 4 juni 2025 om 12.30 uur', '2025-06-04'],
  ])('nl %j → %s', (line, iso) => {
    expect(parseStandaloneDate(line, nl)).toBe(iso);
  });

  it.each([
    ' date 2025-06-18 Russian security chief Sergei Shoigu (L) and North Korean leader Kim Jong Un (R) met',
    'Reid checked herself in on Tuesday, December 9, 2008.',
    'Posted 1 year, 160 days ago [downloaded on 2 October 2013]',
    'Dec. 24 4:33 AM EST',
    'June 2024',
    '2013',
    '4.6 earthquake shakes Northern California',
    'May 3, 2013 and May 4, 2013',
    '31-Feb-08',
    '',
  ])('not a date line: %j', (line) => {
    expect(parseStandaloneDate(line, en)).toBeUndefined();
  });
});
