// Who an age, a win-loss record or a distance is about, by the story's settled person names: "36-year-old Jane
// Doe" and "Jane Doe, 36," are one person's age whatever the spelling in each source, and "a 36-year-old man fell
// 60 metres" is about the one person of the story said to be 36.

import type { Claim } from '../model.js';
import { lastWord } from '../text/phrases.js';
import { withClaim } from '../extract/claim.js';
import { withQuantity } from '../extract/quantity/index.js';
import { loadFrames } from '../extract/quantity/lexicon.js';

export function resolveSubjects(claims: Claim[]): Claim[] {
  const people = peopleOf(claims);
  const person = new Map<Claim, string>();
  const peopleAged = new Map<number, Set<string>>();
  const ofPerson = personFrames();
  for (const c of claims) {
    const q = c.quantity;
    if (q?.frame === undefined || !ofPerson.has(q.frame) || q.head === undefined || typeof c.value !== 'number') continue;
    const name = people.nameOf(c, q.head);
    if (name === undefined) continue;
    person.set(c, name);
    if (q.frame !== AGE_FRAME) continue;
    const aged = peopleAged.get(c.value) ?? new Set();
    peopleAged.set(c.value, aged.add(name));
  }
  for (const c of claims) {
    const subject = c.quantity?.subject;
    if (!subject) continue;
    const named = subject.name === undefined ? undefined : people.nameOf(c, subject.name);
    const aged = peopleAged.get(subject.age);
    const name = named ?? (aged?.size === 1 ? [...aged][0] : undefined);
    if (name !== undefined) person.set(c, name);
  }
  if (person.size === 0) return claims;
  return claims.map((c) => {
    const name = person.get(c);
    return name === undefined ? c : withClaim(c, { quantity: withQuantity(c.quantity!, { person: name }) });
  });
}

const AGE_FRAME = 'age';

let frameIds: Set<string> | undefined;

/** Frames of one person's figures (rules/frames.json "ofPerson": an age, a win-loss record). */
function personFrames(): Set<string> {
  frameIds ??= new Set(loadFrames().filter((f) => f.ofPerson).map((f) => f.id));
  return frameIds;
}

/** The story-wide name of a person written beside a figure: the person mention of its sentence that the name is,
 *  or the longest one inside it ("Englishman John Smith" → "John Smith"), or one containing it; failing that (the
 *  mention was read as part of something else), the one person of the story with that last word. Undefined for a
 *  word that names no person ("Australian"). The whole name, not the surname: a family shares that. */
function peopleOf(claims: Claim[]): { nameOf: (c: Claim, written: string) => string | undefined } {
  const bySentence = new Map<string, Claim[]>();
  const byLastWord = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.kind !== 'person' || !c.entity) continue;
    const key = sentenceKey(c);
    const list = bySentence.get(key);
    if (list) list.push(c);
    else bySentence.set(key, [c]);
    const last = lastWord(c.entity.canonical);
    byLastWord.set(last, (byLastWord.get(last) ?? new Set()).add(c.entity.canonical));
  }
  return {
    nameOf(c, written) {
      const mentions = bySentence.get(sentenceKey(c)) ?? [];
      const inside = mentions.filter((m) => written.includes(m.text)).sort((a, b) => b.text.length - a.text.length)[0];
      const mention = inside ?? mentions.find((m) => m.text.includes(written));
      if (mention) return mention.entity!.canonical;
      const namesake = byLastWord.get(lastWord(written));
      return namesake?.size === 1 ? [...namesake][0] : undefined;
    },
  };
}

function sentenceKey(c: Claim): string {
  return `${c.source}\u0000${c.sentence}`;
}
