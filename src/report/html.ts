// HTML formatter: one self-contained page (inline style and script, no network) with the sources side by side,
// every claim marked by its slot's status, and a slot table whose rows select a slot's claims in every source.
// Everything from the report and the texts is escaped; the report itself rides along as inert JSON.

import type { Severity, SlotStatus } from '../model.js';
import { STATUS_MARK, plural, sortFindings, sortSlots } from './markdown.js';
import type { FormatOptions, Formatter, ReportFinding, ReportSlot, ReportSource, StoryReport } from './model.js';
import { SCRIPT, STYLE, contentSecurityPolicy } from './html/assets.js';
import { escapeHtml, safeHref, scriptJson } from './html/escape.js';
import { type ClaimSpan, highlightSource } from './html/highlight.js';

export interface HtmlFormatOptions extends FormatOptions {
  /** Source texts by story path, then source id; claims' offsets point into them. */
  texts?: Record<string, Record<string, string>>;
}

const STATUS_TEXT: Record<SlotStatus, string> = { agree: 'agree', conflict: 'conflict', single: 'single origin' };
const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

function statusLabel(status: SlotStatus): string {
  return `<span class="status st-${status}">${STATUS_MARK[status]} ${STATUS_TEXT[status]}</span>`;
}

function chips(story: StoryReport): string {
  const s = story.summary;
  const items: [number, string, string?][] = [
    [s.sources, 'source'],
    [s.origins, 'origin'],
    [s.slots, 'slot'],
    [s.conflict, `${STATUS_MARK.conflict} conflict`, `${STATUS_MARK.conflict} conflict`],
    [s.agree, `${STATUS_MARK.agree} agree`, `${STATUS_MARK.agree} agree`],
    [s.single, `${STATUS_MARK.single} single`, `${STATUS_MARK.single} single`],
    [s.errors, 'error'],
    [s.warnings, 'warning'],
    [s.infos, 'info'],
  ];
  const li = items.map(([count, one, many]) => {
    const label = count === 1 ? one : (many ?? `${one}s`);
    return `<li><strong>${count}</strong> ${label}</li>`;
  });
  return `<ul class="chips">${li.join('')}</ul>`;
}

const LEGEND = `<p class="legend" aria-label="Legend">${(['agree', 'conflict', 'single'] as const)
  .map((status) => `<span><mark class="claim sample st-${status} claim-end end-${status}">claim</mark> ${STATUS_TEXT[status]}</span>`)
  .join('')}</p>`;

function findingItem(finding: ReportFinding, slotIndex: Map<string, number>, slots: readonly ReportSlot[]): string {
  const href = safeHref(finding.docs);
  const rule = escapeHtml(finding.ruleId);
  const index = finding.slot === undefined ? undefined : slotIndex.get(finding.slot);
  const target =
    index === undefined
      ? ''
      : ` <button type="button" class="link" data-slot="${index}">${escapeHtml(slots[index].label)}</button>`;
  return (
    `<li><span class="sev sev-${finding.severity}">${SEVERITY_MARK[finding.severity]} ${finding.severity}</span> ` +
    `<span>${escapeHtml(finding.message)}${target} ` +
    `<span class="rule">${href ? `<a href="${href}" rel="noreferrer">${rule}</a>` : rule}</span></span></li>`
  );
}

function findingsPanel(story: StoryReport, slotIndex: Map<string, number>): string {
  const items = sortFindings(story.findings).map((finding) => findingItem(finding, slotIndex, story.slots));
  const body = items.length > 0 ? `<ol>${items.join('')}</ol>` : '<p>No findings.</p>';
  return `<section class="panel findings"><h3>Findings</h3>${body}</section>`;
}

function slotRow(slot: ReportSlot, index: number): string {
  const values = slot.claims
    .map((claim) => `<span>${escapeHtml(claim.source)}: <b>${escapeHtml(claim.text)}</b></span>`)
    .join(' · ');
  return (
    `<tr class="st-${slot.status}" data-slot="${index}"><td>${statusLabel(slot.status)}</td>` +
    `<td><button type="button" class="slot-button" data-slot="${index}" aria-pressed="false">${escapeHtml(slot.label)}</button></td>` +
    `<td>${escapeHtml(slot.kind)}</td><td>${slot.origins}</td><td class="values">${values}</td></tr>`
  );
}

