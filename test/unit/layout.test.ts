import { describe, expect, it } from '@jest/globals';
import { bullet, wrap } from '../../src/ui/layout.js';

describe('wrap', () => {
  it('breaks at spaces within the width and keeps every word whole', () => {
    const text = 'Keep tonight simple: food, water, sleep, one person you trust.';
    const lines = wrap(text, 20).split('\n');
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(wrap('a-word-longer-than-the-line', 10)).toBe('a-word-longer-than-the-line');
  });

  it('never breaks a phone number between its groups of digits', () => {
    const text =
      'On a hard day, talk to someone. Lifeline: Call 13 11 14 or text 0477 13 11 14 (24/7).';
    for (let width = 20; width <= 60; width += 1) {
      const lines = wrap(text, width).split('\n');
      expect(lines.some((line) => line.includes('13 11 14'))).toBe(true);
      expect(lines.some((line) => line.includes('0477 13 11 14'))).toBe(true);
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('keeps a paragraph lead, collapses runs of spaces, and indents continuation lines', () => {
    expect(wrap('  one  two   three', 80)).toBe('  one two three');
    expect(wrap('one two three four', 9, '  ')).toBe('one two\n  three\n  four');
    expect(bullet('first second third', 12)).toBe('  • first\n    second\n    third');
  });
});
