import { describe, expect, it } from '@jest/globals';
import { wholeNumber } from '../../src/ui/prompter.js';

describe('wholeNumber', () => {
  const urge = wholeNumber(0, 10);

  it.each(['0', '3', '10', ' 7 '])('accepts "%s"', (typed) => {
    expect(urge(typed)).toBe(true);
  });

  it.each(['', '-1', '11', '3.5', 'three', '1e1', '0x3'])(
    'refuses "%s" with a message',
    (typed) => {
      expect(urge(typed)).toBe('A whole number from 0 to 10, please.');
    },
  );
});
