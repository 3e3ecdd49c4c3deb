/** Check-in streaks over calendar days. */
import { addDays, runBack, type Day } from './dates.js';

/**
 * Consecutive days with a check-in, ending today — or yesterday, since a streak is not broken
 * until a whole day passes without one. The days are looked up as written (YYYY-MM-DD, as the
 * data holds them), stepping back from today, so ten years of check-ins cost one Set and nothing
 * is parsed per check-in.
 */
export function streak(days: Iterable<Day>, today: Day): number {
  const seen = new Set(days);
  const holds = (day: Day) => seen.has(day);
  return runBack(seen.has(today) ? today : addDays(today, -1), holds);
}
