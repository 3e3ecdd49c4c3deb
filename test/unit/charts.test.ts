import { describe, expect, it } from '@jest/globals';
import { heatMap, sparkline, weekdayIndex } from '../../src/core/charts.js';

describe('sparkline', () => {
  it('scales moods 1–5 from the lowest to the highest bar, with gaps as dots', () => {
    expect(sparkline([1, 2, 3, 4, 5], 1, 5)).toBe('▁▃▅▆█');
    expect(sparkline([null, 5, null], 1, 5)).toBe('·█·');
  });

  it('places an average between levels and clamps values out of range', () => {
    expect(sparkline([1.5, 0, 9], 1, 5)).toBe('▂▁█');
  });
});

describe('weekdayIndex', () => {
  it('counts from Monday, whatever the time zone', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0);
    expect(weekdayIndex('2026-11-29')).toBe(6);
    expect(weekdayIndex('2026-11-26')).toBe(3);
  });
});

describe('heatMap', () => {
  // Thursday 26 Nov 2026; its week is the last column.
  const today = '2026-11-26';
  const counts = new Map([
    ['2026-11-26', 1],
    ['2026-11-23', 2],
    ['2026-11-16', 1],
  ]);

  it('has a row per weekday, Monday first, and a column per week', () => {
    const map = heatMap(counts, { today, weeks: 4 });
    expect(map.rows.map((r) => r.slice(0, 3))).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    // Columns: weeks of 2, 9, 16 and 23 Nov.
    expect(map.rows[0]).toBe('Mon · · █ █');
    expect(map.rows[3]).toBe('Thu · · · █');
  });

  it('leaves days after today blank, never shown as missed', () => {
    const map = heatMap(counts, { today, weeks: 4 });
    expect(map.rows[4]).toBe('Fri · · ·');
    expect(map.rows[6]).toBe('Sun · · ·');
  });

  it('labels each month over its first week without overlapping', () => {
    const map = heatMap(counts, { today, weeks: 12 });
    expect(map.header.trim().split(/\s+/)).toEqual(['Sep', 'Oct', 'Nov']);
    // Nov starts in the week of 26 Oct, the eighth column.
    expect(map.header.indexOf('Nov')).toBe(4 + 7 * 2);
    expect(map.rows.every((r) => Array.from(r).length <= 4 + 12 * 2)).toBe(true);
  });
});
