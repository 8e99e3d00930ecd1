// The library: check a story folder and get the report, as the CLI does.
//
//   import { checkStory, loadRules, buildReport, formatJson } from 'crosscheck';
//   const report = buildReport([checkStory('stories/today', loadRules())]);

export { checkStory, type StoryResult } from './pipeline.js';
export { buildReport, storyReport } from './report/build.js';
export { formatJson } from './report/json.js';
export { loadFormatter, FORMATS, type FormatName } from './report/index.js';
export { InputError } from './errors.js';
export { loadRules, type LoadedRules } from './engine/index.js';
export type * from './model.js';
export type * from './report/model.js';

