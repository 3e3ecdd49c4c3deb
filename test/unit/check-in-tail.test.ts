/**
 * The tail of the check-ins noted with a save (store/check-in-tail.ts) must give a new check-in
 * exactly what the whole list gives it: the same count, next id, streak, same-day count and
 * recent days, for any list, in any order, and after any number of check-ins added to its text.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  type CheckInHistory,
  historyOf,
  RECENT_DAYS,
  recentBefore,
  streakWith,
} from '../../src/core/check-ins.js';
import { addDays } from '../../src/core/dates.js';
import type { Reflection } from '../../src/core/model.js';
import {
  historyFromTail,
  MAX_TAIL,
  parseTail,
  type Tail,
  tailOf,
} from '../../src/store/check-in-tail.js';

const TODAY = '2026-11-29';

const checkIn = (id: string, date: string, more: Partial<Reflection> = {}): Reflection => ({
  id,
  at: `${date}T20:00:00.000Z`,
  date,
  mood: 3,
  urge: 4,
  support: [],
  ...more,
});

/** A list as saved, and the tail noted for it, read back from its line as the store does. */
function noted(list: readonly Reflection[], since: string): { text: string; tail: Tail | null } {
  const text = JSON.stringify(list);
  const tail = tailOf(list, text, since);
  return { text, tail: tail && parseTail(JSON.stringify(tail)) };
}

/** What a check-in for `day`, added on `today`, is told, from a history. */
function told(history: CheckInHistory, day: string, today: string) {
  const entry = checkIn(history.nextId, day);
  return {
    count: history.count,
    nextId: history.nextId,
    streak: streakWith(history, day, today),
    sameDay: history.recent.filter((r) => r.date === day).length,
    recent: recentBefore(history.recent, entry).map((r) => r.id),
  };
}

/**
 * Check-ins over the last `span` days before TODAY, in any order, with ids of any kind: sparse, or
 * dense enough that streaks run back past any day.
 */
const lists = (span: number) => fc.oneof(someOf(span, 0, 60), someOf(30, 60, 100));
const someOf = (span: number, least: number, most: number) =>
  fc.array(
    fc.record({
      age: fc.integer({ min: 0, max: span }),
      id: fc.oneof(
        fc.integer({ min: 1, max: 5000 }).map((n) => `r${n}`),
        fc.constantFrom('x7', 'r', 'r1.5', 'R9'),
      ),
      note: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 12 })),
    }),
    { minLength: least, maxLength: most },
  );

const toList = (items: { age: number; id: string; note: string | undefined }[]) =>
  items.map(({ age, id, note }) =>
    checkIn(id, addDays(TODAY, -age), note === undefined ? {} : { note }),
  );

describe('the tail of the check-ins', () => {
  it('tells a new check-in what the whole list tells it, for any list and any later day', () => {
    fc.assert(
      fc.property(
        lists(120),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: RECENT_DAYS + 30 }),
        fc.integer({ min: 0, max: 3 }),
        (items, sinceAge, dayAge, todayAfter) => {
          const list = toList(items);
          const since = addDays(TODAY, -sinceAge - RECENT_DAYS);
          const day = addDays(TODAY, -Math.min(dayAge, sinceAge));
          const { text, tail } = noted(list, since);
          expect(tail).not.toBeNull();
          const history = historyFromTail(tail!, text, day);
          expect(history).not.toBeNull();
          const today = addDays(day, todayAfter);
          expect(told(history!, day, today)).toEqual(told(historyOf(list), day, today));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('still does after check-ins are put at the end of the list text, as a check-in does', () => {
    fc.assert(
      fc.property(lists(80), lists(30), fc.integer({ min: 0, max: 20 }), (before, added, age) => {
        const list = toList(before);
        const since = addDays(TODAY, -RECENT_DAYS - 40);
        const { text, tail } = noted(list, since);
        // Added check-ins are dated at least RECENT_DAYS after `since`, as the store asks.
        const more = toList(added.map((a) => ({ ...a, age: a.age % 26 })));
        let grown = text;
        for (const record of more)
          grown = `${grown.slice(0, -1)}${grown.length > 2 ? ',' : ''}${JSON.stringify(record)}]`;
        expect(grown).toBe(JSON.stringify([...list, ...more]));
        const day = addDays(TODAY, -age);
        const history = historyFromTail(tail!, grown, day);
        expect(told(history!, day, TODAY)).toEqual(told(historyOf([...list, ...more]), day, TODAY));
      }),
      { numRuns: 300 },
    );
  });

  it('carries a ten-year streak across `since` without the years before it', () => {
    const list = Array.from({ length: 3650 }, (_, i) =>
      checkIn(`r${i + 1}`, addDays(TODAY, i - 3650)),
    );
    const { text, tail } = noted(list, addDays(TODAY, -28));
    expect(tail).toMatchObject({ before: 3650 - 28, highest: 3622, run: 3622 });
    const history = historyFromTail(tail!, text, TODAY)!;
    expect(history.recent).toHaveLength(28);
    expect(history.nextId).toBe('r3651');
    expect(streakWith(history, TODAY, TODAY)).toBe(3651);
    // A gap the day before `since` ends the run there.
    const gap = list.filter((r) => r.date !== addDays(TODAY, -29));
    const broken = noted(gap, addDays(TODAY, -28));
    expect(broken.tail?.run).toBe(0);
    expect(streakWith(historyFromTail(broken.tail!, broken.text, TODAY)!, TODAY, TODAY)).toBe(29);
  });

  it('counts a back-filled day after the tail began toward the days before it', () => {
    // The day before `since` has its only check-in far down the list: it still joins the run.
    const since = addDays(TODAY, -20);
    const list = [
      checkIn('r1', addDays(since, -3)),
      checkIn('r2', addDays(since, -2)),
      checkIn('r3', since),
      checkIn('r4', addDays(since, -1)),
    ];
    const { tail } = noted(list, since);
    expect(tail).toMatchObject({ before: 2, run: 3 });
  });

  it('does not reach back before `since` for the two weeks the coach looks at', () => {
    const list = [checkIn('r1', addDays(TODAY, -40))];
    const { text, tail } = noted(list, addDays(TODAY, -20));
    expect(historyFromTail(tail!, text, addDays(TODAY, -7))).toBeNull();
    expect(historyFromTail(tail!, text, TODAY)).not.toBeNull();
  });

  it(`is not noted with more than ${MAX_TAIL} check-ins after it, nor read back from a garbled line or text`, () => {
    const many = Array.from({ length: MAX_TAIL + 1 }, (_, i) => checkIn(`r${i + 1}`, TODAY));
    expect(noted(many, TODAY).tail).toBeNull();
    expect(noted(many.slice(1), TODAY).tail).not.toBeNull();
    for (const line of [
      '',
      '{',
      '[]',
      'null',
      '{"since":"2026-02-30","before":0,"highest":0,"run":0,"at":1}',
    ])
      expect(parseTail(line)).toBeNull();
    const list = [checkIn('r1', addDays(TODAY, -40)), checkIn('r2', TODAY)];
    const { text, tail } = noted(list, addDays(TODAY, -20));
    expect(historyFromTail(tail!, text, TODAY)).not.toBeNull();
    expect(historyFromTail({ ...tail!, at: tail!.at - 1 }, text, TODAY)).toBeNull();
    expect(historyFromTail({ ...tail!, at: text.length + 5 }, text, TODAY)).toBeNull();
    expect(historyFromTail(tail!, text.replace('"r2"', '2'), TODAY)).toBeNull();
  });
});
