/**
 * Lengths of time as people type them: "3 weeks", "a year and a half", "2 years 3 months",
 * "18mo". The start-up questions read them for how long a relationship lasted and for how long
 * ago something happened ("3 weeks ago", see `dayFromWords`).
 */

export interface Span {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const UNITS: Record<string, keyof Span> = {
  y: 'years',
  yr: 'years',
  yrs: 'years',
  year: 'years',
  years: 'years',
  m: 'months',
  mo: 'months',
  mos: 'months',
  mth: 'months',
  mths: 'months',
  month: 'months',
  months: 'months',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
  d: 'days',
  day: 'days',
  days: 'days',
};

const COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
};

const COUNT = String.raw`(\d+(?:\.\d+)?|a couple of|a couple|couple|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// Longest first: an alternation takes the first that matches, and "y" would cut "years" short.
const UNIT = `(${Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const HALF = String.raw`(\s*and a half)?`;
/** One part: "3 weeks", "2y", "a year and a half", "1 and a half years", "half a year". */
const PART = new RegExp(String.raw`^(?:half an? ${UNIT}|${COUNT}${HALF}\s*${UNIT}${HALF})`);
const JOINER = /^\s*(?:,\s*)?(?:and\s+)?/;

/** A rough length is taken as said: "about 2 years", "nearly 18 months", "~6 weeks". */
const HEDGE =
  /^(?:about|around|roughly|almost|nearly|approximately|approx\.?|just over|just under|over|under|~)\s*/;

/** `text` trimmed, lower-cased, spaces folded and any hedge ("about", "nearly") taken off. */
export function withoutHedge(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(HEDGE, '');
}

/** The span written in `text`, or null if it is not one; each unit may appear once. */
export function readSpan(text: string): Span | null {
  let rest = withoutHedge(text);
  if (rest === '') return null;
  const span: Span = { years: 0, months: 0, weeks: 0, days: 0 };
  const seen = new Set<keyof Span>();
  while (rest !== '') {
    const part = PART.exec(rest);
    if (!part) return null;
    const [whole, halfOf, count, halfBefore, unit, halfAfter] = part;
    const key = UNITS[(halfOf ?? unit) as string] as keyof Span;
    // "1 and a half years" and "a year and a half", but not both halves at once.
    if (seen.has(key) || (halfBefore && halfAfter)) return null;
    seen.add(key);
    const n = halfOf
      ? 0.5
      : (COUNTS[count as string] ?? Number(count)) + (halfBefore || halfAfter ? 0.5 : 0);
    span[key] = n;
    rest = rest.slice(whole.length);
    // A unit must end its word: "3 weeksx" is not a span.
    if (rest !== '' && !/^[\s,]/.test(rest)) return null;
    rest = rest.replace(JOINER, '');
  }
  return span;
}

/** True when every part of the span is a whole number ("3 weeks", not "1.5 weeks"). */
export function isWholeSpan(span: Span): boolean {
  return Object.values(span).every((n) => Number.isInteger(n));
}
