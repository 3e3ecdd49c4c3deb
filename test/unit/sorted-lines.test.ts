import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findSorted, linesStartingWith } from '../../src/core/sorted-lines.js';

describe('findSorted', () => {
  const text = ['apple 1', 'b', 'banana 2 3', 'cherry x'].join('\n');

  it('finds the rest of the line of a key, first, middle, last, and a key with no rest', () => {
    expect(findSorted(text, 'apple', ' ')).toBe('1');
    expect(findSorted(text, 'banana', ' ')).toBe('2 3');
    expect(findSorted(text, 'cherry', ' ')).toBe('x');
    expect(findSorted(text, 'b', ' ')).toBe('');
  });

  it('finds nothing before, between or after the keys, nor in empty text', () => {
    for (const key of ['', 'a', 'apples', 'ba', 'bananas', 'zebra']) {
      expect(findSorted(text, key, ' ')).toBeUndefined();
    }
    expect(findSorted('', 'a', ' ')).toBeUndefined();
    // An empty line (a key of '') is a line like any other, even the first.
    expect(findSorted('\nb 2', 'a', ' ')).toBeUndefined();
    expect(findSorted('\nb 2', 'b', ' ')).toBe('2');
  });

  it('agrees with a plain search on any sorted table', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z_@']{1,6}$/), { maxLength: 60 }),
        fc.stringMatching(/^[a-z_@']{0,6}$/),
        (keys, probe) => {
          const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const table = sorted.map((k, i) => `${k}\t${i}`).join('\n');
          for (const key of [...sorted, probe]) {
            const i = sorted.indexOf(key);
            expect(findSorted(table, key, '\t')).toBe(i < 0 ? undefined : String(i));
          }
        },
      ),
    );
  });
});

describe('linesStartingWith', () => {
  const text = ['ab 1', 'abc 2', 'ac 3', 'b 4', 'ba 5'].join('\n');

  it('gives every line that starts so, first, middle and last', () => {
    expect(linesStartingWith(text, 'ab')).toEqual(['ab 1', 'abc 2']);
    expect(linesStartingWith(text, 'a')).toEqual(['ab 1', 'abc 2', 'ac 3']);
    expect(linesStartingWith(text, 'b')).toEqual(['b 4', 'ba 5']);
    expect(linesStartingWith(text, 'ac')).toEqual(['ac 3']);
  });

  it('gives none where no line starts so, nor in empty text', () => {
    expect(linesStartingWith(text, 'c')).toEqual([]);
    expect(linesStartingWith(text, 'bb')).toEqual([]);
    expect(linesStartingWith('', 'a')).toEqual([]);
  });
});
