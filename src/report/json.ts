// The JSON report, in pieces, so the CLI can write one story at a time and never hold a whole archive's
// report (formatJson assembles the same bytes for callers that have the report at hand).

import { REPORT_VERSION, type Formatter, type StoryReport } from './model.js';

export const JSON_HEAD = `{\n  "version": ${REPORT_VERSION},\n  "stories": [`;
export const JSON_TAIL = '\n  ]\n}\n';

/** A wrapper that puts a story at the depth it has inside "stories", so JSON.stringify indents it in place. */
const WRAPPER_HEAD = '{\n  "s": [\n';
const WRAPPER_TAIL = '\n  ]\n}';

/** One story as JSON.stringify(report, null, 2) would lay it out inside "stories". */
export function storyJson(story: StoryReport, first: boolean): string {
  const wrapped = JSON.stringify({ s: [story] }, null, 2);
  const body = wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length);
  // The report has always been indented line by line with /^/gm, which also counts U+2028/U+2029 inside a
  // string as a line start; such a story keeps that layout so the bytes do not change.
  return (first ? '\n' : ',\n') + (body.includes('\u2028') || body.includes('\u2029') ? JSON.stringify(story, null, 2).replace(/^/gm, '    ') : body);
}

export const formatJson: Formatter = (report) =>
  report.stories.length === 0
    ? JSON.stringify(report, null, 2) + '\n'
    : JSON_HEAD + report.stories.map((s, i) => storyJson(s, i === 0)).join('') + JSON_TAIL;
