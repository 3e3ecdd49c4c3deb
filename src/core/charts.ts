/**
 * Small text charts that read without colour: a sparkline and a calendar heat map. Pure: data in,
 * plain strings out; the ui layer decides where they go and how wide they may be.
 */
import { addDays, daysBetween, type Day } from './dates.js';

export const SPARK = '▁▂▃▄▅▆▇█';
export const NO_DATA = '·';
export const CHECKED_IN = '█';

/** One character per value, scaled from `min` (▁) to `max` (█); null is a gap (·). */
export function sparkline(values: readonly (number | null)[], min: number, max: number): string {
  const top = SPARK.length - 1;
  return values
    .map((v) => {
      if (v === null) return NO_DATA;
      const t = max === min ? 1 : (Math.min(max, Math.max(min, v)) - min) / (max - min);
      return SPARK[Math.round(t * top)];
    })
    .join('');
}

/**
 * A sparkline of small counts (logs per week). Zero is always the lowest bar and any positive
 * value at least one step above it, so an empty week never looks like a quiet one. `top` is the
 * value drawn full (a weekly target), so a full bar means "reached"; without it the largest is.
 */
export function countSparkline(values: readonly number[], top?: number): string {
  const scale = top !== undefined && top > 0 ? top : Math.max(1, ...values);
  const steps = SPARK.length - 1;
  return values
    .map((value) => {
      if (!(value > 0)) return SPARK[0];
      if (value >= scale) return SPARK[steps];
      return SPARK[Math.max(1, Math.min(steps - 1, Math.ceil((value / scale) * steps)))];
    })
    .join('');
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Monday = 0 … Sunday = 6, the same in every time zone. */
export function weekdayIndex(day: Day): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export interface HeatMapOptions {
  /** The last day shown; its week is the rightmost column. */
  today: Day;
  weeks: number;
}

export interface HeatMap {
  /** Month names above the column where each month's first week starts. */
  header: string;
  /** Seven rows, Monday to Sunday, each "Mon " followed by one cell per week. */
  rows: string[];
}

/**
 * Weeks as columns, Monday to Sunday as rows. A cell is █ for a day with a check-in, · for a day
 * without one, and blank for days after today.
 */
export function heatMap(counts: ReadonlyMap<Day, number>, options: HeatMapOptions): HeatMap {
  const { today, weeks } = options;
  const firstMonday = addDays(today, -weekdayIndex(today) - 7 * (weeks - 1));
  const label = 4;
  const cell = 2;
  const rows = WEEKDAYS.map((name, row) => {
    let line = `${name} `;
    for (let week = 0; week < weeks; week += 1) {
      const day = addDays(firstMonday, week * 7 + row);
      const future = daysBetween(today, day) > 0;
      const mark = future ? ' ' : (counts.get(day) ?? 0) > 0 ? CHECKED_IN : NO_DATA;
      line += mark.padEnd(cell);
    }
    return line.trimEnd();
  });
  let header = ' '.repeat(label);
  let previousMonth = -1;
  for (let week = 0; week < weeks; week += 1) {
    const monday = addDays(firstMonday, week * 7);
    // A week belongs to the month its Sunday is in, so a month's label sits over its first week.
    const month = Number(addDays(monday, 6).slice(5, 7)) - 1;
    const column = label + week * cell;
    // A label that would touch the one before waits for the next week of its month.
    if (month !== previousMonth && (week === 0 || header.length < column)) {
      header = header.padEnd(column) + MONTHS[month];
      previousMonth = month;
    }
  }
  return { header: header.trimEnd(), rows };
}
