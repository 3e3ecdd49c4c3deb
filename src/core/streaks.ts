/** Check-in streaks over calendar days. */
import { dayNumber, type Day } from './dates.js';

/**
 * Consecutive days with a check-in, ending today — or yesterday, since a streak is not broken
 * until a whole day passes without one. Counted on day numbers: ten years of days is one Set.
 */
export function streak(days: Iterable<Day>, today: Day): number {
  const seen = new Set<number>();
  for (const day of days) {
    const n = dayNumber(day);
    if (!Number.isNaN(n)) seen.add(n);
  }
  const end = dayNumber(today);
  if (Number.isNaN(end)) return 0;
  let cursor = seen.has(end) ? end : end - 1;
  let count = 0;
  while (seen.has(cursor)) {
    count += 1;
    cursor -= 1;
  }
  return count;
}
