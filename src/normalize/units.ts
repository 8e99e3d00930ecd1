// Units are data (rules/units.json): a unit converts to its dimension's canonical unit by a factor.
// Currencies are their own canonical unit: an amount of money is never converted.

import path from 'node:path';
import type { Interval } from '../model.js';
import { RULES_DIR, readJsonFile, validateOrThrow } from '../schema/validate.js';

export interface UnitDef {
  dimension: string;
  canonical: string;
  factor: number;
  /** Added before the factor applies: a scale whose zero is not the canonical unit's (Fahrenheit). */
  offset?: number;
  /** A level that can lie below zero (a temperature): a minus sign before its number is kept. */
  signed?: boolean;
}

interface UnitsFile {
  units: Record<string, UnitDef>;
}

let units: Map<string, UnitDef> | undefined;

/** Every unit of rules/units.json, validated and loaded once. */
export function loadUnits(file = path.join(RULES_DIR, 'units.json')): Map<string, UnitDef> {
  if (units) return units;
  const data = validateOrThrow<UnitsFile>('units', readJsonFile(file), file);
  units = new Map(Object.entries(data.units));
  return units;
}

export interface Converted {
  unit: string;
  number: number | null;
  interval: Interval;
}

/** Rounding a converted exact figure may hide, as a share of it: "60 miles" may be 57..63 miles, not 55..65. */
const ROUNDING_SHARE = 0.05;

/**
 * Express an amount in the canonical unit. A converted exact figure keeps the precision it was stated with: its
 * point is widened by half the step of its last significant digit, at most ROUNDING_SHARE of it (60 miles →
 * 57..63 miles → 91.7..101.4 km), so the other source's "97 km" fits. A hedged or ranged amount already carries
 * its slack and is converted as it is; amounts already in the canonical unit are kept as stated. Only a level
 * that can lie below zero (a temperature) keeps a negative bound.
 */
export function toCanonical(def: UnitDef, number: number | null, interval: Interval, step: number): Converted {
  if (def.factor === 1 && !def.offset) return { unit: def.canonical, number, interval };
  const widen = interval.min === interval.max ? roundingSlack(interval.min, step) : 0;
  const low = interval.min - widen;
  return {
    unit: def.canonical,
    number: number === null ? null : inCanonical(def, number),
    interval: { min: inCanonical(def, def.signed ? low : Math.max(0, low)), max: inCanonical(def, interval.max + widen) },
  };
}

/** How far a figure written with the given last-digit step may lie from what it rounds: half the step, at most
 *  ROUNDING_SHARE of it. */
export function roundingSlack(value: number, step: number): number {
  return Math.min(step / 2, Math.abs(value) * ROUNDING_SHARE);
}

/** A number of the unit in its canonical unit. */
export function inCanonical(def: UnitDef, n: number): number {
  return (n + (def.offset ?? 0)) * def.factor;
}

/** A number in the canonical unit back in the unit it was written in. */
export function fromCanonical(def: UnitDef, n: number): number {
  return n / def.factor - (def.offset ?? 0);
}
