// Agency names from rules/agencies.json: "Agence France-Presse", "afp" and "A.F.P." all become "AFP".

import path from 'node:path';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../schema/validate.js';

interface AgencyFile {
  agencies: { name: string; aliases?: string[] }[];
}

let byKey: Map<string, string> | undefined;

function agencyIndex(): Map<string, string> {
  if (!byKey) {
    const file = path.join(RULES_DIR, 'agencies.json');
    const data = validateOrThrow<AgencyFile>('agencies', readJsonFile(file), file);
    byKey = new Map();
    for (const { name, aliases = [] } of data.agencies) for (const spelling of [name, ...aliases]) byKey.set(agencyKey(spelling), name);
  }
  return byKey;
}

function agencyKey(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** Canonical name of a known agency, or undefined. */
export function knownAgency(name: string): string | undefined {
  return agencyIndex().get(agencyKey(name));
}

/**
 * The agency a bracket or credit names: the first known one of its parts ("AFP/RSS" → AFP), else undefined.
 */
export function agencyIn(text: string): string | undefined {
  for (const part of text.split(/[/,;|&+]|\s[-–—]\s|\.\s/)) {
    const found = knownAgency(part);
    if (found) return found;
  }
  return undefined;
}
