// Shared by the checks: split a slot's claims into groups that agree with each other, and say how many
// independent origins (lineages) stand behind each group.

import type { Claim, Lineage } from '../model.js';
import { agreeAsWritten } from '../align/compatible.js';
import type { Partners } from '../align/pairs.js';

export interface ValueGroup {
  claims: Claim[];
  sources: string[];
  origins: number;
}

/** `partners`: counterparts in copies and translations, which must also write the same figure (agreeAsWritten). */
export function valueGroups(claims: Claim[], lineage: Lineage, partners?: Partners): ValueGroup[] {
  const groups: Claim[][] = [];
  for (const c of claims) {
    // A claim joins the group that gives its very value before one that only fits it: a draft's "at least 35"
    // stands with "at least 35", not with the "ten minste 53" a translation changed it to, met first.
    const fits = (g: Claim[]) => g.every((x) => agreeAsWritten(x, c, partners));
    const value = JSON.stringify(c.value);
    const home = groups.find((g) => g.some((x) => JSON.stringify(x.value) === value) && fits(g)) ?? groups.find(fits);
    if (home) home.push(c);
    else groups.push([c]);
  }
  return groups.map((g) => ({
    claims: g,
    sources: g.map((c) => c.source),
    origins: new Set(g.map((c) => lineage.of[c.source] ?? c.source)).size,
  }));
}

/** "6,000" in 000, 001, 002 — 1 origin (3 files) */
export function describeGroup(g: ValueGroup): string {
  const texts = g.claims.length === 1 ? written(g.claims[0]) : [...new Set(g.claims.map(written))].join(' / ');
  return `${texts} in ${g.sources.join(', ')} — ${originsPhrase(g.origins, g.sources.length)}`;
}

export function originsPhrase(origins: number, files: number): string {
  const o = `${origins} origin${origins === 1 ? '' : 's'}`;
  return files === origins ? o : `${o} (${files} files)`;
}

/** A claim as written; a relative day with the date it was read as ("Friday" (2010-09-10)). */
function written(c: Claim): string {
  const text = `"${oneLine(c.text)}"`;
  return c.date?.relative && !c.date.pending && c.date.precision === 'day' ? `${text} (${c.date.iso})` : text;
}

/** Whitespace runs made one space; most claims are on one line already, and are returned as they are. */
function oneLine(s: string): string {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}
