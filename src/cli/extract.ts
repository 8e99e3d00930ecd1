// `crosscheck extract FILE`: the claims of one source, to see why something was (not) aligned.

import { loadLanguages } from '../lexicon/load.js';
import { ingestFile } from '../ingest/index.js';
import { extractClaims } from '../extract/index.js';
import { normalizeClaims } from '../normalize/index.js';
import { reportClaim } from '../report/build.js';
import type { Claim } from '../model.js';
import type { Io } from './main.js';

export interface ExtractArgs {
  file: string;
  format: 'stylish' | 'json';
}

export function runExtract(args: ExtractArgs, io: Io): number {
  const langs = loadLanguages();
  const source = ingestFile(args.file, langs);
  const claims = normalizeClaims(extractClaims(source, langs.get(source.language) ?? langs.get('en')!), [source], langs);
  if (args.format === 'json') {
    const out = { source: { id: source.id, path: source.path, language: source.language, published: source.published, agency: source.agency }, claims: claims.map(detail) };
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  io.stdout(`${source.path}  [${source.language}, ${source.published ?? 'undated'}${source.agency ? `, ${source.agency}` : ''}]\n`);
  for (const c of claims) io.stdout(`  ${String(c.line).padStart(4)}:${String(c.column).padEnd(4)} ${c.kind.padEnd(12)} ${JSON.stringify(c.text)} → ${describe(c)}\n`);
  io.stdout(`${claims.length} claims\n`);
  return 0;
}

function detail(c: Claim) {
  return { ...reportClaim(c), quantity: c.quantity, date: c.date, entity: c.entity, quote: c.quote, background: c.background };
}

function describe(c: Claim): string {
  const bits: string[] = [JSON.stringify(c.value)];
  const q = c.quantity;
  if (q) bits.push(...[q.qualifier, q.unit && `unit=${q.unit}`, q.frame && `frame=${q.frame}`, q.per && `per=${q.per}`, q.whole && `of=${q.whole}`, q.role && `role=${q.role}`, q.predicate && `predicate=${q.predicate}`, q.formation && `formation=${JSON.stringify(q.formation)}`, q.update && `update=${JSON.stringify(q.update)}`, q.replaced && 'replaced', ...(q.alternates ?? []).map((alt) => `also=${alt.number} ${alt.unit}`)].filter((x): x is string => Boolean(x)));
  if (c.date?.event) bits.push(`event=${c.date.event}`);
  if (c.entity) bits.push(`key=${c.entity.key}`, ...(c.entity.title ? [`title=${c.entity.title}`] : []), ...(c.entity.event ? [`event=${c.entity.event}`] : []));
  if (c.quote?.speaker) bits.push(`speaker=${c.quote.speaker}`);
  if (c.attribution) bits.push(`attribution=${c.attribution}`);
  if (c.background) bits.push(`background=${c.background}`);
  return bits.join(' ');
}
