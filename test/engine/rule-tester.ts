// ESLint-style rule tester: each case is a small story; `valid` cases must give no finding of the rule,
// `invalid` cases must give exactly the listed findings (by severity, sources and message fragments).

import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/model.js';
import { bundledRules, runStory } from '../helpers/story.js';

export interface ExpectedFinding {
  severity: Severity;
  sources: string[];
  messageIncludes: string[];
}

export interface RuleCases {
  valid: { name: string; story: Record<string, string>; primary?: string }[];
  invalid: { name: string; story: Record<string, string>; primary?: string; findings: ExpectedFinding[] }[];
}

export function testRule(ruleId: string, cases: RuleCases): void {
  const rules = bundledRules([ruleId]);
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runStory(c.story, rules, c.primary).findings.filter((f) => f.ruleId === ruleId);
        expect(findings.map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runStory(c.story, rules, c.primary).findings.filter((f) => f.ruleId === ruleId);
        expect(findings.map((f) => f.message), 'number of findings').toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => {
          const got = findings[i];
          expect(got.severity).toBe(want.severity);
          expect([...got.sources].sort()).toEqual([...want.sources].sort());
          for (const fragment of want.messageIncludes) expect(got.message).toContain(fragment);
        });
      });
    }
  });
}
