/**
 * The tail of the check-ins: what the note of a save (checked.ts) keeps so that adding a check-in
 * need not parse years of them. Ten years of daily use is 1.5 MB of text, nearly all of it
 * check-ins; a new one needs only their number, the next free id, the streak so far and the last
 * few weeks of them (for the coach's reply): `CheckInHistory`, core/check-ins.ts.
 *
 * A save notes, for a day `since` a few weeks back: how many check-ins come before the first one
 * dated `since` or later, their highest id number, where in the list's text they end, and how
 * many days in a row before `since` have a check-in. Every check-in dated `since` or later lies
 * after that point, in the text of the file exco saved. A check-in added without parsing the rest
 * goes at the end of the list and is dated at least RECENT_DAYS after `since` (store.ts asks no
 * less), so the noted tail still holds after it; the next whole save, at the latest the next
 * day's first write, notes a new one. The tail is only a shortcut: missing, garbled or too old for
 * the day being added, the check-in is added to the whole document as before.
 */
import { type CheckInHistory, RECENT_DAYS } from '../core/check-ins.js';
import { addDays, type Day, isDay, runBack } from '../core/dates.js';
import { highestId } from '../core/ids.js';
import type { Reflection } from '../core/model.js';

export interface Tail {
  /** Every check-in dated this day or later comes after `at`. */
  readonly since: Day;
  /** How many check-ins come before `at`, */
  readonly before: number;
  /** and the highest number in their ids (`r12` is 12). */
  readonly highest: number;
  /** How many days in a row, ending the day before `since`, have a check-in. */
  readonly run: number;
  /**
   * Where the text of the check-ins before ends (1, just after the `[`, if there are none), counted
   * in the list's own text: what is added after it, or before the list, does not move it.
   */
  readonly at: number;
}

/** A full save notes the tail from this many days before its day. */
export const TAIL_DAYS = 2 * RECENT_DAYS;
/** Check-ins after `at` past which a tail is not worth noting or reading. */
export const MAX_TAIL = 500;

/**
 * The tail of `list`, whose text is `text` (exactly `JSON.stringify(list)`), from `since`; null if
 * more than MAX_TAIL check-ins would follow `at`.
 */
export function tailOf(list: readonly Reflection[], text: string, since: Day): Tail | null {
  let before = list.findIndex((r) => r.date >= since);
  if (before < 0) before = list.length;
  const rest = list.length - before;
  if (rest > MAX_TAIL) return null;
  // The list's text is `[`, the records before, a comma if both parts have records, the rest, `]`.
  let length = Math.max(0, rest - 1) + (rest > 0 && before > 0 ? 1 : 0);
  for (let i = before; i < list.length; i += 1) length += JSON.stringify(list[i]).length;
  const at = text.length - 1 - length;
  if (!endsAt(text, at, before)) return null;
  const earlier = new Set<Day>();
  for (const r of list) if (r.date < since) earlier.add(r.date);
  return {
    since,
    before,
    highest: highestId('r', list.slice(0, before)),
    run: runBack(addDays(since, -1), (day) => earlier.has(day)),
    at,
  };
}

/** Whether the check-ins before a tail, `before` of them, end at `at` in the list's text `text`. */
const endsAt = (text: string, at: number, before: number): boolean =>
  before === 0 ? at === 1 : text.charAt(at - 1) === '}';

const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A tail read back from the note's line; null if the line is missing or garbled. */
export function parseTail(line: string): Tail | null {
  let tail: Partial<Tail>;
  try {
    tail = JSON.parse(line) as Partial<Tail>;
  } catch {
    return null;
  }
  if (typeof tail !== 'object' || tail === null) return null;
  const { since, before, highest, run, at } = tail;
  const valid =
    typeof since === 'string' &&
    isDay(since) &&
    whole(before) &&
    whole(highest) &&
    whole(run) &&
    whole(at) &&
    at > 0;
  return valid ? { since, before, highest, run, at } : null;
}

/**
 * The history a check-in for `day` is added to, from the tail noted for the list whose text is
 * `text`: the same as `historyOf` the whole list gives (core/check-ins.ts), except that `recent`
 * starts at `at`. Null if the tail does not reach back far enough for that day, or its text is
 * not a list of check-ins.
 */
export function historyFromTail(tail: Tail, text: string, day: Day): CheckInHistory | null {
  if (addDays(day, -RECENT_DAYS) < tail.since) return null;
  if (!endsAt(text, tail.at, tail.before)) return null;
  let after = text.slice(tail.at);
  if (tail.before > 0 && after.startsWith(',')) after = after.slice(1);
  let rest: unknown;
  try {
    rest = JSON.parse(`[${after}`);
  } catch {
    return null;
  }
  if (!Array.isArray(rest) || rest.length > MAX_TAIL) return null;
  const records = rest as Reflection[];
  const shaped = records.every(
    (r) =>
      typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.date === 'string',
  );
  if (!shaped) return null;
  const highest = Math.max(tail.highest, highestId('r', records));
  return {
    count: tail.before + records.length,
    nextId: `r${highest + 1}`,
    recent: records,
    since: tail.since,
    runBefore: tail.run,
  };
}
