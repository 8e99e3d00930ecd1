// Golden reports: every corpus/ story's JSON report is locked in corpus/<story>.expected.json and must
// validate against the report schema that ships in rules/. Refresh after an intended change with
// UPDATE_GOLDEN=1 npm test, and review the diff.

import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../src/pipeline.js';
import { buildReport } from '../src/report/build.js';
import { formatJson } from '../src/report/json.js';
import { validatorFor } from '../src/schema/validate.js';
import { bundledRules } from './helpers/story.js';

const stories = readdirSync('corpus').filter((d) => statSync(path.join('corpus', d)).isDirectory());

describe('golden reports', () => {
  it('corpus/ holds at least one story', () => expect(stories.length).toBeGreaterThan(0));
  for (const story of stories) {
    it(story, () => {
      const folder = `corpus/${story}`;
      const report = JSON.parse(formatJson(buildReport([checkStory(folder, bundledRules())]), { color: false, cwd: '.' }));
      const validate = validatorFor('report');
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      const golden = `corpus/${story}.expected.json`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, JSON.stringify(report, null, 2) + '\n');
      expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm test and review it`).toBe(true);
      expect(report).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});
