// A source text as HTML with every claim marked. Claims of different slots may overlap or nest, so the text is cut
// at every claim boundary and each piece is marked with all the slots that cover it; selecting a slot then lights
// up every piece of its claims. One sort of the boundaries and one pass over the text.

import type { SlotStatus } from '../../model.js';
import { escapeHtml } from './escape.js';

export interface ClaimSpan {
  start: number;
  end: number;
  /** Index of the slot in its story, the key the page script selects by. */
  slot: number;
  status: SlotStatus;
  /** Shown on hover: the slot label and status. */
  title: string;
}

const STATUS_WEIGHT: Record<SlotStatus, number> = { conflict: 2, single: 1, agree: 0 };

function loudest(spans: readonly ClaimSpan[]): ClaimSpan {
  return spans.reduce((best, span) => (STATUS_WEIGHT[span.status] > STATUS_WEIGHT[best.status] ? span : best));
}

function markPiece(text: string, covering: readonly ClaimSpan[], ending: readonly ClaimSpan[]): string {
  const status = loudest(covering).status;
  const classes = ['claim', `st-${status}`];
  // The status icon goes once per claim, after its last piece.
  if (ending.length > 0) classes.push('claim-end', `end-${loudest(ending).status}`);
  const slots = covering.map((span) => span.slot).join(' ');
  const title = covering.map((span) => span.title).join('\n');
  return `<mark class="${classes.join(' ')}" data-slots="${slots}" title="${escapeHtml(title)}">${escapeHtml(text)}</mark>`;
}

/** The text, escaped, with claims wrapped in <mark> elements. Spans outside the text are ignored. */
export function highlightSource(text: string, spans: readonly ClaimSpan[]): string {
  const valid = spans.filter((span) => span.start >= 0 && span.start < span.end && span.end <= text.length);
  const cuts = [...new Set(valid.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let active: ClaimSpan[] = [];
  let next = 0;
  let position = 0;
  for (const cut of cuts) {
    if (cut > position) {
      const piece = text.slice(position, cut);
      if (active.length === 0) out.push(escapeHtml(piece));
      else out.push(markPiece(piece, active, active.filter((span) => span.end === cut)));
      position = cut;
    }
    active = active.filter((span) => span.end > cut);
    while (next < byStart.length && byStart[next].start === cut) active.push(byStart[next++]);
  }
  out.push(escapeHtml(text.slice(position)));
  return out.join('');
}
