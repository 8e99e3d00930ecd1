import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestString, sentenceTexts } from './helpers.js';

const split = (text: string, name?: string) => sentenceTexts(ingestString(text, name));

describe('sentence splitting', () => {
  it('splits at . ! ? … before a capital, digit or quote', () => {
    expect(split('Kim met Putin. He left! Why? 6,000 came… "We urge calm," he said.')).toEqual([
      'Kim met Putin.',
      'He left!',
      'Why?',
      '6,000 came…',
      '"We urge calm," he said.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('He said: “We will win.” Then he left. (It rained.) Next day came.')).toEqual([
      'He said: “We will win.”',
      'Then he left.',
      '(It rained.)',
      'Next day came.',
    ]);
  });

  it('splits before a name that starts in lower case and goes on in capitals', () => {
    expect(split('Prices were not given. iTunes sells music. eBay sells the rest. iphone sales were. mRNA works.')).toEqual([
      'Prices were not given.',
      'iTunes sells music.',
      'eBay sells the rest. iphone sales were.',
      'mRNA works.',
    ]);
  });

  it('does not split before a lower-case word or inside numbers', () => {
    expect(split('The U.N. envoy said 6.000 men came. etc. and more.')).toEqual(['The U.N. envoy said 6.000 men came. etc. and more.']);
    expect(split('"Really?" he asked.')).toEqual(['"Really?" he asked.']);
  });

  it.each([
    'The U.N. Security Council met.',
    'The U.S. Army sent 600 men.',
    'Mr. Kim and Dr. Lee met Gen. Shoigu.',
    'Officials from N. Korea arrived.',
    'It happened on Jan. 4 in Seoul.',
    'EADS N.V. (EADS) won the contract.',
    'Photographer Michael M. Sears took it.',
    'At 12:52 p. m. EDT it ended.',
    'The author J.R.R. Tolkien wrote it.',
    'Minister É. Philippe spoke.',
  ])('keeps abbreviations and initials inside: %s', (text) => {
    expect(split(text)).toEqual([text]);
  });

  it('uses the abbreviations of the source language', () => {
    expect(split('De minister bezocht o.a. Kyiv en dhr. Jansen sprak.\nHet is 6.000 keer gebeurd.')).toEqual([
      'De minister bezocht o.a. Kyiv en dhr. Jansen sprak.',
      'Het is 6.000 keer gebeurd.',
    ]);
  });

  it('ends a sentence at every line break in one-sentence-per-line text', () => {
    expect(split('Quake kills 20\nA quake hit Chile\nRescuers came.\n\nMore came.')).toEqual([
      '# Quake kills 20',
      '# A quake hit Chile',
      'Rescuers came.',
      'More came.',
    ]);
  });

  it('keeps a detached closing quote of tokenised text with its sentence', () => {
    expect(split("`` We appreciate it . '' The rep said so .\n`` I partied . ''")).toEqual([
      "`` We appreciate it . ''",
      'The rep said so .',
      "`` I partied . ''",
    ]);
  });

  it('joins the lines of hard-wrapped paragraphs', () => {
    const text = 'North Korea will send\nmilitary builders to Russia,\nofficials said on Tuesday.\n\nThe deal was signed\nlast year in Pyongyang\nby both leaders. It holds.\n';
    expect(split(text)).toEqual([
      'North Korea will send\nmilitary builders to Russia,\nofficials said on Tuesday.',
      'The deal was signed\nlast year in Pyongyang\nby both leaders.',
      'It holds.',
    ]);
  });

  it('flags the first line and short unpunctuated paragraphs as headlines, not long ones', () => {
    const long = 'Russian security chief Sergei Shoigu and North Korean leader Kim Jong Un met on the one-year anniversary of the pact';
    expect(split(`Intro.\n${long}\nNorth Korea to send thousands of personnel\nKim spoke.`)).toEqual([
      'Intro.',
      long,
      '# North Korea to send thousands of personnel',
      'Kim spoke.',
    ]);
    expect(split(`${long}\nKim spoke.`)).toEqual([`# ${long}`, 'Kim spoke.']);
  });

  it('gives exact, trimmed, ordered, disjoint offsets on any text', () => {
    const alphabet = fc.constantFrom(...'ab AB.!?"”\'()\n\r\t1,…<>-:©'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), fc.constantFrom('a.txt', 'a.html', 'a.md'), (text, name) => {
        const s = ingestString(text, name);
        expect(s.text.length).toBe(text.length);
        let previous = 0;
        for (const sentence of s.sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previous);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          const body = s.text.slice(sentence.start, sentence.end);
          expect(body).toBe(body.trim());
          for (const m of s.metadata) expect(m.end <= sentence.start || m.start >= sentence.end).toBe(true);
          previous = sentence.end;
        }
        expect(s.sentences.map((x) => x.index)).toEqual(s.sentences.map((_, i) => i));
      }),
      { numRuns: 300 },
    );
  });
});
