// Calendar arithmetic on plain numbers (UTC, proleptic Gregorian), shared by the extractor and the resolver.

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2025", "2025-06" or "2025-06-04", as far as the parts go. */
export function isoDate(year: number, month?: number, day?: number): string {
  let iso = pad(year, 4);
  if (month !== undefined) iso += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) iso += `-${pad(day)}`;
  return iso;
}

/** A time of day: "T12:30". */
export function isoTime(hour: number, minute: number): string {
  return `T${pad(hour)}:${pad(minute)}`;
}

/** Parse "YYYY-MM-DD" (anything after the day is ignored); undefined when it is not a valid day. */
export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(d.year, d.month, d.day) ? d : undefined;
}

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(d: Day): number {
  return ((new Date(toUtc(d)).getUTCDay() + 6) % 7) + 1;
}

/** Year and month `offset` months after the given one. */
export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
