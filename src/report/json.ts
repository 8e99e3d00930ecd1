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
  return (first ? '\n' : ',\n') + body;
}

export const formatJson: Formatter = (report) =>
  report.stories.length === 0
    ? JSON.stringify(report, null, 2) + '\n'
    : JSON_HEAD + report.stories.map((s, i) => storyJson(s, i === 0)).join('') + JSON_TAIL;
