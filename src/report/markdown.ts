// Markdown formatter: a report that reads well as a pull-request comment. Every string that comes from the report
// (source text, messages, ids) is escaped, so a story can't inject links, mentions, HTML or table breaks.

import type { Severity, SlotStatus } from '../model.js';
import type { Formatter, ReportClaim, ReportFinding, ReportSlot, StoryReport } from './model.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const STATUS_RANK: Record<SlotStatus, number> = { conflict: 0, single: 1, agree: 2 };

/** Status marks shared by the text formats, so a status never depends on colour alone. */
export const STATUS_MARK: Record<SlotStatus, string> = { agree: '✔', conflict: '✖', single: '●' };
const SEVERITY_MARK: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Findings, errors first; the sort is stable, so the engine's order holds within a severity. */
export function sortFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Slots, conflicts first, then single-origin ones, then agreements. */
export function sortSlots(slots: readonly ReportSlot[]): ReportSlot[] {
  return [...slots].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

// Characters that start inline Markdown or GitHub references (@mention, #issue, $math$), plus line breaks, which
// would end a table row or list item.
const MARKDOWN_ACTIVE = /[\\`*_[\]|~<>&@#$]|\r\n?|\n/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Escape text for an inline position (table cell, list item after its marker). */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_ACTIVE, (ch) => ENTITY[ch] ?? (ch[0] === '\r' || ch === '\n' ? ' ' : `\\${ch}`));
}

const CELL_MAX = 80;

function cellText(text: string): string {
  if (text.length <= CELL_MAX) return escapeMarkdown(text);
  // Don't cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]/.test(text[CELL_MAX - 1]) ? CELL_MAX - 1 : CELL_MAX;
  return `${escapeMarkdown(text.slice(0, cut))}…`;
}

function code(text: string): string {
  // A code span can't hold its own backticks reliably; they are rare in ids, so drop them.
  return `\`${text.replace(/`/g, '')}\``;
}

function link(label: string, url: string | undefined): string {
  if (!url) return label;
  return `[${label}](${url.replace(/[\s()<>]/g, (ch) => encodeURIComponent(ch))})`;
}

function summaryLine(story: StoryReport): string {
  const s = story.summary;
  const statuses = `${STATUS_MARK.conflict} ${s.conflict} conflict · ${STATUS_MARK.agree} ${s.agree} agree · ${STATUS_MARK.single} ${s.single} single`;
  const severities = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.infos, 'info')];
  if (s.errors > 0) severities[0] = `**${severities[0]}**`;
  return `**${plural(s.sources, 'source')} · ${plural(s.origins, 'origin')} · ${plural(s.slots, 'slot')}** (${statuses}) — ${severities.join(', ')}`;
}

function findingLine(finding: ReportFinding, slotLabels: Map<string, string>): string {
  const where = finding.slot ? `slot *${escapeMarkdown(slotLabels.get(finding.slot) ?? finding.slot)}*` : 'story';
  const sources = finding.sources.map(escapeMarkdown).join(', ');
  const rule = link(code(finding.ruleId), finding.docs);
  return `- ${SEVERITY_MARK[finding.severity]} **${finding.severity}** ${rule} — ${escapeMarkdown(finding.message)} (${where}${sources ? `: ${sources}` : ''})`;
}

function findingsSection(story: StoryReport): string[] {
  const labels = new Map(story.slots.map((slot) => [slot.id, slot.label]));
  const sorted = sortFindings(story.findings);
  const loud = sorted.filter((f) => f.severity !== 'info').map((f) => findingLine(f, labels));
  const infos = sorted.filter((f) => f.severity === 'info').map((f) => findingLine(f, labels));
  const lines = loud.length > 0 ? ['', ...loud] : [];
  // Agreements are findings too, but they would drown the problems in a review comment.
  if (infos.length > 0) lines.push('', `<details><summary>${plural(infos.length, 'info')}</summary>`, '', ...infos, '', '</details>');
  return lines;
}

function slotTable(story: StoryReport): string[] {
  if (story.slots.length === 0) return ['', '_No checkable claims were found._'];
  const ids = story.sources.map((source) => source.id);
  const header = ['', 'Slot', ...story.sources.map((source) => `${escapeMarkdown(source.id)} (${escapeMarkdown(source.language)})`)];
  const rows = sortSlots(story.slots).map((slot) => {
    const bySource = new Map<string, ReportClaim>(slot.claims.map((claim) => [claim.source, claim]));
    const cells = ids.map((id) => {
      const claim = bySource.get(id);
      return claim ? cellText(claim.text) : '—';
    });
    return [`${STATUS_MARK[slot.status]} ${slot.status}`, escapeMarkdown(slot.label), ...cells];
  });
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return ['', row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function storySection(story: StoryReport): string[] {
  return [`### ${code(story.path)}`, '', summaryLine(story), ...findingsSection(story), ...slotTable(story)];
}

export const formatMarkdown: Formatter = (report) => {
  const lines = ['## crosscheck report', ''];
  if (report.stories.length === 0) lines.push('_No stories were checked._');
  for (const story of report.stories) lines.push(...storySection(story), '');
  return `${lines.join('\n').trimEnd()}\n`;
};
