// Phone numbers: "call police on 0845 125 2222", "(555) 201-4477", "+31 20 555 0101". A reader copying one
// must get every digit right, so a number that differs by one digit between sources is worth a check
// (engine/kinds/identifier-variants.ts). What counts as one is data: rules/identifiers.json.

import path from 'node:path';
import type { Claim, Source } from '../../model.js';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../../schema/validate.js';
import { makeClaim, sentenceAt } from '../claim.js';

interface PhoneShape {
  minDigits: number;
  maxDigits: number;
  openers: string[];
  groupings: string[];
}

// Digit groups split by one space, hyphen or dot, with an optional +country code and (area code); not inside a
// word or a longer number. Bounded repetition and a fixed separator keep a failed match linear.
const CANDIDATE = /(?<![\p{L}\p{N}+.,\/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,8}(?:[ .-]\d{2,8}){0,5}(?![\p{L}\p{N}]|[.,\/-]\d)/gu;
const DATE_LIKE = /^\d{1,2}([.\/-])\d{1,2}\1(?:\d{2}|\d{4})$/;

let shape: PhoneShape | undefined;

function phoneShape(): PhoneShape {
  if (!shape) {
    const file = path.join(RULES_DIR, 'identifiers.json');
    shape = validateOrThrow<{ phone: PhoneShape }>('identifiers', readJsonFile(file), file).phone;
  }
  return shape;
}

export function extractIdentifiers(source: Source): Claim[] {
  const text = source.text;
  // Most sentences hold no run of seven digits: a cheap test spares them the pattern.
  if (!/\d[\d .()+-]{5,}\d/.test(text)) return [];
  const phone = phoneShape();
  const claims: Claim[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const written = m[0];
    if (!isPhoneNumber(written, phone)) continue;
    const sentence = sentenceAt(source, m.index);
    if (sentence < 0) continue;
    claims.push(makeClaim(source, 'identifier', m.index, m.index + written.length, sentence, digitsOf(written), { identifier: { type: 'phone' } }));
  }
  return claims;
}

export function isPhoneNumber(written: string, phone: PhoneShape): boolean {
  const digits = digitsOf(written);
  if (digits.length < phone.minDigits || digits.length > phone.maxDigits || DATE_LIKE.test(written)) return false;
  const groups = written.split(/[ .()+-]+/).filter((g) => g !== '');
  // One run of digits is a number of some other kind unless a country code says otherwise.
  if (groups.length < 2 && !written.startsWith('+')) return false;
  return phone.openers.includes(written[0]) || phone.groupings.includes(groups.map((g) => g.length).join('-'));
}

/** The digits alone, with a leading + kept: "0845 125 2222" and "0845-125-2222" are one number. */
function digitsOf(written: string): string {
  return (written.startsWith('+') ? '+' : '') + written.replace(/\D/g, '');
}