function slotsPanel(story: StoryReport, slotIndex: Map<string, number>): string {
  if (story.slots.length === 0) return '<section class="panel slots"><h3>Slots</h3><p>No checkable claims were found.</p></section>';
  const rows = sortSlots(story.slots).map((slot) => slotRow(slot, slotIndex.get(slot.id) ?? 0));
  return (
    '<section class="panel slots"><h3>Slots</h3><table><thead><tr><th>Status</th><th>Slot</th><th>Kind</th>' +
    `<th>Origins</th><th>What the sources say</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

/** Each source's claim spans, kept only where the claim text really is at its offsets. */
function spansBySource(story: StoryReport, texts: Record<string, string>): Map<string, ClaimSpan[]> {
  const spans = new Map<string, ClaimSpan[]>();
  story.slots.forEach((slot, index) => {
    for (const claim of slot.claims) {
      if (texts[claim.source]?.slice(claim.start, claim.end) !== claim.text) continue;
      const title = `${slot.label} — ${STATUS_MARK[slot.status]} ${STATUS_TEXT[slot.status]}`;
      const list = spans.get(claim.source) ?? [];
      list.push({ start: claim.start, end: claim.end, slot: index, status: slot.status, title });
      spans.set(claim.source, list);
    }
  });
  return spans;
}

function sourceColumn(source: ReportSource, text: string | undefined, spans: ClaimSpan[]): string {
  const facts = [
    `<span class="badge">${escapeHtml(source.language)}</span>`,
    source.primary ? '<span class="badge">draft</span>' : '',
    source.agency ? escapeHtml(source.agency) : '',
    source.published ? `${escapeHtml(source.published)}${source.publishedInferred ? ' (inferred)' : ''}` : 'no date',
    `origin ${escapeHtml(source.lineage)}`,
  ].filter(Boolean);
  const body =
    text === undefined
      ? '<p class="missing">Source text not provided.</p>'
      : `<div class="text" tabindex="0" aria-label="Text of ${escapeHtml(source.id)}">${highlightSource(text, spans)}</div>`;
  return (
    `<article class="source" data-source="${escapeHtml(source.id)}"><header title="${escapeHtml(source.path)}">` +
    `<strong>${escapeHtml(source.id)}</strong> ${facts.join(' · ')}</header>${body}</article>`
  );
}

function storySection(story: StoryReport, index: number, texts: Record<string, string>): string {
  const slotIndex = new Map(story.slots.map((slot, i) => [slot.id, i]));
  const spans = spansBySource(story, texts);
  const columns = story.sources.map((source) => sourceColumn(source, texts[source.id], spans.get(source.id) ?? []));
  return (
    `<section class="story" data-story="${index}" aria-labelledby="story-${index}">` +
    `<h2 id="story-${index}">${escapeHtml(story.path)}</h2>${chips(story)}${LEGEND}` +
    `<div class="overview">${findingsPanel(story, slotIndex)}${slotsPanel(story, slotIndex)}</div>` +
    '<section class="sources"><h3>Sources</h3>' +
    '<p class="selection" role="status" aria-live="polite">Select a slot or a claim to find it in every source.</p>' +
    `<div class="columns">${columns.join('')}</div></section></section>`
  );
}

export const formatHtml = ((report, options: HtmlFormatOptions) => {
  const texts = options.texts ?? {};
  const stories = report.stories.map((story, index) => storySection(story, index, texts[story.path] ?? {}));
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>crosscheck report</title>',
    `<style>${STYLE}</style></head><body>`,
    `<header class="page"><h1>crosscheck report</h1><p>${plural(report.stories.length, 'story', 'stories')}</p></header>`,
    `<main>${stories.join('') || '<p>No stories were checked.</p>'}</main>`,
    `<script type="application/json" id="crosscheck-data">${scriptJson(report)}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}) satisfies Formatter;
