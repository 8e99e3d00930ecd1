// SARIF 2.1.0 formatter, shaped for GitHub code scanning: relative URIs, one result per finding located on its
// first claim, the slot's other claims as relatedLocations, and a fingerprint that survives edits elsewhere.

import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../model.js';
import type { Formatter, ReportClaim, ReportFinding, StoryReport } from './model.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const TOOL_INFORMATION_URI = 'https://github.com/crosscheck-news/crosscheck';
const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion };
  message?: { text: string };
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}

/** A path as a URI reference relative to cwd, with forward slashes and each segment percent-encoded. */
export function relativeUri(cwd: string, file: string, directory = false): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  // Another drive (Windows) has no relative form.
  if (path.isAbsolute(relative)) return pathToFileURL(absolute).href + (directory ? '/' : '');
  const uri = relative.split(path.sep).map(encodeURIComponent).join('/');
  if (!directory) return uri;
  return uri === '' ? './' : `${uri}/`;
}

/** The claim's span as a SARIF region; end line and column come from the claim text (columns are UTF-16 units). */
export function regionOf(claim: ReportClaim): SarifRegion {
  const lastBreak = claim.text.lastIndexOf('\n');
  if (lastBreak < 0) {
    return { startLine: claim.line, startColumn: claim.column, endLine: claim.line, endColumn: claim.column + claim.text.length };
  }
  let breaks = 0;
  for (let i = lastBreak; i !== -1; i = claim.text.lastIndexOf('\n', i - 1)) breaks += 1;
  return {
    startLine: claim.line,
    startColumn: claim.column,
    endLine: claim.line + breaks,
    endColumn: claim.text.length - lastBreak,
  };
}

/** Stable across runs and unrelated edits: rule, slot, the sources involved and what they said, nothing positional. */
export function fingerprint(finding: ReportFinding): string {
  const sources = [...finding.sources].sort();
  const claims = finding.claims.map((claim) => `${claim.source}\u0001${claim.text}`).sort();
  const key = [finding.ruleId, finding.slot ?? '', sources.join('\u0001'), ...claims].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function describeRule(ruleId: string): string {
  const words = ruleId.replace(/[-_/.]+/g, ' ').trim();
  return `crosscheck rule: ${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function helpUri(finding: ReportFinding): string {
  return finding.docs ?? `${TOOL_INFORMATION_URI}/blob/main/docs/rules.md#${encodeURIComponent(finding.ruleId)}`;
}

function sameClaim(a: ReportClaim, b: ReportClaim): boolean {
  return a.source === b.source && a.start === b.start && a.end === b.end;
}

class RunBuilder {
  readonly rules: SarifRule[] = [];
  readonly results: SarifResult[] = [];
  private readonly ruleIndex = new Map<string, number>();

  constructor(private readonly cwd: string) {}

  addStory(story: StoryReport): void {
    const sourcePaths = new Map(story.sources.map((source) => [source.id, source.path]));
    const slotClaims = new Map(story.slots.map((slot) => [slot.id, slot.claims]));
    const claimLocation = (claim: ReportClaim): SarifLocation => ({
      physicalLocation: {
        artifactLocation: { uri: relativeUri(this.cwd, sourcePaths.get(claim.source) ?? path.join(story.path, claim.source)) },
        region: regionOf(claim),
      },
    });

    for (const finding of story.findings) {
      const [first, ...others] = finding.claims;
      const result: SarifResult = {
        ruleId: finding.ruleId,
        ruleIndex: this.rule(finding),
        level: SARIF_LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          first
            ? claimLocation(first)
            : { physicalLocation: { artifactLocation: { uri: relativeUri(this.cwd, story.path, true) } } },
        ],
        partialFingerprints: { 'crosscheck/v1': fingerprint(finding) },
      };
      const related = first ? (finding.slot ? slotClaims.get(finding.slot) : undefined) ?? others : [];
      const relatedLocations = related
        .filter((claim) => !sameClaim(claim, first))
        .map((claim, index) => ({ ...claimLocation(claim), id: index + 1, message: { text: `${claim.source}: ${claim.text}` } }));
      if (relatedLocations.length > 0) result.relatedLocations = relatedLocations;
      this.results.push(result);
    }
  }

  /** Index of the finding's rule in the driver's rule list, adding it on first sight. */
  private rule(finding: ReportFinding): number {
    let index = this.ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      index = this.rules.length;
      this.ruleIndex.set(finding.ruleId, index);
      this.rules.push({
        id: finding.ruleId,
        shortDescription: { text: describeRule(finding.ruleId) },
        helpUri: helpUri(finding),
        defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
      });
    }
    return index;
  }
}

export const formatSarif: Formatter = (report, options) => {
  const run = new RunBuilder(options.cwd);
  for (const story of report.stories) run.addStory(story);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'crosscheck', informationUri: TOOL_INFORMATION_URI, rules: run.rules } },
        columnKind: 'utf16CodeUnits',
        results: run.results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
