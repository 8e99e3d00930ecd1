// The JSON report, in pieces, so the CLI can write one story at a time and never hold a whole archive's
// report (formatJson assembles the same bytes for callers that have the report at hand).

import { REPORT_VERSION, type Formatter, type StoryReport } from './model.js';

export const JSON_HEAD = `{\n  "version": ${REPORT_VERSION},\n  "stories": [`;
export const JSON_TAIL = '\n  ]\n}\n';

/** One story as JSON.stringify(report, null, 2) would lay it out inside "stories". */
export function storyJson(story: StoryReport, first: boolean): string {
  return (first ? '\n' : ',\n') + JSON.stringify(story, null, 2).replace(/^/gm, '    ');
}

export const formatJson: Formatter = (report) =>
  report.stories.length === 0
    ? JSON.stringify(report, null, 2) + '\n'
    : JSON_HEAD + report.stories.map((s, i) => storyJson(s, i === 0)).join('') + JSON_TAIL;
