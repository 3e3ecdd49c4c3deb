/**
 * Calendar days are the person's local days, as YYYY-MM-DD strings. The clock is always passed in.
 */
import dayjs from 'dayjs';

export type Day = string;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written as YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(text: string): boolean {
  return DAY_RE.test(text) && dayjs(text).format('YYYY-MM-DD') === text;
}

/** The local calendar day of an instant. */
export function dayOf(instant: Date): Day {
  return dayjs(instant).format('YYYY-MM-DD');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  // Noon avoids daylight-saving days that are 23 or 25 hours long.
  return Math.round(dayjs(`${to}T12:00:00`).diff(dayjs(`${from}T12:00:00`), 'day', true));
}

export function addDays(day: Day, days: number): Day {
  return dayjs(`${day}T12:00:00`).add(days, 'day').format('YYYY-MM-DD');
}

/** A day for people: "Sat 26 Dec 2026". */
export function formatDay(day: Day): string {
  return dayjs(`${day}T12:00:00`).format('ddd D MMM YYYY');
}

/**
 * The day an instant counts towards when a new day starts at `startHour` (0–12): with the default
 * of 4, a check-in at 1 am still belongs to the evening before.
 */
export function effectiveDay(instant: Date, startHour: number): Day {
  return dayjs(instant).subtract(startHour, 'hour').format('YYYY-MM-DD');
}
