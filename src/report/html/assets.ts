// The page's inline style and script, and a Content-Security-Policy that allows exactly these two and no network:
// even if a source text slipped through escaping, the browser would not run it or fetch anything.

import { createHash } from 'node:crypto';

export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #fff; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --agree: #1a7f37; --agree-bg: #dafbe1; --conflict: #cf222e; --conflict-bg: #ffebe9;
  --single: #4a6285; --single-bg: #e4ebf5; --focus: #0969da; --selected: #fff3b0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #161b22; --ink: #e6edf3; --muted: #9198a1; --line: #30363d;
    --agree: #3fb950; --agree-bg: #12361f; --conflict: #ff7b72; --conflict-bg: #4a1719;
    --single: #9db4d8; --single-bg: #1f2a3a; --focus: #4493f8; --selected: #5a4a00;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.page { padding: 1.25rem 2rem .75rem; border-bottom: 1px solid var(--line); background: var(--panel); }
header.page h1 { margin: 0; font-size: 1.35rem; letter-spacing: -.01em; }
header.page p { margin: .25rem 0 0; color: var(--muted); }
main { padding: 1rem 2rem 3rem; max-width: 120rem; margin: 0 auto; }
.story { margin: 0 0 2.5rem; }
.story > h2 { font-size: 1.2rem; margin: 1rem 0 .4rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .5rem; }
.chips { display: flex; flex-wrap: wrap; gap: .4rem; margin: 0 0 .75rem; padding: 0; list-style: none; }
.chips li { background: var(--panel); border: 1px solid var(--line); border-radius: 999px; padding: .1rem .7rem; font-size: .85rem; }
.chips li strong { font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 1.25rem; font-size: .85rem; color: var(--muted); margin: 0 0 1rem; }
.overview { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1rem; align-items: start; }
@media (max-width: 70rem) { .overview { grid-template-columns: 1fr; } }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1rem; }
.findings ol { list-style: none; margin: 0; padding: 0; }
.findings li { display: grid; grid-template-columns: 5.5rem minmax(0, 1fr); gap: .5rem; padding: .45rem 0; border-top: 1px solid var(--line); }
.findings li:first-child { border-top: 0; }
.findings .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; color: var(--muted); }
.sev { font-weight: 600; font-size: .8rem; padding-top: .1rem; white-space: nowrap; }
.sev-error { color: var(--conflict); } .sev-warning { color: #9a6700; } .sev-info { color: var(--muted); }
@media (prefers-color-scheme: dark) { .sev-warning { color: #d29922; } }
.link { background: none; border: 0; padding: 0; color: var(--focus); font: inherit; cursor: pointer; text-decoration: underline; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: var(--bg); }
tr.selected, tr.selected:hover { background: var(--selected); }
.slot-button { background: none; border: 0; padding: 0; font: inherit; font-weight: 600; color: inherit; cursor: pointer; text-align: left; }
.values { color: var(--muted); }
.values span { white-space: nowrap; }
.values b { color: var(--ink); font-weight: 500; }
.status { white-space: nowrap; font-weight: 600; }
.status.st-agree { color: var(--agree); } .status.st-conflict { color: var(--conflict); } .status.st-single { color: var(--single); }
button:focus-visible, [tabindex]:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
.sources { margin-top: 1rem; }
.selection { min-height: 1.5rem; margin: 0 0 .5rem; font-size: .9rem; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(18rem, 1fr); gap: 1rem; overflow-x: auto; padding-bottom: .5rem; }
.source { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; display: flex; flex-direction: column; min-width: 0; }
.source.selected { border-color: var(--focus); }
.source header { padding: .6rem .9rem; border-bottom: 1px solid var(--line); font-size: .85rem; color: var(--muted); }
.source header strong { color: var(--ink); font-size: 1rem; margin-right: .4rem; }
.badge { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 .35rem; margin-right: .25rem; font-size: .75rem; }
.text { position: relative; margin: 0; padding: .8rem .9rem 1.2rem; max-height: 70vh; overflow: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; font: 16px/1.7 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; }
.missing { padding: .8rem .9rem; color: var(--muted); font-style: italic; }
mark.claim { color: inherit; border-radius: 2px; cursor: pointer; text-decoration-thickness: 2px; text-underline-offset: 3px;
  text-decoration-skip-ink: none; text-decoration-line: underline; }
mark.st-agree { background: var(--agree-bg); text-decoration-color: var(--agree); text-decoration-style: solid; }
mark.st-conflict { background: var(--conflict-bg); text-decoration-color: var(--conflict); text-decoration-style: wavy; }
mark.st-single { background: var(--single-bg); text-decoration-color: var(--single); text-decoration-style: dotted; }
mark.claim-end::after { font-size: .7em; vertical-align: super; margin-left: 1px; font-family: system-ui, sans-serif; }
mark.end-agree::after { content: "✔"; color: var(--agree); }
mark.end-conflict::after { content: "✖"; color: var(--conflict); }
mark.end-single::after { content: "●"; color: var(--single); }
mark.selected { background: var(--selected); outline: 2px solid var(--focus); outline-offset: 1px; }
.legend .sample { padding: 0 .25rem; }
`;

export const SCRIPT = `
'use strict';
(() => {
  const report = JSON.parse(document.getElementById('crosscheck-data').textContent);
  const statusWord = { agree: 'sources agree', conflict: 'sources conflict', single: 'one origin only' };

  function select(section, index) {
    const slot = report.stories[Number(section.dataset.story)].slots[Number(index)];
    if (!slot) return;
    for (const el of section.querySelectorAll('.selected')) el.classList.remove('selected');
    for (const el of section.querySelectorAll('[aria-pressed="true"]')) el.setAttribute('aria-pressed', 'false');
    const row = section.querySelector('tr[data-slot="' + index + '"]');
    row.classList.add('selected');
    row.querySelector('.slot-button').setAttribute('aria-pressed', 'true');
    const marks = section.querySelectorAll('mark[data-slots~="' + index + '"]');
    const scrolled = new Set();
    for (const mark of marks) {
      mark.classList.add('selected');
      const box = mark.closest('.text');
      if (scrolled.has(box)) continue;
      scrolled.add(box);
      box.closest('.source').classList.add('selected');
      box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
    }
    const sources = slot.claims.map((claim) => claim.source).join(', ');
    section.querySelector('.selection').textContent =
      slot.label + ': ' + statusWord[slot.status] + ' (' + slot.claims.length + ' claims in ' + sources + ')';
    return marks;
  }

  document.addEventListener('click', (event) => {
    const target = event.target.closest('[data-slot], mark[data-slots]');
    if (!target) return;
    const section = target.closest('.story');
    const fromText = target.matches('mark');
    const marks = select(section, fromText ? target.dataset.slots.split(' ')[0] : target.dataset.slot);
    if (!fromText && marks && marks.length > 0) section.querySelector('.sources').scrollIntoView({ block: 'nearest' });
  });
})();
`;

let policy: string | undefined;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The Content-Security-Policy for the page, computed once. */
export function contentSecurityPolicy(): string {
  policy ??= [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return policy;
}
