// The default terminal report: lineage groups, then a slot × source diff table with an agreement mark per
// slot and its findings under it. Marks are characters, not colour alone, so it reads without colour.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Formatter, ReportFinding, ReportSlot, ReportSource, StoryReport } from './model.js';
import { pushTo } from '../collections.js';

const MARK = { agree: '✔', conflict: '✖', single: '●' } as const;
const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'info' } as const;
const CELL_WIDTH = 16;
/** Infos the table already shows (its mark and origins column); the other formats list them. */
const TABLE_SAYS_IT = new Set(['corroboration', 'single-origin']);
const TABLE_WIDTH = 140;

export const formatStylish: Formatter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  return report.stories.map((s) => story(s, c)).join('\n') ;
};

function story(full: StoryReport, c: ChalkInstance): string {
  const s = withShortIds(full);
  const out: string[] = [];
  const m = s.summary;
  out.push(c.bold.underline(s.path));
  out.push(
    `${m.sources} sources, ${m.origins} independent origin${m.origins === 1 ? '' : 's'}, ${m.slots} slots: ` +
      `${m.agree} agree, ${m.conflict} conflict, ${m.single} single`,
  );
  out.push('', c.bold('Sources'));
  for (const g of s.lineage.groups) {
    const members = g.sources.map((id) => describeSource(s, id)).join('; ');
    const links = s.lineage.links
      .filter((l) => g.sources.includes(l.a))
      .map((l) => `${l.b} ${l.relation} of ${l.a} (${Object.entries(l.evidence).map(([k, v]) => `${k} ${round(v)}`).join(', ')})`);
    out.push(`  origin ${g.id}: ${members}`);
    for (const l of links) out.push(c.dim(`    ${l}`));
  }
  const draft = s.sources.find((x) => x.primary);
  const bySlot = new Map<string, ReportFinding[]>();
  const storyLevel: ReportFinding[] = [];
  for (const f of s.findings) {
    if (f.slot) pushTo(bySlot, f.slot, f);
    else storyLevel.push(f);
  }
  out.push('');
  const ids = s.sources.map((x) => x.id);
  const wide = 28 + ids.length * (CELL_WIDTH + 1) > TABLE_WIDTH;
  if (!wide) out.push(c.bold(`  ${pad('slot', 26)} ${pad('orig', 4)} ${ids.map((id) => pad(id.slice(0, CELL_WIDTH), CELL_WIDTH)).join(' ')}`));
  const order = [...s.slots].sort((a, b) => statusRank(a) - statusRank(b));
  let folded = 0;
  for (const slot of order) {
    const findings = (bySlot.get(slot.id) ?? []).filter((f) => !TABLE_SAYS_IT.has(f.ruleId));
    // A name or quote only one origin mentions, with nothing to say about it, is folded into a count:
    // the table stays about what the sources agree and disagree on.
    if (slot.status === 'single' && slot.kind !== 'quantity' && slot.kind !== 'date' && findings.length === 0) {
      folded++;
      continue;
    }
    out.push(wide ? slotList(slot, c) : slotRow(slot, ids, c));
    for (const f of findings) out.push(findingLine(f, c, draft));
  }
  if (folded) out.push(c.dim(`  … and ${folded} more names and quotes from a single origin (see --format json, markdown or html)`));
  for (const f of storyLevel) out.push(findingLine(f, c, draft));
  out.push('', summaryLine(s, c), '');
  return out.join('\n');
}

function describeSource(s: StoryReport, id: string): string {
  const src = s.sources.find((x) => x.id === id)!;
  const bits = [...(src.path.includes(id) ? [] : [src.path]), src.language, src.published ? `${src.published}${src.publishedInferred ? ' (inferred)' : ''}` : 'undated'];
  if (src.agency) bits.push(src.agency);
  if (src.primary) bits.push('draft');
  return `${id} [${bits.join(', ')}]`;
}

function slotRow(slot: ReportSlot, ids: string[], c: ChalkInstance): string {
  const cells = ids.map((id) => {
    const claim = slot.claims.find((x) => x.source === id);
    return pad(claim ? oneLine(claim.text) : '—', CELL_WIDTH);
  });
  return `${mark(slot, c)} ${pad(slot.label, 26)} ${pad(String(slot.origins), 4)} ${cells.join(' ')}`;
}

function slotList(slot: ReportSlot, c: ChalkInstance): string {
  const values = slot.claims.map((x) => `${x.source}: ${oneLine(x.text)}`).join(' | ');
  return `${mark(slot, c)} ${slot.label} (${slot.origins} origin${slot.origins === 1 ? '' : 's'}) — ${values}`;
}

function mark(slot: ReportSlot, c: ChalkInstance): string {
  const symbol = MARK[slot.status];
  return slot.status === 'conflict' ? c.red(symbol) : slot.status === 'agree' ? c.green(symbol) : c.blue(symbol);
}

/** In draft mode a finding is anchored in the draft: file:line:column first, as editors and linters expect. */
function findingLine(f: ReportFinding, c: ChalkInstance, draft?: ReportSource): string {
  const word = SEVERITY_WORD[f.severity];
  const colored = f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : c.dim(word);
  const anchor = draft && f.claims[0]?.source === draft.id ? `${draft.path}:${f.claims[0].line}:${f.claims[0].column}  ` : '';
  const text = `    ${anchor}${colored}  ${f.message}  ${c.dim(f.ruleId)}`;
  return f.severity === 'info' ? c.dim(text) : text;
}

function summaryLine(s: StoryReport, c: ChalkInstance): string {
  const { errors, warnings, infos } = s.summary;
  const text = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info${infos === 1 ? '' : 's'}`;
  return errors ? c.red.bold(`✖ ${text}`) : warnings ? c.yellow.bold(`⚠ ${text}`) : c.green.bold(`✔ ${text}`);
}

function statusRank(slot: ReportSlot): number {
  return slot.status === 'conflict' ? 0 : slot.status === 'agree' ? 1 : 2;
}

/** Pad or cut to a width, counting code points so accented names line up. */
function pad(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? chars.slice(0, width - 1).join('') + '…' : text + ' '.repeat(width - chars.length);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/**
 * Long generated ids (000_597433b99e995c5b) make a table unreadable. When the ids' first parts (before _ - .)
 * are unique, show those instead, everywhere in this report; the Sources section keeps the file path.
 */
function withShortIds(s: StoryReport): StoryReport {
  const ids = s.sources.map((x) => x.id);
  const short = ids.map((id) => id.split(/[_.\-\s]/)[0]);
  if (!ids.some((id) => id.length > 12) || new Set(short).size !== ids.length || short.some((x) => x === '')) return s;
  const map = new Map(ids.map((id, i) => [id, short[i]]));
  const rename = (id: string) => map.get(id) ?? id;
  const pattern = new RegExp(ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const text = (t: string) => t.replace(pattern, (id) => rename(id));
  return {
    ...s,
    sources: s.sources.map((x) => ({ ...x, id: rename(x.id), lineage: rename(x.lineage) })),
    lineage: {
      groups: s.lineage.groups.map((g) => ({ id: rename(g.id), sources: g.sources.map(rename) })),
      links: s.lineage.links.map((l) => ({ ...l, a: rename(l.a), b: rename(l.b) })),
    },
    slots: s.slots.map((slot) => ({ ...slot, claims: slot.claims.map((cl) => ({ ...cl, source: rename(cl.source) })) })),
    findings: s.findings.map((f) => ({ ...f, message: text(f.message), sources: f.sources.map(rename) })),
  };
}
