// story.json: the optional settings of a story folder, and the dates sources borrow from each other.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../model.js';
import { InputError } from '../errors.js';
import { didYouMean, readJsonFile, validateOrThrow } from '../schema/validate.js';
import { withInferredDate } from './source.js';
import { daysBetween, isoDate, isValidDay, parseDay } from '../extract/date/calendar.js';

export const STORY_FILE = 'story.json';

export interface SourceSettings {
  agency?: string;
  language?: string;
  published?: string;
}

export interface StorySettings {
  primary?: string;
  published?: string;
  sources?: Record<string, SourceSettings>;
}

/** The folder's story.json, validated; undefined when there is none. */
export function readStorySettings(folder: string): StorySettings | undefined {
  const file = path.join(folder, STORY_FILE);
  if (!existsSync(file)) return undefined;
  return validateOrThrow<StorySettings>('story', readJsonFile(file), file);
}

/** Every source id and language story.json names must exist. */
export function checkStoryReferences(settings: StorySettings, folder: string, ids: string[], languages: string[]): void {
  const file = path.join(folder, STORY_FILE);
  const named = [
    ...(settings.primary === undefined ? [] : [{ id: settings.primary, at: '/primary' }]),
    ...Object.keys(settings.sources ?? {}).map((id) => ({ id, at: `/sources/${id}` })),
  ];
  for (const { id, at } of named) {
    if (!ids.includes(id)) {
      throw new InputError(`${file}: ${at}: no source "${id}" in the folder${didYouMean(id, ids)}; sources are ${ids.join(', ')}`);
    }
  }
  for (const [id, s] of Object.entries(settings.sources ?? {})) {
    if (s.language !== undefined && !languages.includes(s.language)) {
      throw new InputError(
        `${file}: /sources/${id}/language: no language "${s.language}" in rules/lang${didYouMean(s.language, languages)}`,
      );
    }
  }
}

/**
 * Sources that state no date borrow the story's: a dateline's day without a year ("WASHINGTON, June 3
 * (Reuters)") takes the year that puts it nearest the story's dates; a source with no day at all takes
 * story.json's `published`, else the one date every dated source agrees on. Returns new Source objects; the
 * others are returned as they were.
 */
export function inferPublished(sources: Source[], storyDate: string | undefined): Source[] {
  const dates = new Set(sources.flatMap((s) => (s.published ? [s.published] : [])));
  const shared = storyDate ?? (dates.size === 1 ? [...dates][0] : undefined);
  const references = storyDate ? [storyDate] : [...dates];
  return sources.map((s) => {
    if (s.published) return s;
    const monthDay = s.metadata.find((m) => m.kind === 'dateline')?.date;
    const published = (monthDay && nearestYear(monthDay, references)) ?? shared;
    return published ? withInferredDate(s, published) : s;
  });
}

/** The ISO day of `monthDay` ("--06-03") in the year that puts it nearest one of `references` (ISO days). */
function nearestYear(monthDay: string, references: readonly string[]): string | undefined {
  const [month, day] = [+monthDay.slice(2, 4), +monthDay.slice(5, 7)];
  let best: { iso: string; apart: number } | undefined;
  for (const reference of references) {
    const ref = parseDay(reference);
    if (!ref) continue;
    for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
      if (!isValidDay(year, month, day)) continue;
      const apart = Math.abs(daysBetween(ref, { year, month, day }));
      if (!best || apart < best.apart) best = { iso: isoDate(year, month, day), apart };
    }
  }
  return best?.iso;
}
