/**
 * Calendar days are the person's local days, as YYYY-MM-DD strings. The clock is always passed in.
 *
 * Instants become local days through dayjs. Arithmetic on days themselves (checks, differences,
 * adding days) runs for every record of every read, so it is plain UTC arithmetic on the
 * YYYY-MM-DD string: every calendar day is exactly 24 hours long there, whatever the time zone.
 */
import dayjs from 'dayjs';
import { isWholeSpan, readSpan } from './spans.js';

export type Day = string;

const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** "01" to "31", by date. */
const DATES = Array.from({ length: 32 }, (_, date) => pad(date));

function format(year: number, month: number, date: number): Day {
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(date)}`;
}

const DASH = 45;
const ZERO = 48;

/** The number written in `text` from `start` to `end` if all of it is digits, else -1. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Midnight UTC of a YYYY-MM-DD day, or NaN. Like dayjs, it reads 2026-02-30 as 2 March and years
 * 0–99 as 1900–1999; `isDay` is what rejects such days. Read digit by digit rather than by a
 * regular expression: it runs for every record of every read.
 */
function utcOf(day: Day): number {
  if (day.length !== 10 || day.charCodeAt(4) !== DASH || day.charCodeAt(7) !== DASH) {
    return Number.NaN;
  }
  const year = digits(day, 0, 4);
  const month = digits(day, 5, 7);
  const date = digits(day, 8, 10);
  if (year < 0 || month < 0 || date < 0) return Number.NaN;
  return Date.UTC(year, month - 1, date);
}

/** A day as a whole number of days since 1970-01-01 (NaN if it is not a day), to count with. */
export function dayNumber(day: Day): number {
  return utcOf(day) / DAY_MS;
}

// What dayjs prints for a day it cannot read.
const INVALID = 'Invalid Date';

/** The day of a UTC midnight; Invalid Date outside the days `isDay` accepts (years 100–9999). */
function utcDay(ms: number): Day {
  if (Number.isNaN(ms)) return INVALID;
  const at = new Date(ms);
  const year = at.getUTCFullYear();
  if (year < 100 || year > 9999) return INVALID;
  return format(year, at.getUTCMonth(), at.getUTCDate());
}

/** The days of a month (0 is January). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 ? (leap ? 29 : 28) : (MONTH_DAYS[month] ?? 0);
}

/** True for a real calendar day written as YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH)
    return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const date = digits(text, 8, 10);
  const length = month >= 1 && month <= 12 ? daysInMonth(year, month - 1) : undefined;
  // Years 0–99 never counted: JavaScript dates read them as 1900–1999.
  return year >= 100 && length !== undefined && date >= 1 && date <= length;
}

/** The local calendar day of an instant. */
export function dayOf(instant: Date): Day {
  // What dayjs(instant).format('YYYY-MM-DD') gives, read off the local date directly: every
  // command asks for today, and dayjs's formatter costs about a millisecond on its first call.
  if (Number.isNaN(instant.getTime())) return 'Invalid Date';
  return `${pad(instant.getFullYear(), 4)}-${DATES[instant.getMonth() + 1]}-${DATES[instant.getDate()]}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

export function addDays(day: Day, days: number): Day {
  return utcDay(utcOf(day) + days * DAY_MS);
}

/**
 * A day as a person types it: YYYY-MM-DD, "today", "yesterday", or a whole span back from today
 * ("3 days ago", "a week ago", "two months ago", "1 year 2 months ago"); null if it is none of
 * these. Months and years step back on the calendar, to the month's last day where the date does
 * not exist (31 March less a month is the last day of February).
 */
export function dayFromWords(text: string, today: Day): Day | null {
  const t = text.trim().toLowerCase();
  if (isDay(t)) return t;
  if (t === 'today') return today;
  if (t === 'yesterday') return addDays(today, -1);
  const ago = /^(.+?)\s+ago$/.exec(t);
  const span = ago ? readSpan(ago[1] as string) : null;
  if (!span || !isWholeSpan(span) || !isDay(today)) return null;
  let year = digits(today, 0, 4) - span.years;
  let month = digits(today, 5, 7) - 1 - span.months;
  year += Math.floor(month / 12);
  month = ((month % 12) + 12) % 12;
  if (year < 100) return null;
  const date = Math.min(digits(today, 8, 10), daysInMonth(year, month));
  const day = addDays(format(year, month, date), -(span.weeks * 7 + span.days));
  return isDay(day) ? day : null;
}

/**
 * How many days in a row, from `day` backwards, `holds`: the days are stepped back on their parts
 * (year, month, date), so a long run costs a few operations a day and parses nothing. A `day` that
 * is not one (see `isDay`) holds no run.
 */
export function runBack(day: Day, holds: (day: Day) => boolean): number {
  if (!isDay(day)) return 0;
  let year = digits(day, 0, 4);
  let month = digits(day, 5, 7) - 1;
  let date = digits(day, 8, 10);
  // "2026-11-", built once a month: a day is that and its date, one concatenation.
  let prefix = day.slice(0, 8);
  let count = 0;
  while (holds(prefix + (DATES[date] ?? ''))) {
    count += 1;
    date -= 1;
    if (date === 0) {
      month -= 1;
      if (month < 0) {
        month = 11;
        year -= 1;
        if (year < 100) break;
      }
      date = daysInMonth(year, month);
      prefix = `${pad(year, 4)}-${pad(month + 1)}-`;
    }
  }
  return count;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A day for people: "Sat 26 Dec 2026", as dayjs's `ddd D MMM YYYY` gives it. A calendar day is the
 * same in every time zone, so it is read off its UTC midnight: dayjs's formatter costs about a
 * millisecond on its first call, and `faq` and `status` print a day or two.
 */
export function formatDay(day: Day): string {
  if (!isDay(day)) return INVALID;
  const at = new Date(utcOf(day));
  const date = `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${pad(at.getUTCFullYear(), 4)}`;
  return `${WEEKDAYS[at.getUTCDay()]} ${date}`;
}

/**
 * The day an instant counts towards when a new day starts at `startHour` (0–12): with the default
 * of 4, a check-in at 1 am still belongs to the evening before.
 */
export function effectiveDay(instant: Date, startHour: number): Day {
  return dayjs(instant).subtract(startHour, 'hour').format('YYYY-MM-DD');
}

/**
 * Orders ISO days and timestamps, which sort by time as plain text. `localeCompare` gives the same
 * order for them but loads ICU's collator on first use, about 15 ms of start-up.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
