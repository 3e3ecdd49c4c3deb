/** Check-in streaks over calendar days. */
import { addDays, type Day } from './dates.js';

/**
 * Consecutive days with a check-in, ending today — or yesterday, since a streak is not broken
 * until a whole day passes without one.
 */
export function streak(days: Iterable<Day>, today: Day): number {
  const seen = new Set(days);
  let cursor = seen.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (seen.has(cursor)) {
    count += 1;
    cursor = addDays(cursor, -1);
  }
  return count;
}
